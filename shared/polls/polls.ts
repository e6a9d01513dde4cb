/**
 * Polls composed over the core: the anonymity secret, the store, the jobs, the service, and
 * their entries into the core (buttons, the `poll` command, the `poll.create` shortcut, the
 * delivery content for 1:1 sends and reminders). Called once by createCore.
 */
import type { Ports } from '../capability/ports.js';
import { translator } from '../i18n/i18n.js';
import { loadAnonymityKey } from './anonymity-key.js';
import { registerPollActions } from './poll-actions.js';
import { pollActions } from './poll-card.js';
import { registerPollCommand } from './poll-command.js';
import { PollJobs } from './poll-jobs.js';
import type { PollService } from './poll-service.js';
import { PollStore } from './poll-store.js';
import { pollSubject, reminderSubject, SqlPollService } from './sql-poll-service.js';

export function createPolls(core: Ports): PollService {
  const secret = loadAnonymityKey({
    key: core.config.polls.anonymityKey,
    dataDir: core.config.dataDir,
    sharedDatabase: core.store.dialect === 'postgres',
    logger: core.logger.child({ part: 'polls' }),
  });
  const store = new PollStore(core.store);
  const jobs = new PollJobs(core, store, { refreshWindowMs: core.config.polls.refreshWindowMs });
  const service = new SqlPollService({ core, store, jobs, secret });
  jobs.start(service);
  registerPollActions(core, service);
  registerPollCommand(core, service);
  core.shortcuts.register({ id: 'poll.create', action: pollActions.compose, context: 'global' });

  core.delivery.registerContent(pollSubject, {
    async render(subjectId, recipient) {
      const poll = await service.get(subjectId);
      return poll ? service.cardFor(poll, recipient.personId, recipient.locale) : null;
    },
  });
  core.delivery.registerContent(reminderSubject, {
    async render(subjectId, recipient) {
      const poll = await service.get(subjectId.split('@')[0] ?? '');
      if (!poll || poll.closedAt) return null;
      const card = await service.cardFor(poll, recipient.personId, recipient.locale);
      const intro = translator(recipient.locale)('poll.reminder.intro');
      return { ...card, summary: intro, blocks: [{ type: 'text', text: intro }, ...card.blocks] };
    },
  });
  return service;
}
