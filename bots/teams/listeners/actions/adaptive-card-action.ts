/**
 * `adaptiveCard/action` invokes (Action.Execute buttons): routed to the core dispatcher; the
 * answer is the refreshed card for the person who clicked, or the handler's notice. A stale or
 * forged button never becomes a 500: it gets the documented error response with a localized
 * message, inside an HTTP 200. A redelivered invoke (same activity id, on any instance) is not
 * run again: it is answered with the person's current card.
 */
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { Core } from '../../../../shared/core.js';
import { AppError, isAppError } from '../../../../shared/errors/errors.js';
import { translator } from '../../../../shared/i18n/i18n.js';
import { errorInvokeResponse, messageInvokeResponse } from '../../adapter/invoke-responses.js';
import {
  adaptiveCardInvokeResponse,
  decodeExecuteAction,
  renderAdaptiveCard,
} from '../../cards/render-adaptive-card.js';
import { firstDelivery } from '../../turn/invoke-once.js';
import { conversationTargetOf, tenantIdOf } from '../../turn/teams-activity-facts.js';
import { turnLocale, turnPerson } from '../../turn/turn-person.js';

interface ExecuteValue {
  action?: { type?: unknown; verb?: unknown; data?: unknown };
}

export async function adaptiveCardAction(
  core: Core,
  context: TurnContext,
): Promise<AdaptiveCardInvokeResponse> {
  const { activity } = context;
  const locale = turnLocale(core, context);
  const t = translator(locale);
  try {
    const actor = turnPerson(context);
    if (!actor) throw new AppError('bad_request', 'Action.Execute without a person behind it');
    const value = activity.value as ExecuteValue | undefined;
    if (value?.action?.type !== 'Action.Execute') {
      throw new AppError('bad_request', 'adaptiveCard/action without an Action.Execute');
    }
    const decoded = decodeExecuteAction(value.action);
    const { payload, inputs } = decoded;
    let { action } = decoded;
    if (!(await firstDelivery(core.once, activity))) {
      // A redelivery (Teams got no answer in time, or sent it twice): applying it again could
      // replay an older vote over a newer one. It gets what a first delivery gets, the person's
      // card as it is now, from the action's view; an action without one is not run again.
      const view = core.dispatcher.repeatOf(action);
      core.logger.info({ action, activityId: activity.id }, 'redelivered Teams invoke: not run again');
      if (!view) return messageInvokeResponse(t('teams.action.done'));
      action = view;
    }
    const result = await core.dispatcher.dispatch({
      action,
      payload,
      inputs,
      actor,
      locale,
      platform: 'teams',
      conversation: conversationTargetOf(activity),
      message: activity.replyToId
        ? {
            platform: 'teams',
            tenantId: tenantIdOf(activity),
            conversationId: activity.conversation.id,
            messageId: activity.replyToId,
          }
        : undefined,
    });
    if (result.card) {
      return adaptiveCardInvokeResponse(
        renderAdaptiveCard(result.card),
      ) as unknown as AdaptiveCardInvokeResponse;
    }
    if (result.dialog) {
      // Universal Actions cannot open a dialog: the button should have been marked opensDialog
      core.logger.warn({ action, activityId: activity.id }, 'a dialog answered an Action.Execute button');
    }
    return messageInvokeResponse(result.notice ?? t('teams.action.done'));
  } catch (error) {
    if (isAppError(error) && error.status < 500) {
      core.logger.warn({ err: error, activityId: activity.id }, 'Action.Execute refused');
      const key =
        error.code === 'forbidden'
          ? 'error.forbidden'
          : error.code === 'unknown_action' || error.code === 'bad_request'
            ? 'error.unknown_action'
            : 'error.generic';
      return errorInvokeResponse(400, t(key));
    }
    core.logger.error({ err: error, activityId: activity.id }, 'Action.Execute failed');
    return errorInvokeResponse(500, t('error.generic'));
  }
}
