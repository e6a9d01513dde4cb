import assert from 'node:assert/strict';
import fs from 'node:fs';
// @ts-expect-error: a plain .mjs maintenance script, no type declarations
import { missingOptionalEntries } from '../../infra/complete-lockfile.mjs';

describe('package-lock.json', () => {
  it('lists every optional platform package, so that npm ci accepts it on a fresh machine', () => {
    const lock = JSON.parse(fs.readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
    const missing = missingOptionalEntries(lock.packages).map((m: { name: string }) => m.name);
    assert.deepEqual(missing, [], 'run `node infra/complete-lockfile.mjs` after npm install');
  });
});
