/**
 * The `poll` command (`sondage` in French): alone, a card whose button opens the creation dialog
 * (Slack opens the modal at once); with quoted words, `poll "Question?" "A" "B"` creates the
 * poll and posts it into the conversation the command was typed in.
 */
import type { CommandEntry } from '../capability/capability.js';
import { markdownToPlain } from '../cards/markdown.js';
import { type Card, card } from '../cards/model.js';
import type { CommandRequest, CommandResult, ParsedCommand } from '../commands/commands.js';
import { isAppError } from '../errors/errors.js';
import { translator } from '../i18n/i18n.js';
import { pollActions } from './poll-actions.js';
import { composeDialog } from './poll-compose.js';
import type { PollService } from './poll-service.js';

/** `"Question?" "A" «B» “C”` → ['Question?', 'A', 'B', 'C']; undefined when nothing is quoted */
export function parseQuickPoll(args: string): string[] | undefined {
  const parts = [...args.matchAll(/"([^"]*)"|“([^”]*)”|«([^»]*)»/g)].map((m) =>
    (m[1] ?? m[2] ?? m[3] ?? '').trim(),
  );
  return parts.length > 0 ? parts : undefined;
}

const textCard = (text: string): Card => card(markdownToPlain(text), { type: 'text', text });

export function pollCommand(polls: PollService): CommandEntry {
  const handle = async (request: CommandRequest, parsed: ParsedCommand): Promise<Card | CommandResult> => {
    const t = translator(request.locale);
    const quick = parseQuickPoll(parsed.args);
    if (!quick) {
      const start = card(
        t('poll.start.title'),
        { type: 'heading', text: t('poll.start.title') },
        { type: 'text', text: t('poll.start.intro') },
        {
          type: 'buttons',
          buttons: [
            { ...pollActions.compose.button(t('poll.start.create'), {}, 'primary'), opensDialog: true },
          ],
        },
      );
      return { card: start, dialog: composeDialog(t) };
    }
    if (!request.conversation) return textCard(t('poll.error.no_conversation'));
    const [question = '', ...options] = quick;
    const here = {
      platform: request.conversation.platform,
      tenantId: request.conversation.tenantId,
      conversationId: request.conversation.conversationId,
    };
    try {
      // typed in the conversation itself: the platform vouches the author is there
      await polls.create(
        { kind: 'person', person: request.actor },
        { question, options, locale: request.locale },
        { conversation: here },
        here,
      );
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed') return textCard(t('poll.start.intro'));
      if (isAppError(error) && error.code === 'forbidden') return textCard(t('error.forbidden'));
      throw error;
    }
    return textCard(t('poll.notice.created'));
  };
  return { name: 'poll', handle };
}
