/**
 * What the delivery machinery sends for polls sent 1:1 to an audience: each recipient's own poll
 * card, rendered at send time, and the reminder to those who have not voted yet (the same card
 * under an introduction line; none once the poll is closed).
 */
import type { ContentEntry } from '../capability/capability.js';
import { translator } from '../i18n/i18n.js';
import { pollSubject, reminderSubject, type SqlPollService } from './sql-poll-service.js';

export function pollContents(service: SqlPollService): ContentEntry[] {
  return [
    {
      subjectType: pollSubject,
      provider: {
        async render(subjectId, recipient) {
          const poll = await service.get(subjectId);
          return poll ? service.cardFor(poll, recipient.personId, recipient.locale) : null;
        },
      },
    },
    {
      subjectType: reminderSubject,
      provider: {
        // a reminder round's subject id is `<poll id>@<when it was sent>`
        async render(subjectId, recipient) {
          const poll = await service.get(subjectId.split('@')[0] ?? '');
          if (!poll || poll.closedAt) return null;
          const card = await service.cardFor(poll, recipient.personId, recipient.locale);
          const intro = translator(recipient.locale)('poll.reminder.intro');
          return { ...card, summary: intro, blocks: [{ type: 'text', text: intro }, ...card.blocks] };
        },
      },
    },
  ];
}
