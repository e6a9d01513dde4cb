/**
 * The poll buttons, for both platforms: vote, see one's own view, add an option, close, reopen,
 * and the creation dialog (compose → create). A vote answers with the voter's own card at once
 * (marked personal: on a shared Slack message it appears to the voter alone). Mistakes a voter
 * can make (an unknown option, too many choices, a closed poll) come back as a notice in their
 * language and change nothing.
 */
import type { ActionRequest, ActionResult } from '../actions/dispatcher.js';
import type { Principal } from '../auth/principal.js';
import type { Ports } from '../capability/ports.js';
import { AppError, isAppError } from '../errors/errors.js';
import { type Translator, translator } from '../i18n/i18n.js';
import { choiceInputId, newOptionInputId, pollActions, pollCard } from './poll-card.js';
import { composeDialog, draftFromDialog } from './poll-compose.js';
import type { PollPlace } from './poll-service.js';
import type { SqlPollService } from './sql-poll-service.js';

const pollIdOf = (request: ActionRequest): string => {
  const id = request.payload.poll;
  if (typeof id !== 'string' || id.length === 0 || id.length > 100) {
    throw new AppError('bad_request', `${request.action}: payload poll missing`);
  }
  return id;
};

/** the option ids of a vote: one button's option, or the choice input of a multiple-choice card */
function chosenOptions(request: ActionRequest): string[] {
  const single = request.payload.option;
  if (single !== undefined) {
    if (typeof single !== 'string') throw new AppError('validation_failed', 'option must be a string');
    return [single];
  }
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

export function registerPollActions(core: Ports, polls: SqlPollService): void {
  const place = (request: ActionRequest): PollPlace => ({
    platform: request.platform,
    message: request.message,
    conversation: request.conversation,
  });
  const principal = (request: ActionRequest): Principal => ({ kind: 'person', person: request.actor });

  /** the voter's own card after a change, or a notice that nothing changed */
  const personal = async (
    request: ActionRequest,
    run: () => Promise<import('./poll-model.js').PollView>,
    notice?: string,
  ): Promise<ActionResult> => {
    const t = translator(request.locale);
    try {
      const view = await run();
      // the generic click event must not name who voted in an anonymous poll either
      const anonymous = request.action === pollActions.vote && view.poll.anonymous;
      return { card: pollCard(view, t, request.locale), personal: true, notice, anonymous };
    } catch (error) {
      const message = refusal(error, t);
      if (!message) throw error;
      return { notice: message };
    }
  };

  core.dispatcher.register(pollActions.vote, (request) =>
    personal(request, async () =>
      polls.vote(pollIdOf(request), request.actor, chosenOptions(request), place(request)),
    ),
  );

  core.dispatcher.register(pollActions.view, (request) =>
    personal(request, () => polls.view(pollIdOf(request), principal(request), place(request))),
  );
  // a redelivered click that changed something is answered with the clicker's view as it is now
  core.dispatcher.answerRepeatsWith(
    [pollActions.vote, pollActions.addOption, pollActions.close, pollActions.reopen],
    pollActions.view,
  );

  core.dispatcher.register(pollActions.addOption, (request) => {
    const label = request.inputs?.[newOptionInputId];
    const t = translator(request.locale);
    return personal(
      request,
      () =>
        polls.addOption(
          pollIdOf(request),
          request.actor,
          typeof label === 'string' ? label : '',
          place(request),
        ),
      t('poll.notice.option_added'),
    );
  });

  core.dispatcher.register(pollActions.close, async (request) => {
    const poll = await polls.close(pollIdOf(request), principal(request));
    const view = await polls.viewFor(poll, principal(request));
    const t = translator(request.locale);
    return { card: pollCard(view, t, request.locale), personal: true, notice: t('poll.notice.closed') };
  });

  core.dispatcher.register(pollActions.reopen, async (request) => {
    const poll = await polls.reopen(pollIdOf(request), principal(request));
    const view = await polls.viewFor(poll, principal(request));
    const t = translator(request.locale);
    return { card: pollCard(view, t, request.locale), personal: true, notice: t('poll.notice.reopened') };
  });

  core.dispatcher.register(pollActions.compose, async (request) => ({
    dialog: composeDialog(translator(request.locale)),
  }));

  core.dispatcher.register(pollActions.create, async (request) => {
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
  });
}
