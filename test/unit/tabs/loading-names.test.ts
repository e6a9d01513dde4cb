/**
 * Every spinner and progress bar of the console has a name a screen reader can say. Fluent renders
 * both as `role="progressbar"`, and one without a name fails axe's aria-progressbar-name rule; the
 * browser tests only catch it when axe happens to run while the page is still loading, so the rule
 * is checked here on every source file instead.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceFiles } from '../../harness/import-graph.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** the opening tags of `component` in a source text, with where each starts */
function tagsOf(source: string, component: string): { at: number; tag: string }[] {
  const found: { at: number; tag: string }[] = [];
  const opening = new RegExp(`<${component}\\b`, 'g');
  for (let match = opening.exec(source); match; match = opening.exec(source)) {
    const end = source.indexOf('>', match.index);
    found.push({ at: match.index, tag: source.slice(match.index, end + 1) });
  }
  return found;
}

const named = (tag: string) => /\b(label|aria-label|aria-labelledby|aria-hidden)\b/.test(tag);
/** a progress bar inside a Field takes the field's label as its name */
const insideField = (source: string, at: number) => {
  const before = source.slice(0, at);
  return before.lastIndexOf('<Field') > before.lastIndexOf('</Field>');
};

describe('tabs: loading indicators have a name', () => {
  const files = sourceFiles(root, ['tabs/src']).filter((file) => file.endsWith('.tsx'));

  it('finds the console’s components', () => {
    assert.ok(files.length > 20, `only ${files.length} .tsx files under tabs/src`);
  });

  it('names every Spinner and ProgressBar', () => {
    const unnamed: string[] = [];
    let seen = 0;
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      for (const component of ['Spinner', 'ProgressBar']) {
        for (const { at, tag } of tagsOf(source, component)) {
          seen += 1;
          if (named(tag) || (component === 'ProgressBar' && insideField(source, at))) continue;
          const line = source.slice(0, at).split('\n').length;
          unnamed.push(`${path.relative(root, file)}:${line} ${tag.replace(/\s+/g, ' ')}`);
        }
      }
    }
    assert.ok(seen > 5, `only ${seen} loading indicators found`);
    assert.deepEqual(unnamed, []);
  });

  it('tells a named tag from an unnamed one', () => {
    assert.deepEqual(
      tagsOf('<Spinner />\n<Spinner label={t("x")} />', 'Spinner').map(({ tag }) => named(tag)),
      [false, true],
    );
    const source = '<Field label="a"><ProgressBar value={1} /></Field><ProgressBar value={0} />';
    assert.deepEqual(
      tagsOf(source, 'ProgressBar').map(({ at }) => insideField(source, at)),
      [true, false],
    );
  });
});
