/**
 * The chat boundary's one error handler: anything a listener throws lands here, is logged with
 * the activity id, and the person gets the localized generic error. Invokes get a 200 error
 * invoke response (Teams shows it on the card); messages get a short reply. Other activities
 * (installs, conversation updates) have nobody waiting for an answer, so they are only logged.
 */
import { ActivityTypes, INVOKE_RESPONSE_KEY, type TurnContext } from 'botbuilder';
import type { Core } from '../../../shared/core.js';
import { translator } from '../../../shared/i18n/i18n.js';
import { turnLocale } from '../turn/turn-person.js';
import { errorInvokeResponse } from './invoke-responses.js';

export function createOnTurnError(core: Pick<Core, 'logger' | 'config'>) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const { activity } = context;
    core.logger.error(
      {
        err: error,
        activityId: activity.id,
        activityType: activity.type,
        conversationId: activity.conversation?.id,
      },
      'Teams turn failed',
    );
    const t = translator(turnLocale(core, context));
    try {
      if (activity.type === ActivityTypes.Invoke) {
        if (!context.turnState.get(INVOKE_RESPONSE_KEY)) {
          await context.sendActivity({
            type: ActivityTypes.InvokeResponse,
            value: { status: 200, body: errorInvokeResponse(500, t('error.generic')) },
          });
        }
      } else if (activity.type === ActivityTypes.Message) {
        await context.sendActivity(t('error.generic'));
      }
    } catch (sendError) {
      // The connector itself may be what failed; the original error is already logged.
      core.logger.error({ err: sendError, activityId: activity.id }, 'Teams error reply could not be sent');
    }
  };
}
