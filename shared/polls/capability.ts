/**
 * Polls: exact counts, anonymous ballots, live cards in chat, the `poll` command and the
 * `poll.create` shortcut, closing at a deadline, reminders, results and exports. Its service
 * works over its own tables (keyed by a secret kept outside the database for anonymous ballots),
 * the job queue, the paced messengers, delivery for 1:1 sends, people and the event log.
 */
import type { CapabilityParts } from '../capability/capability.js';
import { defineCapability } from '../capability/capability.js';
import { loadAnonymityKey } from '../people/anonymity-key.js';
import { pollsMigration } from './migrations/006-polls.js';
import { pollAudienceGroupsMigration } from './migrations/043-poll-audience-groups.js';
import { pollActionHandlers } from './poll-action-handlers.js';
import { pollActions } from './poll-actions.js';
import { pollCommand } from './poll-command.js';
import { pollContents } from './poll-content.js';
import { PollJobs } from './poll-jobs.js';
import { pollRoutes } from './poll-routes.js';
import type { PollService } from './poll-service.js';
import { PollStore } from './poll-store.js';
import { pollTestRoutes } from './poll-test-route.js';
import { SqlPollService } from './sql-poll-service.js';

export const polls = defineCapability({
  name: 'polls',
  migrations: [
    { id: '006-polls', migration: pollsMigration },
    { id: '043-poll-audience-groups', migration: pollAudienceGroupsMigration },
  ],
  ports: [
    'config',
    'logger',
    'store',
    'jobs',
    'pacer',
    'messengers',
    'delivery',
    'people',
    'events',
    'audienceGroups',
    'access',
  ],
  create(ports): CapabilityParts<PollService> {
    const secret = loadAnonymityKey({
      key: ports.config.polls.anonymityKey,
      dataDir: ports.config.dataDir,
      sharedDatabase: ports.store.dialect === 'postgres',
      logger: ports.logger.child({ part: 'polls' }),
    });
    const store = new PollStore(ports.store);
    const jobs = new PollJobs(ports, store, { refreshWindowMs: ports.config.polls.refreshWindowMs });
    const service = new SqlPollService({ ports, store, jobs, secret });
    return {
      service,
      routes: [...pollRoutes(ports, service), ...pollTestRoutes(ports, service)],
      actions: pollActionHandlers(service),
      commands: [pollCommand(service)],
      shortcuts: [{ id: 'poll.create', action: pollActions.compose.id, context: 'global' }],
      contents: pollContents(service),
      jobs: jobs.workers(service),
    };
  },
});
