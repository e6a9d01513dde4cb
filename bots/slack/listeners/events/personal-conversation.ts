/** Saves the bot's DM channel with a person, so the core can reach them proactively later. */
import type { Core } from '../../../../shared/core.js';
import type { SlackActor } from '../../slack-people.js';

export async function savePersonalConversation(
  core: Pick<Core, 'conversations'>,
  actor: SlackActor,
  channelId: string,
): Promise<void> {
  await core.conversations.save({
    platform: 'slack',
    tenantId: actor.identity.tenantId,
    conversationId: channelId,
    kind: 'personal',
    personId: actor.person.id,
    reference: { teamId: actor.identity.tenantId, channelId, userId: actor.identity.userId },
  });
}
