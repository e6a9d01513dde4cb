/**
 * The card text paths give the same output as before the linear rewrite, for every text of the
 * corpus (render-corpus.ts). The snapshot was taken from the regex-based parser and escaping;
 * `RENDER_CORPUS_WRITE=1` rewrites it, which only a deliberate change of output should need.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDigests, corpusTexts, textPaths } from './render-corpus.js';

const snapshotFile = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'render-corpus.snapshot.json',
);

describe('card text paths on the corpus', () => {
  const actual = corpusDigests();
  if (process.env.RENDER_CORPUS_WRITE === '1') {
    fs.mkdirSync(path.dirname(snapshotFile), { recursive: true });
    fs.writeFileSync(snapshotFile, `${JSON.stringify(actual)}\n`);
  }
  const expected = JSON.parse(fs.readFileSync(snapshotFile, 'utf8')) as Record<string, string[]>;
  const texts = corpusTexts();

  for (const name of Object.keys(textPaths)) {
    it(`${name} gives the snapshot's output for each of the ${texts.length} texts`, () => {
      const differing = texts.flatMap((text, i) => (actual[name][i] === expected[name]?.[i] ? [] : [text]));
      assert.deepEqual(differing.slice(0, 5), [], `${differing.length} texts differ`);
    });
  }
});
