/**
 * Whether a Teams user is a member of a conversation, as the connector knows it: GET
 * /v3/conversations/{id}/members/{userId} (TeamsInfo.getMember) in a proactive turn. A 403/404
 * (MemberNotFoundInConversation, a conversation the bot is not in) means "not a member"; only a
 * failure worth retrying (throttling, outage) is thrown.
 */
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { DeliveryError } from '../../../shared/errors/errors.js';
import { toDeliveryError } from './delivery-error.js';

/** `runTurn` opens a proactive turn in the conversation and runs the lookup inside it. */
export async function isTeamsConversationMember(
  runTurn: (logic: (context: TurnContext) => Promise<void>) => Promise<void>,
  userId: string,
): Promise<boolean> {
  let member = false;
  let failure: DeliveryError | undefined;
  try {
    await runTurn(async (context) => {
      try {
        member = Boolean((await TeamsInfo.getMember(context, userId))?.id);
      } catch (error) {
        // caught here, or the adapter's onTurnError would swallow it
        failure = toDeliveryError(error, `member ${userId}`);
      }
    });
  } catch (error) {
    failure = toDeliveryError(error, `member ${userId}`);
  }
  if (!failure) return member;
  if (failure.kind === 'unreachable') return false;
  throw failure;
}
