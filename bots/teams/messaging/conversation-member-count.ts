/**
 * How many people a Teams conversation holds, as the connector lists them: GET
 * /v3/conversations/{id}/pagedmembers (TeamsInfo.getPagedMembers) page after page in a proactive
 * turn. The reach of an ambassador's relay into a channel. Past MEMBER_COUNT_LIMIT the count is
 * unknown (undefined) rather than a floor passed off as the figure; a failure is a DeliveryError.
 */
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { DeliveryError } from '../../../shared/errors/errors.js';
import { MEMBER_COUNT_LIMIT } from '../../../shared/messaging/messenger.js';
import { toDeliveryError } from './delivery-error.js';

/** the connector's largest page */
const PAGE_SIZE = 500;
/** a channel larger than the limit is counted as unknown, not paged for minutes */
const MAX_PAGES = Math.ceil(MEMBER_COUNT_LIMIT / PAGE_SIZE);

/** `runTurn` opens a proactive turn in the conversation and runs the count inside it. */
export async function countTeamsConversationMembers(
  runTurn: (logic: (context: TurnContext) => Promise<void>) => Promise<void>,
): Promise<number | undefined> {
  let count: number | undefined;
  let failure: DeliveryError | undefined;
  try {
    await runTurn(async (context) => {
      try {
        let seen = 0;
        let token: string | undefined;
        for (let page = 0; page < MAX_PAGES; page++) {
          const result = await TeamsInfo.getPagedMembers(context, PAGE_SIZE, token);
          seen += result.members?.length ?? 0;
          token = result.continuationToken || undefined;
          if (!token) {
            count = seen;
            return;
          }
        }
      } catch (error) {
        // caught here, or the adapter's onTurnError would swallow it
        failure = toDeliveryError(error, 'member count');
      }
    });
  } catch (error) {
    failure = toDeliveryError(error, 'member count');
  }
  if (failure) throw failure;
  return count;
}
