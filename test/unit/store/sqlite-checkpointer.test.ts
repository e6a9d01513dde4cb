/**
 * WAL checkpoints off the event loop (shared/store/sqlite-checkpointer.ts): once the worker runs,
 * the server's connection checkpoints only as a backstop, and closing the store stops the worker
 * and leaves the database whole, without a WAL behind.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { relaisMigrations } from '../../../shared/capabilities.js';
import { openStore } from '../../../shared/store/open-store.js';
import type { Store } from '../../../shared/store/store.js';

const autocheckpoint = async (store: Store): Promise<number> => {
  const { rows } = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(store.db);
  return Number(rows[0]?.wal_autocheckpoint);
};

/** the worker says it is ready over a message: wait for that, bounded by a generous deadline */
async function handedOver(store: Store): Promise<number> {
  const deadline = Date.now() + 10_000;
  let pages = await autocheckpoint(store);
  while (pages === 1_000 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    pages = await autocheckpoint(store);
  }
  return pages;
}

describe('SQLite checkpoints on a thread of their own', function () {
  this.timeout(30_000);
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-checkpoints-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("leaves the connection's own checkpoints as a backstop once the worker runs", async () => {
    const store = await openStore({ dataDir, migrations: relaisMigrations });
    try {
      // SQLite's default is 1,000 pages, checkpointed inside the commit that passes it
      assert.equal(await handedOver(store), 10_000);
    } finally {
      await store.close();
    }
  });

  it('keeps every write, and leaves no WAL once closed', async () => {
    const store = await openStore({ dataDir, migrations: relaisMigrations });
    await handedOver(store);
    // a few thousand pages: past SQLite's threshold, so the worker has checkpoints to run
    const value = 'x'.repeat(4_000);
    for (let i = 0; i < 3_000; i++) {
      await sql`insert into kv (key, value, expires_at) values (${`checkpoint-${i}`}, ${value}, ${null})`.execute(
        store.db,
      );
    }
    await store.close();
    assert.deepEqual(fs.readdirSync(dataDir).sort(), ['relais.db']);
    const reopened = await openStore({ dataDir, migrations: relaisMigrations });
    try {
      const { rows } = await sql<{
        n: number;
      }>`select count(*) as n from kv where key like 'checkpoint-%'`.execute(reopened.db);
      assert.equal(Number(rows[0].n), 3_000);
    } finally {
      await reopened.close();
    }
  });
});
