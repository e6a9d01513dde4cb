/**
 * What Teams says of a person now, asked outside their turn: GET /v3/conversations/{id}/members/
 * {userId} (TeamsInfo.getMember) in a proactive turn in a conversation they are in (their 1:1).
 * Used when the lookup of their first contact failed, so the core can settle whether they are a
 * member or a guest; any failure is thrown as a DeliveryError for the caller's retry.
 */
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { DeliveryError } from '../../../shared/errors/errors.js';
import type { LookedUpMember } from '../../../shared/messaging/messenger.js';
import { memberEmailOf, memberKind } from '../turn/member-profile.js';
import { toDeliveryError } from './delivery-error.js';

export async function lookupTeamsMember(
  runTurn: (logic: (context: TurnContext) => Promise<void>) => Promise<void>,
  userId: string,
  tenantId: string,
): Promise<LookedUpMember> {
  let profile: LookedUpMember | undefined;
  let failure: DeliveryError | undefined;
  try {
    await runTurn(async (context) => {
      try {
        const member = await TeamsInfo.getMember(context, userId);
        profile = { email: memberEmailOf(member), kind: memberKind(member, tenantId) };
      } catch (error) {
        // caught here, or the adapter's onTurnError would swallow it
        failure = toDeliveryError(error, `member ${userId}`);
      }
    });
  } catch (error) {
    failure = toDeliveryError(error, `member ${userId}`);
  }
  if (failure || !profile) throw failure ?? toDeliveryError(new Error('no answer'), `member ${userId}`);
  return profile;
}
