/**
 * An embedded server (SQLite, no REDIS_URL) never loads the optional backends' client libraries
 * (backend-drivers.ts): pg, ioredis and BullMQ are RSS it would hold for nothing. Checked in a
 * fresh Node process, since this test process loads them for other suites; the CommonJS module
 * cache names every package a process loaded, whether imported or required.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** the packages of `watched` a fresh server process loaded once started and closed */
async function packagesLoadedByAServer(env: Record<string, string>, watched: string[]): Promise<string[]> {
  const script = `
    import { createRequire } from 'node:module';
    import { startRelais } from './bots/start-relais.ts';
    const relais = await startRelais({ env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent' } });
    await relais.close();
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    const watched = ${JSON.stringify(watched)};
    console.log(JSON.stringify(watched.filter((p) => loaded.some((f) => f.includes('/node_modules/' + p + '/')))));
  `;
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: undefined, REDIS_URL: undefined, ...env },
        timeout: 60_000,
      },
      (error, out) => (error ? reject(error) : resolve(out)),
    ),
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]');
}

describe('Optional backend drivers', () => {
  it('an embedded server loads neither pg nor ioredis nor BullMQ', async function () {
    this.timeout(90_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-drivers-'));
    try {
      const loaded = await packagesLoadedByAServer({ DATA_DIR: dataDir }, ['pg', 'ioredis', 'bullmq']);
      assert.deepEqual(loaded, []);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
