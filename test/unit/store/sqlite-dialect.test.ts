/**
 * Two connections on one SQLite file, as two server processes (SERVER_PROCESSES) or the CLI beside
 * a server have (sqlite-dialect.ts): transactions that read, then write, all commit and count
 * exactly, and a write waiting for another connection's lock leaves the event loop free.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { relaisMigrations } from '../../../shared/capabilities.js';
import { openStore } from '../../../shared/store/open-store.js';
import type { Store } from '../../../shared/store/store.js';

describe('SQLite shared by several connections', () => {
  let dataDir: string;
  let stores: Store[];

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-sqlite-dialect-'));
    const open = () => openStore({ dataDir, migrations: relaisMigrations });
    stores = [await open(), await open()];
    await sql`create table tally (id integer primary key, n integer not null)`.execute(stores[0]!.db);
    await sql`insert into tally (id, n) values (1, 0)`.execute(stores[0]!.db);
  });

  afterEach(async () => {
    for (const store of stores) await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const count = async (store: Store) => {
    const { rows } = await sql<{ n: number }>`select n from tally where id = 1`.execute(store.db);
    return rows[0]!.n;
  };

  it('commits every read-then-write transaction of two connections, in turn', async () => {
    const increment = (store: Store) =>
      store.db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ n: number }>`select n from tally where id = 1`.execute(trx);
        await sql`update tally set n = ${rows[0]!.n + 1} where id = 1`.execute(trx);
      });
    // interleaved: each transaction's statements are microtasks, so the two connections' steps alternate
    await Promise.all(Array.from({ length: 100 }, (_, i) => increment(stores[i % 2]!)));
    assert.equal(await count(stores[0]!), 100);
    assert.equal(await count(stores[1]!), 100);
  });

  it('waits for another connection’s write lock without holding the event loop', async () => {
    const other = new SqliteDatabase(path.join(dataDir, 'relais.db'));
    try {
      other.prepare('begin immediate').run();
      let written = false;
      const write = sql`update tally set n = n + 1 where id = 1`.execute(stores[0]!.db).then(() => {
        written = true;
      });
      // timers still fire while the write waits: the loop is free
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(written, false, 'the write went through a held lock');
      other.prepare('update tally set n = n + 10 where id = 1').run();
      other.prepare('commit').run();
      await write;
      assert.equal(await count(stores[0]!), 11);
    } finally {
      other.close();
    }
  });
});
