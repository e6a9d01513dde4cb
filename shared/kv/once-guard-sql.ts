/**
 * OnceGuard on the main database's `kv` table, one statement on SQLite and PostgreSQL alike:
 *
 *   INSERT INTO kv (key, value, expires_at) VALUES (…, now + ttl)
 *   ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
 *     WHERE kv.expires_at <= now
 *   RETURNING key
 *
 * A row comes back only when the key was absent (insert) or its claim had expired (update), so
 * the caller that gets a row is the winner. claimChange adds `OR kv.value <> excluded.value` to
 * the WHERE: a key held with another value is taken over too. PostgreSQL takes the conflicting
 * row's lock and, under READ COMMITTED, re-checks the WHERE against the latest committed version,
 * so of two claims racing on one expired row the second sees the first's fresh expiry (or, for
 * claimChange, its equal value) and gets nothing. SQLite runs each statement under its single
 * write lock (busy_timeout covers other processes).
 *
 * Expired rows are deleted by the kv sweeper (SqlKvStore.sweepExpired deletes by expires_at in
 * every key space), which runs whenever the core's keyv is on SQL — that is, whenever this is.
 */
import type { Store } from '../store/store.js';
import type { OnceGuard } from './once-guard.js';
import { checkedTtlMs } from './once-guard-ttl.js';

export class SqlOnceGuard implements OnceGuard {
  constructor(
    private readonly store: Store,
    private readonly prefix: string,
  ) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const ttl = checkedTtlMs(key, ttlMs);
    // the instance's clock decides expiry, like the kv adapter; skew between instances only
    // stretches or shortens a dedupe window by that much
    const now = Date.now();
    return this.upsert(key, JSON.stringify({ claimedAt: now }), now, ttl, false);
  }

  async claimChange(key: string, value: string, ttlMs: number): Promise<boolean> {
    const ttl = checkedTtlMs(key, ttlMs);
    // stored as a JSON string, like every kv value
    return this.upsert(key, JSON.stringify(value), Date.now(), ttl, true);
  }

  /** the one statement: a row comes back when the key was absent, expired or (orOther) held another value */
  private async upsert(key: string, value: string, now: number, ttl: number, orOther: boolean) {
    const row = await this.store.db
      .insertInto('kv')
      .values({ key: this.prefix + key, value, expires_at: now + ttl })
      .onConflict((oc) =>
        oc
          .column('key')
          .doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            expires_at: eb.ref('excluded.expires_at'),
          }))
          // a NULL expiry (never expires) compares as unknown: such a row is never taken over
          .where((eb) =>
            orOther
              ? eb.or([eb('kv.expires_at', '<=', now), eb('kv.value', '<>', eb.ref('excluded.value'))])
              : eb('kv.expires_at', '<=', now),
          ),
      )
      .returning('key')
      .executeTakeFirst();
    return row !== undefined;
  }
}
