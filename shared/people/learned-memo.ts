/**
 * Which platform identities this instance learned, with the profile they came with: a click by
 * someone already learned with the very same profile has nothing to link or fill in, so learn()
 * skips the email-link check and the enrichment and only reads the person afresh (their roles and
 * row are never taken from here). The memo can only skip work, never link anyone: a changed
 * profile (another email, a guest flag, a new name) misses it and takes the full path, and an
 * entry lives a bounded time, so a gap another writer opened (an import) is filled within it.
 */
import type { PlatformIdentity } from '../messaging/messenger.js';
import type { PlatformProfile } from './person.js';

/** how long an identity stays known unchanged without being checked again */
export const LEARNED_MEMO_TTL_MS = 10 * 60 * 1000;
/** entries kept at most (oldest dropped first): a bound on memory, not on correctness */
export const LEARNED_MEMO_MAX = 20_000;

export interface LearnedMemo {
  /** whether `identity` was learned here with exactly `profile`, recently */
  known(identity: PlatformIdentity, profile: PlatformProfile): boolean;
  remember(identity: PlatformIdentity, profile: PlatformProfile): void;
}

const identityKey = (identity: PlatformIdentity) =>
  `${identity.platform}\u0000${identity.tenantId}\u0000${identity.userId}`;

/** every field learn() reads, in a fixed order: the same profile always gives the same text */
const profileKey = (identity: PlatformIdentity, profile: PlatformProfile) =>
  JSON.stringify([
    identity.aadObjectId ?? null,
    profile.displayName ?? null,
    profile.email ?? null,
    profile.locale ?? null,
    profile.timeZone ?? null,
    profile.kind ?? null,
  ]);

export function createLearnedMemo(
  now: () => number = Date.now,
  ttlMs = LEARNED_MEMO_TTL_MS,
  max = LEARNED_MEMO_MAX,
): LearnedMemo {
  const entries = new Map<string, { profile: string; until: number }>();
  return {
    known(identity, profile) {
      const entry = entries.get(identityKey(identity));
      return entry !== undefined && entry.until > now() && entry.profile === profileKey(identity, profile);
    },
    remember(identity, profile) {
      const key = identityKey(identity);
      entries.delete(key);
      if (entries.size >= max) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(key, { profile: profileKey(identity, profile), until: now() + ttlMs });
    },
  };
}
