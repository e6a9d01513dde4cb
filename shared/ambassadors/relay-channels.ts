/**
 * The channels an ambassador may pick to relay into. Where the platform lists the channels a
 * person shares with the bot (Slack users.conversations), those are asked when the picker is
 * built and recorded in the conversations store, so the channel is known when the answer comes
 * back and on later relays; elsewhere (Teams) the channels the bot was added to, as recorded on
 * install and activity. A choice's id travels in platform id fields (short, no `@`): a digest of
 * the channel, resolved back against the same list when the ambassador answers.
 */
import { createHash } from 'node:crypto';
import type { PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import type { AmbassadorContext } from './ambassador-context.js';
import { spacesOf, teamOfReference } from './group-scope.js';

export interface RelayChannel {
  id: string;
  name: string;
  platform: PlatformName;
  tenantId: string;
  conversationId: string;
  /** the Teams team of the channel, when its channelData told it */
  teamId?: string;
}

/** choices a picker offers at most (Slack static_select takes 100; Teams shows a long list badly) */
const MAX_CHANNELS = 50;

const choice = (platform: PlatformName, tenantId: string, conversationId: string, name: string) => ({
  id: `c${createHash('sha256').update(`${platform}|${conversationId}`).digest('hex').slice(0, 24)}`,
  name: name.slice(0, 100),
  platform,
  tenantId,
  conversationId,
});

/** Asks the platform for the channels this identity shares with the bot, and records them. */
async function listed(
  ctx: AmbassadorContext,
  identity: Person['identities'][number],
): Promise<RelayChannel[] | undefined> {
  const messenger = ctx.messengers.get(identity.platform);
  if (!messenger?.channelsOf) return undefined;
  try {
    const channels = await messenger.channelsOf(identity, MAX_CHANNELS);
    for (const c of channels)
      await ctx.conversations.save({
        platform: identity.platform,
        tenantId: identity.tenantId,
        conversationId: c.conversationId,
        kind: 'channel',
        personId: null,
        reference: { name: c.name },
      });
    return channels.map((c) => choice(identity.platform, identity.tenantId, c.conversationId, c.name));
  } catch (error) {
    // the platform could not be asked now: the channels recorded so far are offered instead
    ctx.logger.warn({ err: error, platform: identity.platform }, 'channel list unavailable');
    return undefined;
  }
}

/** Channels the bot knows on the platforms and tenants where the person has an identity. */
async function recorded(ctx: AmbassadorContext, identities: Person['identities']): Promise<RelayChannel[]> {
  if (identities.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('conversations')
    .select(['platform', 'tenant_id', 'conversation_id', 'reference'])
    .where('kind', '=', 'channel')
    .where('platform', 'in', [...new Set(identities.map((i) => i.platform))])
    .where(
      'tenant_id',
      'in',
      identities.map((i) => i.tenantId),
    )
    .orderBy('updated_at', 'desc')
    .limit(MAX_CHANNELS)
    .execute();
  return rows.map((r) => {
    const ref = JSON.parse(r.reference) as { conversation?: { name?: string }; name?: string };
    const name = ref.conversation?.name ?? ref.name ?? r.conversation_id;
    const teamId = teamOfReference(ref);
    return {
      ...choice(r.platform as PlatformName, r.tenant_id, r.conversation_id, String(name)),
      ...(teamId ? { teamId } : {}),
    };
  });
}

/** The channels to offer; an ambassador of guest groups only is offered those groups' spaces. */
export async function channelsFor(
  ctx: AmbassadorContext,
  person: Person,
  groups?: readonly string[],
): Promise<RelayChannel[]> {
  const out: RelayChannel[] = [];
  const unlisted: Person['identities'] = [];
  for (const identity of person.identities) {
    const channels = await listed(ctx, identity);
    if (channels) out.push(...channels);
    else unlisted.push(identity);
  }
  out.push(...(await recorded(ctx, unlisted)));
  const seen = new Set<string>();
  const isSpace = groups ? await spacesOf(ctx, groups) : undefined;
  return out
    .filter((c) => !isSpace || isSpace(c))
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .slice(0, MAX_CHANNELS);
}
