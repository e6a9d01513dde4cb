/**
 * Who may make the bot post a poll into a conversation (POST /polls with `target.conversation`,
 * POST /polls/{id}/post, the chat command and dialog). The bot writes there in its own name, so a
 * caller must belong there as the platform knows it:
 * - automation keys and organisation-wide communicators (admins included): their scope covers
 *   every conversation. A communicator scoped to a department or site covers no channel, as for
 *   news (news-guardrails: channels are outside scoped grants);
 * - a person asking from inside that very conversation (a chat command or dialog: the platform
 *   delivered the request from there);
 * - a person whose identity on that platform and tenant the platform lists among the
 *   conversation's members (Messenger.isMember).
 * Anyone else gets 403 with the reason `not_in_conversation`, in their language; a platform
 * that cannot tell (no isMember) refuses too. A platform outage is a 503, not a refusal.
 */
import { can, type Principal } from '../auth/principal.js';
import type { Ports } from '../capability/ports.js';
import { AppError, DeliveryError } from '../errors/errors.js';
import { translate } from '../i18n/i18n.js';
import type { ConversationTarget } from '../messaging/messenger.js';
import type { PollConversation } from './poll-model.js';

const sameConversation = (a: PollConversation, b: PollConversation): boolean =>
  a.platform === b.platform && a.tenantId === b.tenantId && a.conversationId === b.conversationId;

export async function assertMayPostInto(
  ports: Pick<Ports, 'messengers' | 'config'>,
  principal: Principal,
  conversation: PollConversation,
  /** the conversation a chat request came from, when it came from one */
  origin?: PollConversation,
): Promise<void> {
  if (can(principal, 'communicator')) return;
  if (principal.kind !== 'person') return; // automation: can() already said yes
  if (origin && sameConversation(origin, conversation)) return;
  const { person } = principal;
  const identity = person.identities.find(
    (i) => i.platform === conversation.platform && i.tenantId === conversation.tenantId,
  );
  const messenger = ports.messengers.get(conversation.platform);
  if (identity && messenger?.isMember) {
    const target: ConversationTarget = { kind: 'conversation', ...conversation };
    try {
      if (await messenger.isMember(target, identity)) return;
    } catch (error) {
      if (!(error instanceof DeliveryError)) throw error;
      throw new AppError(
        'platform_unavailable',
        `${conversation.platform} could not tell who is in ${conversation.conversationId}: ${error.message}`,
      );
    }
  }
  const locale = person.locale ?? ports.config.defaultLocale;
  throw new AppError('forbidden', translate(locale, 'poll.error.not_in_conversation'), {
    reason: 'not_in_conversation',
  });
}
