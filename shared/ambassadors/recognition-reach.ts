/**
 * The reach of a channel relay: the channel's member count when the platform tells it, asked
 * once at the relay. Unknown (null) when the platform cannot count or could not be asked: the
 * relay is recorded all the same and the figures say how many relays have no known reach.
 */
import type { PlatformName } from '../messaging/messenger.js';
import type { AmbassadorContext } from './ambassador-context.js';

export async function relayReach(
  ctx: AmbassadorContext,
  where: { platform: PlatformName; conversationId: string },
): Promise<number | null> {
  const messenger = ctx.messengers.get(where.platform);
  const known = await ctx.conversations.get(where.platform, where.conversationId);
  if (!messenger?.memberCount || !known) return null;
  try {
    const count = await messenger.memberCount({
      kind: 'conversation',
      platform: where.platform,
      tenantId: known.tenantId,
      conversationId: where.conversationId,
    });
    return count ?? null;
  } catch (error) {
    ctx.logger.warn({ err: error, platform: where.platform }, 'relay reach unknown: member count failed');
    return null;
  }
}
