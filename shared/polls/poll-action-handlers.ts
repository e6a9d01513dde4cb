/**
 * The poll buttons, for both platforms: vote, see one's own view, add an option, close, reopen,
 * and the creation dialog (compose → create). A vote answers with the voter's own card at once
 * (marked personal: on a shared Slack message it appears to the voter alone). Mistakes a voter
 * can make (an unknown option, too many choices, a closed poll) come back as a notice in their
 * language and change nothing. The payloads were checked against their declarations
 * (poll-actions.ts) before a handler runs.
 */
import type { AnyAction } from '../actions/define-action.js';
import type { ActionRequest, ActionResult } from '../actions/dispatcher.js';
import type { Principal } from '../auth/principal.js';
import { AppError, isAppError } from '../errors/errors.js';
import { type MessageKey, type Translator, translator } from '../i18n/i18n.js';
import { pollActions } from './poll-actions.js';
import { choiceInputId, newOptionInputId, pollCard } from './poll-card.js';
import { composeDialog, draftFromDialog } from './poll-compose.js';
import type { Poll, PollView } from './poll-model.js';
import type { PollPlace } from './poll-service.js';
import type { SqlPollService } from './sql-poll-service.js';

/** the option ids of a vote: one button's option, or the choice input of a multiple-choice card */
function chosenOptions(option: string | undefined, request: ActionRequest): string[] {
  if (option !== undefined) return [option];
  const value = request.inputs?.[choiceInputId];
  if (value === undefined || value === '') return [];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!list || list.some((v) => typeof v !== 'string')) {
    throw new AppError('validation_failed', 'choices must be option ids');
  }
  return list.map((v) => String(v).trim()).filter(Boolean);
}

/** what a voter is told when their vote cannot count */
function refusal(error: unknown, t: Translator): string | undefined {
  if (!isAppError(error)) return undefined;
  const reason = (error.details as { reason?: string; max?: number } | undefined)?.reason;
  if (error.code === 'conflict' && reason === 'closed') return t('poll.error.closed');
  if (error.code !== 'validation_failed') return undefined;
  if (reason === 'no_choice') return t('poll.error.no_choice');
  if (reason === 'too_many') {
    return t('poll.error.too_many', { max: (error.details as { max: number }).max });
  }
  return t('poll.error.unknown_option');
}

const place = (request: ActionRequest): PollPlace => ({
  platform: request.platform,
  message: request.message,
  conversation: request.conversation,
});

const principal = (request: ActionRequest): Principal => ({ kind: 'person', person: request.actor });

/** The dispatcher entries of every poll button, handled by the service. */
export function pollActionHandlers(polls: SqlPollService): AnyAction[] {
  /** the voter's own card after a change, or a notice that nothing changed */
  const personal = async (
    request: ActionRequest,
    run: () => Promise<PollView>,
    notice?: string,
  ): Promise<ActionResult> => {
    const t = translator(request.locale);
    try {
      const view = await run();
      // the generic click event must not name who voted in an anonymous poll either
      const anonymous = request.action === pollActions.vote.id && view.poll.anonymous;
      return { card: pollCard(view, t, request.locale), personal: true, notice, anonymous };
    } catch (error) {
      const message = refusal(error, t);
      if (!message) throw error;
      return { notice: message };
    }
  };

  /** a manager's close or reopen: their own card of the poll as it now is */
  const managed = async (
    request: ActionRequest,
    run: () => Promise<Poll>,
    notice: MessageKey,
  ): Promise<ActionResult> => {
    const poll = await run();
    const view = await polls.viewFor(poll, principal(request));
    const t = translator(request.locale);
    return { card: pollCard(view, t, request.locale), personal: true, notice: t(notice) };
  };

  // a redelivered click that changed something is answered with the clicker's view as it is now
  const repeatsAs = pollActions.view.id;

  return [
    pollActions.vote.handledBy(
      ({ poll, option }, request) =>
        personal(request, async () =>
          polls.vote(poll, request.actor, chosenOptions(option, request), place(request)),
        ),
      { repeatsAs },
    ),
    pollActions.view.handledBy(({ poll }, request) =>
      personal(request, () => polls.view(poll, principal(request), place(request))),
    ),
    pollActions.addOption.handledBy(
      ({ poll }, request) => {
        const label = request.inputs?.[newOptionInputId];
        const t = translator(request.locale);
        return personal(
          request,
          () => polls.addOption(poll, request.actor, typeof label === 'string' ? label : '', place(request)),
          t('poll.notice.option_added'),
        );
      },
      { repeatsAs },
    ),
    pollActions.close.handledBy(
      ({ poll }, request) =>
        managed(request, () => polls.close(poll, principal(request)), 'poll.notice.closed'),
      { repeatsAs },
    ),
    pollActions.reopen.handledBy(
      ({ poll }, request) =>
        managed(request, () => polls.reopen(poll, principal(request)), 'poll.notice.reopened'),
      { repeatsAs },
    ),
    pollActions.compose.handledBy(async (_payload, request) => ({
      dialog: composeDialog(translator(request.locale)),
    })),
    pollActions.create.handledBy(async (_payload, request) => {
      const t = translator(request.locale);
      if (!request.conversation) return { notice: t('poll.error.no_conversation') };
      const draft = draftFromDialog(request.inputs ?? {}, request.locale, t);
      const { conversation } = request;
      const here = {
        platform: conversation.platform,
        tenantId: conversation.tenantId,
        conversationId: conversation.conversationId,
      };
      // the dialog was opened from the conversation itself: the platform vouches the author is there
      await polls.create(principal(request), draft, { conversation: here }, here);
      return { notice: t('poll.notice.created') };
    }),
  ];
}
