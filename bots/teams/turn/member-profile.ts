/**
 * What Teams tells about a member beyond the activity: their email (activities do not carry it)
 * and whether they are a guest. Asked of the connector (GET /v3/conversations/{id}/members/
 * {userId}) about once per person per day, cached in keyv until a UTC midnight (never until a
 * time that tells when they acted). A failed lookup never fails the turn, and fails closed: for
 * someone the core does not know yet it says kind 'unknown' (the newcomer is a guest until a
 * lookup answers) and is not cached, so the next turn asks again; for someone known it is
 * remembered for an hour or two (they keep what is stored) so an outage does not cost a call per
 * message.
 */
import { type TeamsChannelAccount, TeamsInfo, type TurnContext } from 'botbuilder';
import type { Core } from '../../../shared/core.js';
import { ttlToBoundary } from '../../../shared/kv/boundary-ttl.js';
import { keptProfilesOf } from '../../../shared/kv/kept-profiles.js';
import type { PlatformIdentity } from '../../../shared/messaging/messenger.js';
import type { PlatformProfile } from '../../../shared/people/person.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const FAILURE_TTL_MS = 60 * 60 * 1000;

export type MemberProfile = Pick<PlatformProfile, 'email' | 'kind'>;

interface CachedMember {
  email: string | null;
  kind: PlatformProfile['kind'] | null;
}

export const memberProfileKey = (identity: PlatformIdentity): string =>
  `teams:member:${identity.tenantId}:${identity.userId}`;

/**
 * 'guest' for a Teams guest (userRole 'guest'; 'anonymous' meeting participants count as guests
 * too) or a member whose home tenant is not the conversation's (B2B, shared channels); 'member'
 * for a tenant user; undefined when Teams did not say.
 */
export function memberKind(
  member: Pick<TeamsChannelAccount, 'userRole' | 'tenantId'>,
  conversationTenantId: string,
): PlatformProfile['kind'] {
  const role = member.userRole?.toLowerCase();
  if (role === 'guest' || role === 'anonymous') return 'guest';
  if (member.tenantId && conversationTenantId && member.tenantId !== conversationTenantId) return 'guest';
  return role === 'user' ? 'member' : undefined;
}

/** The member's email: `email`, else a UPN that looks like one. */
export const memberEmailOf = (member: Pick<TeamsChannelAccount, 'email' | 'userPrincipalName'>) =>
  member.email || (member.userPrincipalName?.includes('@') ? member.userPrincipalName : undefined);

export async function memberProfile(
  core: Pick<Core, 'kv' | 'logger' | 'people'>,
  context: TurnContext,
  identity: PlatformIdentity,
): Promise<MemberProfile> {
  const key = memberProfileKey(identity);
  // every click asks: a copy kept in memory until the row expires spares the kv read
  const profiles = keptProfilesOf(core.kv);
  const cached = await profiles.get<CachedMember>(key);
  if (cached) return { email: cached.email ?? undefined, kind: cached.kind ?? undefined };
  try {
    const member = await TeamsInfo.getMember(context, identity.userId);
    const profile = { email: memberEmailOf(member), kind: memberKind(member, identity.tenantId) };
    await profiles.set(
      key,
      { email: profile.email ?? null, kind: profile.kind ?? null } satisfies CachedMember,
      ttlToBoundary(Date.now(), DAY_MS),
    );
    return profile;
  } catch (error) {
    const known = await core.people.findByIdentity(identity);
    core.logger.warn(
      { err: error, userId: identity.userId, activityId: context.activity.id, known: Boolean(known) },
      known
        ? 'Teams member lookup failed; continuing with what is known'
        : 'Teams member lookup failed; a newcomer is a guest until a lookup answers',
    );
    if (!known) return { kind: 'unknown' };
    await profiles.set(
      key,
      { email: null, kind: null } satisfies CachedMember,
      ttlToBoundary(Date.now(), FAILURE_TTL_MS),
    );
    return {};
  }
}
