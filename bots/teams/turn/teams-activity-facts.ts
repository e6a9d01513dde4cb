/**
 * What Relais reads off a Teams activity: the tenant, the sender's platform identity, and the
 * kind of conversation. Pure functions over the Bot Framework activity shape.
 */
import type { Activity } from 'botbuilder';
import type { ConversationRecord } from '../../../shared/conversations/conversation-store.js';
import type { ConversationTarget, PlatformIdentity } from '../../../shared/messaging/messenger.js';

interface TeamsChannelData {
  tenant?: { id?: string };
}

/** conversation.tenantId (newer payloads), else channelData.tenant.id. */
export function tenantIdOf(activity: Partial<Activity>): string {
  const channelData = activity.channelData as TeamsChannelData | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id ?? '';
}

/** The sender as a platform identity, or undefined when the sender is the bot itself. */
export function senderIdentityOf(activity: Partial<Activity>): PlatformIdentity | undefined {
  const from = activity.from;
  if (!from?.id || from.id === activity.recipient?.id || from.role === 'bot') return undefined;
  return {
    platform: 'teams',
    tenantId: tenantIdOf(activity),
    userId: from.id,
    ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
  };
}

export function conversationKindOf(activity: Partial<Activity>): ConversationRecord['kind'] {
  switch (activity.conversation?.conversationType) {
    case 'channel':
      return 'channel';
    case 'groupChat':
      return 'group';
    case 'personal':
      return 'personal';
    default:
      // Older payloads and some clients omit conversationType: a 1:1 chat is the only one
      // that is not flagged as a group.
      return activity.conversation?.isGroup ? 'group' : 'personal';
  }
}

/** `19:…@thread.tacv2;messageid=123` → `19:…@thread.tacv2` */
export const channelIdOf = (conversationId: string): string => conversationId.split(';')[0] ?? conversationId;

/**
 * Where an activity happened, as the core addresses it: a channel by the channel itself (not the
 * thread), a chat by its id, as rememberTurn saves them, so the messenger finds the reference.
 */
export function conversationTargetOf(activity: Partial<Activity>): ConversationTarget | undefined {
  const id = activity.conversation?.id;
  if (!id) return undefined;
  const conversationId = conversationKindOf(activity) === 'channel' ? channelIdOf(id) : id;
  return { kind: 'conversation', platform: 'teams', tenantId: tenantIdOf(activity), conversationId };
}
