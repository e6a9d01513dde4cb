/**
 * conversationUpdate with membersAdded in a team: a guest invited to a group joined its team (or
 * shared channel). The core settles their invitation by the Entra object id the invitation
 * returned; the person was learned by the tours' listener, which runs first.
 */
import type { TurnContext } from 'botbuilder';
import type { Core } from '../../../../shared/core.js';
import { conversationKindOf, tenantIdOf } from '../../turn/teams-activity-facts.js';

interface TeamChannelData {
  /** the Bot Framework team id (19:…), and the Microsoft 365 group id Graph calls the team id */
  team?: { id?: string; aadGroupId?: string };
}

export const groupMemberAdded =
  (core: Core) =>
  async (context: TurnContext, next: () => Promise<void>): Promise<void> => {
    const { activity } = context;
    const team = (activity.channelData as TeamChannelData | undefined)?.team;
    const teamIds = [team?.aadGroupId, team?.id].filter((id): id is string => Boolean(id));
    if (conversationKindOf(activity) === 'channel' && teamIds.length > 0) {
      const tenantId = tenantIdOf(activity);
      for (const member of activity.membersAdded ?? []) {
        if (!member.aadObjectId || !member.id || member.id === activity.recipient?.id) continue;
        try {
          const person = await core.people.findByIdentity({ platform: 'teams', tenantId, userId: member.id });
          if (!person) continue;
          await core.groups.invitations.teamsMemberJoined({
            teamIds,
            aadObjectId: member.aadObjectId,
            personId: person.id,
          });
        } catch (error) {
          core.logger.error({ err: error }, 'group invitation not settled for a member added');
        }
      }
    }
    await next();
  };
