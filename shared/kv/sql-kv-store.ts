/**
 * A keyv storage adapter over the main database's `kv` table (key, value, expires_at epoch ms), so
 * the embedded default needs neither Redis nor a second SQLite file. One code path for SQLite and
 * PostgreSQL: upserts use ON CONFLICT, prefix matches use substr() rather than LIKE (SQLite's LIKE
 * ignores ASCII case, which would let namespace "A" clear namespace "a").
 *
 * Keyv prefixes every key with `namespace:` before it reaches the adapter and sets
 * `adapter.namespace`; clear() and iterator() stay inside that prefix, so two Keyv instances with
 * different namespaces on one table never see or erase each other's keys.
 */
import { EventEmitter } from 'node:events';
import type { KeyvStoreAdapter, StoredData } from 'keyv';
import { sql } from 'kysely';
import { compiledStatement } from '../store/compiled-statement.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';

export interface SqlKvStoreOptions {
  /** how often expired rows are deleted; default 60 s. The timer is unref'd. */
  sweepIntervalMs?: number;
}

const DEFAULT_SWEEP_INTERVAL_MS = 60_000;

/** read on every click (profile caches): compiled once (compiled-statement.ts) */
const getStatement = compiledStatement<Database, { value: unknown; expires_at: number | null }>(
  1,
  (db, key) => db.selectFrom('kv').select(['value', 'expires_at']).where('key', '=', key),
);

export class SqlKvStore extends EventEmitter implements KeyvStoreAdapter {
  readonly opts: { dialect: Store['dialect']; sweepIntervalMs: number };
  namespace?: string;
  private readonly store: Store;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(store: Store, options: SqlKvStoreOptions = {}) {
    super();
    this.store = store;
    const sweepIntervalMs = options.sweepIntervalMs ?? DEFAULT_SWEEP_INTERVAL_MS;
    this.opts = { dialect: store.dialect, sweepIntervalMs };
    this.sweeper = setInterval(() => {
      this.sweepExpired().catch((error: unknown) => this.emit('error', error));
    }, sweepIntervalMs);
    this.sweeper.unref();
  }

  async get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    const [row] = (await getStatement.run(this.store.db, [key])).rows;
    if (!row || isExpired(row.expires_at)) return undefined;
    return row.value as StoredData<Value>;
  }

  async getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    if (keys.length === 0) return [];
    const rows = await this.store.db
      .selectFrom('kv')
      .select(['key', 'value', 'expires_at'])
      .where('key', 'in', keys)
      .execute();
    const live = new Map(rows.filter((r) => !isExpired(r.expires_at)).map((r) => [r.key, r.value]));
    return keys.map((key) => live.get(key) as StoredData<Value | undefined>);
  }

  async has(key: string): Promise<boolean> {
    return (await this.get(key)) !== undefined;
  }

  async hasMany(keys: string[]): Promise<boolean[]> {
    const values = await this.getMany(keys);
    return values.map((value) => value !== undefined);
  }

  async set(key: string, value: unknown, ttl?: number): Promise<boolean> {
    await this.upsert([{ key, value, ttl }]);
    return true;
  }

  async setMany(entries: Array<{ key: string; value: unknown; ttl?: number }>): Promise<void> {
    await this.upsert(entries);
  }

  async delete(key: string): Promise<boolean> {
    const result = await this.store.db.deleteFrom('kv').where('key', '=', key).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    if (keys.length === 0) return false;
    const result = await this.store.db.deleteFrom('kv').where('key', 'in', keys).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Clears this adapter's namespace only; without a namespace, the whole table (keyv's contract). */
  async clear(): Promise<void> {
    const prefix = this.prefix();
    let query = this.store.db.deleteFrom('kv');
    if (prefix) query = query.where(sql<boolean>`substr(${sql.ref('key')}, 1, ${prefix.length}) = ${prefix}`);
    await query.execute();
  }

  async *iterator<Value>(
    namespace?: string,
  ): AsyncGenerator<Array<string | Awaited<Value> | undefined>, void> {
    const prefix = namespace ? `${namespace}:` : undefined;
    let query = this.store.db.selectFrom('kv').select(['key', 'value', 'expires_at']).orderBy('key');
    if (prefix) query = query.where(sql<boolean>`substr(${sql.ref('key')}, 1, ${prefix.length}) = ${prefix}`);
    for (const row of await query.execute()) {
      if (!isExpired(row.expires_at)) yield [row.key, row.value as Awaited<Value>];
    }
  }

  /** Deletes expired rows; also run by the periodic sweeper. Returns how many went. */
  async sweepExpired(now = Date.now()): Promise<number> {
    const result = await this.store.db.deleteFrom('kv').where('expires_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Stops the sweeper. The database belongs to the Store and is closed with it. */
  async disconnect(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
  }

  private prefix(): string | undefined {
    return this.namespace ? `${this.namespace}:` : undefined;
  }

  private async upsert(entries: Array<{ key: string; value: unknown; ttl?: number }>): Promise<void> {
    if (entries.length === 0) return;
    const now = Date.now();
    const rows = entries.map(({ key, value, ttl }) => ({
      key,
      // keyv hands over its serialized string; anything else (a custom serializer) is kept as JSON
      value: typeof value === 'string' ? value : JSON.stringify(value),
      expires_at: typeof ttl === 'number' && ttl > 0 ? now + ttl : null,
    }));
    await this.store.db
      .insertInto('kv')
      .values(rows)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          expires_at: eb.ref('excluded.expires_at'),
        })),
      )
      .execute();
  }
}

function isExpired(expiresAt: number | null): boolean {
  return expiresAt !== null && Number(expiresAt) <= Date.now();
}
