/**
 * A Teams team's two ids, for the core's Messenger.teamIds. A group's `teamsTeamId` may hold
 * either: the team's Entra group id (a GUID; Graph knows the team by it, so guest invitations need
 * it) or its Bot Framework id (`19:…@thread…`, also its general channel's conversation id, which
 * posting into the team and matching its channels need). The other one is read from the channels
 * the bot has seen in that team: the turn keeps both ids on each channel's saved conversation
 * reference (`teamId`, `aadGroupId`, turn-person.ts). A team whose channels the bot has never seen
 * stays known by one id.
 */
import type { ConversationStore } from '../../../shared/conversations/conversation-store.js';
import type { TeamIds } from '../../../shared/messaging/messenger.js';

/**
 * A Bot Framework team id starts `19:`; anything else is taken for the Entra group id (a GUID), as
 * it was given, so Graph says itself whether it knows it.
 */
const isTeamThreadId = (id: string): boolean => id.startsWith('19:');

/** The saved channel references naming one of these ids as their team's `key`, the latest first. */
async function channelsNaming(
  conversations: Pick<ConversationStore, 'findByReference'>,
  key: 'teamId' | 'aadGroupId',
  ids: readonly string[],
): Promise<{ teamId?: unknown; aadGroupId?: unknown }[]> {
  const found = await conversations.findByReference('teams', 'channel', key, ids);
  return found.map((record) => record.reference);
}

/** Both ids of each team these ids name, as far as the saved channels tell. */
export async function teamsTeamIds(
  conversations: Pick<ConversationStore, 'findByReference'>,
  ids: readonly string[],
): Promise<Map<string, TeamIds>> {
  const threadIds = ids.filter(isTeamThreadId);
  const entraGroupIds = ids.filter((id) => !isTeamThreadId(id));
  const out = new Map<string, TeamIds>();
  for (const id of entraGroupIds) out.set(id, { directoryId: id });
  for (const id of threadIds) out.set(id, { conversationId: id });
  // the latest channel first: the first one telling the other id wins
  for (const ref of await channelsNaming(conversations, 'aadGroupId', entraGroupIds)) {
    const known = out.get(ref.aadGroupId as string);
    if (known && !known.conversationId && typeof ref.teamId === 'string') known.conversationId = ref.teamId;
  }
  for (const ref of await channelsNaming(conversations, 'teamId', threadIds)) {
    const known = out.get(ref.teamId as string);
    if (known && !known.directoryId && typeof ref.aadGroupId === 'string') known.directoryId = ref.aadGroupId;
  }
  return out;
}
