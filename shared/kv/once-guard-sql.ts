/**
 * OnceGuard on the main database's `kv` table, one statement on SQLite and PostgreSQL alike:
 *
 *   INSERT INTO kv (key, value, expires_at) VALUES (…, now + ttl)
 *   ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
 *     WHERE kv.expires_at <= now
 *   RETURNING key
 *
 * A row comes back only when the key was absent (insert) or its claim had expired (update), so
 * the caller that gets a row is the winner. claimChange adds `OR (excluded.value is a chosen
 * value AND kv.value <> excluded.value)` to the WHERE: a key held with another value is taken
 * over too. claimAll sends several claims as one multi-row upsert. PostgreSQL takes the conflicting
 * row's lock and, under READ COMMITTED, re-checks the WHERE against the latest committed version,
 * so of two claims racing on one expired row the second sees the first's fresh expiry (or, for
 * claimChange, its equal value) and gets nothing. SQLite runs each statement under its single
 * write lock (busy_timeout covers other processes).
 *
 * Expired rows are deleted by the kv sweeper (SqlKvStore.sweepExpired deletes by expires_at in
 * every key space), which runs whenever the core's keyv is on SQL — that is, whenever this is.
 */
import type { Kysely } from 'kysely';
import { type CompiledStatement, compiledStatement } from '../store/compiled-statement.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import type { OnceClaim, OnceGuard } from './once-guard.js';
import { checkedTtlMs } from './once-guard-ttl.js';

/** a claimChange row's value: tells it from a plain claim's (`{"claimedAt":…}`) in the upsert */
const chosenValue = (value: string): string => JSON.stringify({ chosen: value });
const CHOSEN_PREFIX = '{"chosen":';

export class SqlOnceGuard implements OnceGuard {
  constructor(
    private readonly store: Store,
    private readonly prefix: string,
  ) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const [won] = await this.claimAll([{ key, ttlMs }]);
    return won;
  }

  async claimChange(key: string, value: string, ttlMs: number): Promise<boolean> {
    const [won] = await this.claimAll([{ key, ttlMs, value }]);
    return won;
  }

  /** one multi-row upsert: the rows it returns are the claims won */
  async claimAll(claims: readonly OnceClaim[]): Promise<boolean[]> {
    // the instance's clock decides expiry, like the kv adapter; skew between instances only
    // stretches or shortens a dedupe window by that much
    const now = Date.now();
    const rows = new Map<string, { key: string; value: string; expires_at: number }>();
    for (const { key, ttlMs, value } of claims) {
      const ttl = checkedTtlMs(key, ttlMs);
      // one statement may not upsert a row twice (PostgreSQL refuses): a repeat is lost anyway
      if (!rows.has(key)) {
        rows.set(key, {
          key: this.prefix + key,
          value: value === undefined ? JSON.stringify({ claimedAt: now }) : chosenValue(value),
          expires_at: now + ttl,
        });
      }
    }
    if (rows.size === 0) return [];
    const values = [...rows.values()];
    // a click claims one to three keys: those statements are compiled once (compiled-statement.ts)
    const compiled = claimStatements[values.length];
    const won = compiled
      ? (await compiled.run(this.store.db, [now, ...values.flatMap((r) => [r.key, r.value, r.expires_at])]))
          .rows
      : await claimQuery(this.store.db, now, values).execute();
    const taken = new Set(won.map((row) => row.key));
    const seen = new Set<string>();
    return claims.map(({ key }) => {
      const first = !seen.has(key);
      seen.add(key);
      return first && taken.has(this.prefix + key);
    });
  }
}

type KvRow = { key: string; value: string; expires_at: number };

/** the upsert of `rows`, each won only if absent, expired, or held with another chosen value */
function claimQuery(db: Kysely<Database>, now: number, rows: KvRow[]) {
  return db
    .insertInto('kv')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          expires_at: eb.ref('excluded.expires_at'),
        }))
        // a NULL expiry (never expires) compares as unknown: such a row is never taken over;
        // a claimChange row is taken over by another value too (a plain claim's value differs
        // every time, so only a claimChange value counts)
        .where((eb) =>
          eb.or([
            eb('kv.expires_at', '<=', now),
            eb.and([
              eb(eb.ref('excluded.value'), 'like', `${CHOSEN_PREFIX}%`),
              eb('kv.value', '<>', eb.ref('excluded.value')),
            ]),
          ]),
        ),
    )
    .returning('key');
}

/** by number of rows: (now, then key, value, expires_at of each row) */
const claimStatements: Record<number, CompiledStatement<Database, { key: string }>> = Object.fromEntries(
  [1, 2, 3].map((n) => [
    n,
    compiledStatement<Database, { key: string }>(1 + 3 * n, (db, now, ...fields) =>
      claimQuery(
        db,
        now as unknown as number,
        Array.from({ length: n }, (_, i) => ({
          key: fields[3 * i]!,
          value: fields[3 * i + 1]!,
          expires_at: fields[3 * i + 2] as unknown as number,
        })),
      ),
    ),
  ]),
);
