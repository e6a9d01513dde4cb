/**
 * Reads the recorded platform payloads of test/fixtures/replay (see the README there for where
 * each came from and what was rewritten).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/replay');

// biome-ignore lint/suspicious/noExplicitAny: recorded wire JSON, read freely by the tests
export type Recorded = Record<string, any>;

/** a fresh copy of `platform/name.json`, so a test may point its URLs at the local fakes */
export const recorded = (platform: 'teams' | 'slack', name: string): Recorded =>
  JSON.parse(fs.readFileSync(path.join(root, platform, `${name}.json`), 'utf8'));

/** every fixture of a platform, by name: a test per file keeps a new recording from going unplayed */
export const recordedNames = (platform: 'teams' | 'slack'): string[] =>
  fs
    .readdirSync(path.join(root, platform))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
