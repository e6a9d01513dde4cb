/**
 * "Handle this once": a key claimed in the shared kv with a TTL. Slack redelivers events it
 * thinks were not acknowledged (X-Slack-Retry-Num) and people double-click buttons; both must
 * do their work once. Claims made in this process are serialised, so two copies arriving at
 * the same moment cannot both win here. Across instances the kv read-then-write leaves a small
 * window (keyv has no set-if-absent); core writes stay idempotent through their unique keys.
 */
import type Keyv from 'keyv';

export interface OnceGuard {
  /** true the first time a key is seen within its TTL, false for every repeat */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

export function createOnceGuard(kv: Keyv, prefix = 'slack:once:'): OnceGuard {
  const inFlight = new Set<string>();
  return {
    async claim(key, ttlMs) {
      const full = prefix + key;
      if (inFlight.has(full)) return false;
      inFlight.add(full);
      try {
        if ((await kv.get(full)) !== undefined) return false;
        await kv.set(full, Date.now(), ttlMs);
        return true;
      } finally {
        inFlight.delete(full);
      }
    },
  };
}
