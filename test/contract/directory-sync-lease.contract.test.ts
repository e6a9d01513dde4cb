/**
 * A directory run's end and its lease: whoever sees a run ended (an admin who then asks for the
 * next one) must find the lease free. The end used to be saved first and the lease released after,
 * so a "sync now" in between answered "already running" (seen in the Entra sync test on a loaded
 * machine). Here the next run is asked for at the moment the run's end is logged, right after it
 * is saved.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { DirectoryReader } from '../../shared/directory/directory-source.js';
import { createDirectorySync, type DirectorySync } from '../../shared/directory/directory-sync.js';
import { directoryDb } from '../../shared/directory/directory-tables.js';
import { createLogger } from '../../shared/logging/logger.js';
import type { Store } from '../../shared/store/store.js';
import { describeEachStore } from '../harness/databases.js';

/** one empty page, then the round is done */
const emptySource: DirectoryReader = {
  name: 'entra',
  key: async () => 'entra:lease-test',
  readPage: async () => ({ items: [], next: { cursor: 'delta', state: 'done' } }),
};

describeEachStore('Directory sync: a run’s end frees its lease', (backend) => {
  let store: Store;
  before(async () => {
    store = await backend().openStore();
  });

  it('lets the next run start as soon as the last one is seen to have ended', async () => {
    let sync: DirectorySync | undefined;
    let next: Promise<unknown> | undefined;
    const lines = new Writable({
      write(chunk, _encoding, done) {
        const line = JSON.parse(String(chunk)) as { msg?: string };
        if (line.msg === 'directory sync finished' && !next) {
          next = sync!.start('api').then(
            async ({ done: ended }) => (await ended).status,
            (error: Error) => error.message,
          );
        }
        done();
      },
    });
    sync = createDirectorySync({
      db: directoryDb(store),
      logger: createLogger('info', lines),
      readers: [emptySource],
      onLeavers: async () => undefined,
    });
    const first = await sync.start('api');
    assert.equal((await first.done).status, 'succeeded');
    await waitFor(() => next !== undefined);
    assert.equal(await next, 'succeeded');
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(condition(), 'the run’s end was never logged');
}
