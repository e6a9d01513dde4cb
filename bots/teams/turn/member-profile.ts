/**
 * A Teams member's email, which activities do not carry: asked of the connector
 * (GET /v3/conversations/{id}/members/{userId}) once per person per day, cached in keyv.
 * A failed lookup is remembered for an hour so an outage does not cost a call per message,
 * and never fails the turn: the email only links identities across platforms.
 */
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Core } from '../../../shared/core.js';
import type { PlatformIdentity } from '../../../shared/messaging/messenger.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const FAILURE_TTL_MS = 60 * 60 * 1000;

interface CachedEmail {
  email: string | null;
}

export const memberEmailKey = (identity: PlatformIdentity): string =>
  `teams:member-email:${identity.tenantId}:${identity.userId}`;

export async function memberEmail(
  core: Pick<Core, 'kv' | 'logger'>,
  context: TurnContext,
  identity: PlatformIdentity,
): Promise<string | undefined> {
  const key = memberEmailKey(identity);
  const cached = (await core.kv.get(key)) as CachedEmail | undefined;
  if (cached) return cached.email ?? undefined;
  try {
    const member = await TeamsInfo.getMember(context, identity.userId);
    const email =
      member.email || (member.userPrincipalName?.includes('@') ? member.userPrincipalName : undefined);
    await core.kv.set(key, { email: email ?? null } satisfies CachedEmail, DAY_MS);
    return email;
  } catch (error) {
    core.logger.warn(
      { err: error, userId: identity.userId, activityId: context.activity.id },
      'Teams member lookup failed; continuing without email',
    );
    await core.kv.set(key, { email: null } satisfies CachedEmail, FAILURE_TTL_MS);
    return undefined;
  }
}
