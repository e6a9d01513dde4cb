/**
 * A per-instance copy of the platforms' profiles kept in keyv (Teams' member lookup, Slack's
 * users.info), so that a click reads its person's profile from memory instead of the kv table.
 * Those rows are written once, when a lookup answers, and only read until they expire at a UTC
 * midnight (or an hour after a failed lookup): a copy kept no longer than its row cannot say
 * anything the row would not. It is also kept at most `maxAgeMs`, so two instances that looked
 * the same person up at once agree within that time, and at most `maxEntries` (oldest dropped
 * first): a bound on memory, not on correctness. A value written here is kept at once; any other
 * write, delete or clear of a key through the same keyv on this instance forgets it.
 */
import type Keyv from 'keyv';
import { KeyvHooks } from 'keyv';

/** how long a profile read from the kv table is kept here, at most */
export const KEPT_PROFILE_MAX_AGE_MS = 10 * 60 * 1000;
/** profiles kept at most */
export const KEPT_PROFILES_MAX = 20_000;

export interface KeptProfiles {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
}

export interface KeptProfilesOptions {
  now?: () => number;
  maxAgeMs?: number;
  maxEntries?: number;
}

export function createKeptProfiles(kv: Keyv, options: KeptProfilesOptions = {}): KeptProfiles {
  const now = options.now ?? Date.now;
  const maxAgeMs = options.maxAgeMs ?? KEPT_PROFILE_MAX_AGE_MS;
  const maxEntries = options.maxEntries ?? KEPT_PROFILES_MAX;
  const entries = new Map<string, { value: unknown; until: number }>();
  /** counts forgetting writes: a read that overlapped one keeps nothing (it may be older) */
  let writes = 0;
  const forget = (keys: readonly string[]) => {
    writes += 1;
    for (const key of keys) entries.delete(key);
  };
  // a set hook carries the key as given; a delete hook the namespaced one on keyv's own stores
  // (`namespace:key`) and the key as given on Redis, whose adapter adds the namespace itself
  const unprefixed = (key: string) => {
    const prefix = kv.namespace ? `${kv.namespace}:` : '';
    return prefix && key.startsWith(prefix) ? [key, key.slice(prefix.length)] : [key];
  };
  kv.hooks.addHandler(KeyvHooks.PRE_SET, (data: { key: string }) => forget([data.key]));
  kv.hooks.addHandler(KeyvHooks.PRE_DELETE, (data: { key: string | string[] }) =>
    forget((Array.isArray(data.key) ? data.key : [data.key]).flatMap(unprefixed)),
  );
  kv.on('clear', () => {
    writes += 1;
    entries.clear();
  });
  const keep = (key: string, value: unknown, expires: number | undefined) => {
    const until = Math.min(expires ?? Number.POSITIVE_INFINITY, now() + maxAgeMs);
    entries.delete(key);
    if (entries.size >= maxEntries) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    entries.set(key, { value, until });
  };
  return {
    async get<T>(key: string) {
      const entry = entries.get(key);
      if (entry && entry.until > now()) return entry.value as T;
      if (entry) entries.delete(key);
      const before = writes;
      const raw = await kv.getRaw<T>(key);
      if (raw?.value === undefined) return undefined;
      if (writes === before) keep(key, raw.value, raw.expires ?? undefined);
      return raw.value;
    },
    async set(key, value, ttlMs) {
      // kept only once the row is written: a failed write leaves nothing here either
      const expires = now() + ttlMs;
      await kv.set(key, value, ttlMs);
      keep(key, value, expires);
    },
  };
}

const perKv = new WeakMap<Keyv, KeptProfiles>();

/** the one copy of `kv`'s profiles in this process (one core, one kv, one copy) */
export function keptProfilesOf(kv: Keyv): KeptProfiles {
  let kept = perKv.get(kv);
  if (!kept) {
    kept = createKeptProfiles(kv);
    perKv.set(kv, kept);
  }
  return kept;
}
