/**
 * conversationUpdate with membersAdded: tour triggers.
 * - In a 1:1 chat with the bot among the members added (the app installed in personal scope),
 *   the person's first contact. Teams also sends installationUpdate for the same install; the
 *   core's start is idempotent, so both paths may fire.
 * - In a team, every member added other than the bot joined the team: `team_join`, with the
 *   team's channel as the conversation their introduction may go to and the team id as group.
 */
import { type ChannelAccount, TeamsInfo, type TurnContext } from 'botbuilder';
import type { Core } from '../../../../shared/core.js';
import type { ConversationTarget, PlatformIdentity } from '../../../../shared/messaging/messenger.js';
import { startOnFirstContact, startOnJoin } from '../../../../shared/tours/triggers/start-from-platform.js';
import { memberProfile } from '../../turn/member-profile.js';
import { channelIdOf, conversationKindOf, tenantIdOf } from '../../turn/teams-activity-facts.js';
import { turnPerson } from '../../turn/turn-person.js';

interface TeamChannelData {
  team?: { id?: string };
}

/**
 * Teams lists added members without their names: the connector's member lookup has it. A failed
 * lookup leaves the name unknown (the person is still learned, and named at their first turn).
 */
async function memberName(core: Core, context: TurnContext, userId: string): Promise<string | undefined> {
  try {
    return (await TeamsInfo.getMember(context, userId)).name || undefined;
  } catch (error) {
    core.logger.warn({ err: error, userId }, 'Teams member name lookup failed');
    return undefined;
  }
}

const isBot = (context: TurnContext, member: ChannelAccount) =>
  member.id === context.activity.recipient?.id || member.role === 'bot';

export const membersAdded =
  (core: Core) =>
  async (context: TurnContext, next: () => Promise<void>): Promise<void> => {
    const { activity } = context;
    const added = activity.membersAdded ?? [];
    const kind = conversationKindOf(activity);
    const tenantId = tenantIdOf(activity);
    if (kind === 'personal') {
      const person = turnPerson(context);
      if (person && added.some((m) => isBot(context, m))) {
        await startOnFirstContact(core, person.id, 'teams', {
          kind: 'conversation',
          platform: 'teams',
          tenantId,
          conversationId: activity.conversation.id,
        });
      }
    } else if (kind === 'channel') {
      const team = (activity.channelData as TeamChannelData | undefined)?.team?.id;
      const conversation: ConversationTarget = {
        kind: 'conversation',
        platform: 'teams',
        tenantId,
        conversationId: channelIdOf(team ?? activity.conversation.id),
      };
      for (const member of added) {
        if (isBot(context, member) || !member.id) continue;
        const identity: PlatformIdentity = {
          platform: 'teams',
          tenantId,
          userId: member.id,
          ...(member.aadObjectId ? { aadObjectId: member.aadObjectId } : {}),
        };
        const profile = await memberProfile(core, context, identity);
        const displayName = member.name || (await memberName(core, context, member.id));
        const person = await core.people.learn(identity, { displayName, ...profile });
        await startOnJoin(core, person.id, {
          kind: 'team_join',
          conversation,
          groupKey: team ?? conversation.conversationId,
        });
      }
    }
    await next();
  };
