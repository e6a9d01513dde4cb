/**
 * Real database servers for contract suites: each suite gets an isolated PostgreSQL schema
 * (dropped after) and an isolated Redis key prefix (its keys deleted after), and an SQLite file in
 * a temporary directory. An unreachable server skips its suite visibly, unless
 * RELAIS_REQUIRE_SERVICES=1 (CI), where it fails the run.
 *
 * `describeEachStore` runs a suite on SQLite and PostgreSQL; `describeEachBackend` adds Redis for
 * the ports that have a Redis implementation (keyv, JobQueue).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import type { Context } from 'mocha';
import pg from 'pg';
import { relaisMigrations } from '../../shared/capabilities.js';
import { openStore, type StoreOptions } from '../../shared/store/open-store.js';

/** Where a test store lives; every store is migrated with all of Relais's steps. */
export type StoreLocation = Omit<StoreOptions, 'migrations'>;

import type { Store } from '../../shared/store/store.js';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const DEFAULT_TEST_REDIS_URL = 'redis://127.0.0.1:6379';

export const servicesRequired = (): boolean => process.env.RELAIS_REQUIRE_SERVICES === '1';

export type BackendKind = 'sqlite' | 'postgres' | 'redis';

/** What a test (or a child process it spawns) needs to reach one isolated backend. */
export interface Backend {
  kind: BackendKind;
  /** SQL backends: options for openStore (same database for every call) */
  storeOptions?: StoreLocation;
  /** Redis backend: the server URL, and the prefix every key of this suite must start with */
  redisUrl?: string;
  redisPrefix?: string;
  /**
   * opens a new Store on this backend's database; for Redis, an in-memory SQLite store stands for
   * the main database that always sits beside Redis. Closed by the harness after the suite.
   */
  openStore(): Promise<Store>;
  /** drops the schema, deletes the keys or the directory */
  dispose(): Promise<void>;
}

const unique = (): string => `relais_t_${randomBytes(5).toString('hex')}`;

/** A fresh PostgreSQL schema; undefined when the server is unreachable. */
export async function postgresTestUrl(): Promise<
  { url: string; schema: string; drop(): Promise<void> } | undefined
> {
  const base = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const admin = new pg.Client({ connectionString: base, connectionTimeoutMillis: 2_000 });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => undefined);
    unreachable('PostgreSQL', base, error);
    return undefined;
  }
  const schema = unique();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** An isolated Redis key prefix; undefined when the server is unreachable. */
export async function redisTestUrl(): Promise<
  { url: string; prefix: string; flush(): Promise<void> } | undefined
> {
  const url = process.env.TEST_REDIS_URL ?? DEFAULT_TEST_REDIS_URL;
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0 });
  client.on('error', () => undefined); // reported below through connect()'s rejection
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    unreachable('Redis', url, error);
    return undefined;
  }
  const prefix = unique();
  return {
    url,
    prefix,
    async flush() {
      // only this suite's keys: the server may be shared with other suites running in parallel
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        cursor = next;
        if (keys.length > 0) await client.unlink(...keys);
      } while (cursor !== '0');
      await client.quit();
    },
  };
}

function unreachable(what: string, url: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  const line = `${what} unreachable at ${redact(url)} (${reason})`;
  if (servicesRequired()) throw new Error(`${line}; RELAIS_REQUIRE_SERVICES=1 requires it`);
  console.warn(`\n  ⚠ SKIPPING ${what}: ${line}. Set RELAIS_REQUIRE_SERVICES=1 to fail instead.\n`);
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** Creates one isolated backend of the given kind; undefined when its server is unreachable. */
export async function createBackend(kind: BackendKind): Promise<Backend | undefined> {
  const stores: Store[] = [];
  const track = async (options: StoreLocation): Promise<Store> => {
    const store = await openStore({ ...options, migrations: relaisMigrations });
    stores.push(store);
    return store;
  };
  const closeStores = async (): Promise<void> => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  };
  if (kind === 'sqlite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-contract-'));
    const storeOptions: StoreLocation = { dataDir };
    return {
      kind,
      storeOptions,
      openStore: () => track(storeOptions),
      async dispose() {
        await closeStores();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  if (kind === 'postgres') {
    const database = await postgresTestUrl();
    if (!database) return undefined;
    const storeOptions: StoreLocation = { databaseUrl: database.url, dataDir: os.tmpdir() };
    return {
      kind,
      storeOptions,
      openStore: () => track(storeOptions),
      async dispose() {
        await closeStores();
        await database.drop();
      },
    };
  }
  const redis = await redisTestUrl();
  if (!redis) return undefined;
  return {
    kind,
    redisUrl: redis.url,
    redisPrefix: redis.prefix,
    openStore: () => track({ dataDir: os.tmpdir(), sqliteFile: ':memory:' }),
    async dispose() {
      await closeStores();
      await redis.flush();
    },
  };
}

/**
 * Declares `describe(`${name} [kind]`)` once per kind; `fn` receives a getter for the suite's
 * backend (ready inside hooks and tests). An unreachable server skips that block visibly.
 */
export function describeEach(kinds: BackendKind[], name: string, fn: (backend: () => Backend) => void): void {
  for (const kind of kinds) {
    describe(`${name} [${kind}]`, () => {
      let backend: Backend | undefined;
      before(async function (this: Context) {
        this.timeout(15_000);
        backend = await createBackend(kind);
        if (!backend) this.skip();
      });
      fn(() => {
        if (!backend) throw new Error(`${kind} backend not ready`);
        return backend;
      });
      // registered after fn's hooks: mocha runs a suite's `after` hooks in the order they were
      // declared, and what the suite opened must close before its database goes
      after(async () => {
        await backend?.dispose();
      });
    });
  }
}

/** SQLite and PostgreSQL: for ports that live in the SQL store. */
export const describeEachStore = (name: string, fn: (backend: () => Backend) => void): void =>
  describeEach(['sqlite', 'postgres'], name, fn);

/** SQLite, PostgreSQL and Redis: for keyv and the JobQueue. */
export const describeEachBackend = (name: string, fn: (backend: () => Backend) => void): void =>
  describeEach(['sqlite', 'postgres', 'redis'], name, fn);

export type ServerBackendKind = 'sqlite' | 'postgres' | 'postgres+redis';

/**
 * Declares `describe(`${name} [${kind}]`)` once per kind for suites that start Relais servers;
 * `fn` gets the environment those servers need: nothing for SQLite, a fresh PostgreSQL schema,
 * and with Redis its own key prefix used as REDIS_QUEUE_PREFIX too — servers sharing one Redis
 * with one queue prefix take each other's jobs and find nothing in their own database. An
 * unreachable server skips its block visibly.
 */
export function describeServerBackends(
  name: string,
  fn: (backendEnv: () => Record<string, string>) => void,
  options: { kinds?: readonly ServerBackendKind[]; timeoutMs?: number } = {},
): void {
  for (const kind of options.kinds ?? ['sqlite', 'postgres+redis']) {
    describe(`${name} [${kind}]`, function () {
      this.timeout(options.timeoutMs ?? 60_000);
      const env: Record<string, string> = {};
      const cleanups: (() => Promise<void>)[] = [];
      before(async function (this: Context) {
        if (kind === 'sqlite') return;
        const database = await postgresTestUrl();
        if (!database) this.skip();
        cleanups.push(() => database!.drop());
        env.DATABASE_URL = database!.url;
        if (kind === 'postgres') return;
        const redis = await redisTestUrl();
        if (!redis) this.skip();
        cleanups.push(() => redis!.flush());
        env.REDIS_URL = redis!.url;
        env.REDIS_QUEUE_PREFIX = redis!.prefix;
      });
      fn(() => env);
      // registered after fn's hooks: mocha runs a suite's `after` hooks in the order they were
      // declared, so the servers the suite started (and their running jobs) close before the
      // schema is dropped under them
      after(async () => {
        for (const cleanup of cleanups) await cleanup();
      });
    });
  }
}
