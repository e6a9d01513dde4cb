import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeServerBackends } from '../../harness/databases.js';
import {
  DIRECTORY_API_KEY,
  type DirectoryWorld,
  entraDirectoryEnv,
  type RunBody,
  startDirectoryWorld,
} from '../../harness/directory-world.js';
import { pollUntil } from '../../harness/eventually.js';
import { startTestRelais } from '../../harness/relais.js';

describeServerBackends(
  'Directory: runs, one at a time, on demand from REST and the command line',
  (backendEnv) => {
    let world: DirectoryWorld | undefined;
    afterEach(async () => {
      await world?.close();
      world = undefined;
    });

    it('refuses a second run while one holds the lease, on this instance and on another, and shows its progress', async () => {
      world = await startDirectoryWorld(backendEnv(), { DIRECTORY_PAGE_SIZE: '2' });
      const w = world;
      w.graph.pageSize = 2;
      for (let i = 0; i < 4; i += 1)
        w.graph.setUser({ id: `u-${i}`, userPrincipalName: `u${i}@${w.domain}`, mail: `u${i}@${w.domain}` });
      // the first page waits: the run is caught under way
      const held = w.graph.hold('/users/delta');
      const started = await w.call('/directory/sync', { method: 'POST' });
      assert.equal(started.status, 202);
      const run = (await started.json()) as RunBody;
      assert.equal(run.status, 'running');
      await held.reached();
      const second = await w.call('/directory/sync', {
        method: 'POST',
        headers: { 'Accept-Language': 'fr' },
      });
      assert.equal(second.status, 409);
      assert.match((await second.json()).error.message, /déjà en cours/);
      const env = backendEnv();
      if (env.DATABASE_URL) {
        // another instance on the same database sees the same lease
        const other = await startTestRelais({ ...env, ...entraDirectoryEnv(w.graph) });
        try {
          const elsewhere = await fetch(`${other.url}/api/v1/directory/sync`, {
            method: 'POST',
            headers: { 'X-Api-Key': DIRECTORY_API_KEY },
          });
          assert.equal(elsewhere.status, 409);
        } finally {
          await other.close();
        }
      }
      held.release();
      const ended = await pollUntil(
        async () => ((await (await w.call('/directory/runs')).json()) as { runs: RunBody[] }).runs,
        (runs) => runs.some((r) => r.id === run.id && r.status !== 'running'),
        { what: 'the first run to end' },
      );
      assert.equal(ended.length, 1);
      const done = await w.sync();
      assert.equal(done.status, 'succeeded', done.errors.join('; '));
    });

    it('`directory sync` on the command line runs one sync and prints its counts in the terminal’s language', async function () {
      this.timeout(60_000);
      world = await startDirectoryWorld(backendEnv());
      const w = world;
      w.graph.setUser({
        id: 'u-cli',
        userPrincipalName: `cli@${w.domain}`,
        mail: `cli@${w.domain}`,
        displayName: 'Cli',
      });
      w.graph.setUser({ id: 'u-none', userPrincipalName: `none@${w.domain}`, mail: null });
      const dataDir = backendEnv().DATABASE_URL ? os.tmpdir() : w.relais.dataDir;
      const out = await runMain(['directory', 'sync'], {
        ...backendEnv(),
        DATA_DIR: dataDir,
        // the terminal's language wins over the server's default
        DEFAULT_LOCALE: 'en',
        LANG: 'fr_FR.UTF-8',
        LOG_LEVEL: 'silent',
        ...entraDirectoryEnv(w.graph),
      });
      assert.equal(out.code, 0, out.stderr);
      assert.match(
        out.stdout,
        /Synchronisation de l’annuaire réussie en [\d.,]+ s : 1 créées, 0 mises à jour, 0 désactivées, 0 conflits, 1 ignorées/,
      );
      assert.match(out.stdout, /ignorées, pas d’adresse e-mail \(no_address\) : 1/);
      assert.doesNotMatch(out.stdout, /skipped/);
      assert.equal((await w.person(`cli@${w.domain}`))?.displayName, 'Cli');
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);

async function runMain(args: string[], env: Record<string, string>) {
  const root = path.resolve(import.meta.dirname, '../../..');
  assert.ok(fs.existsSync(path.join(root, 'main.ts')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}
