/**
 * The whiteboard: how the parts of Relais may depend on each other, checked on every file.
 * The core (`shared/`) knows no platform and no front end; a capability reaches another only
 * through its service interface and model; the two chat adapters stay apart; the tabs take from the
 * server only the pure card renderers the preview needs; and the runtime imports of `shared/` form
 * no circle (the composition imports the capabilities, never the other way round).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCycles, importsOf, sourceFiles } from '../harness/import-graph.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

const files = sourceFiles(root, ['shared', 'bots', 'tabs/src']);
const graph = new Map(files.map((file) => [rel(file), importsOf(file, root)]));

/** every (file, import) pair where the file's path starts with `from` */
const importsFrom = (from: string) =>
  [...graph]
    .filter(([file]) => file.startsWith(from))
    .flatMap(([file, list]) => list.map((dep) => ({ file, dep })));

/** the offending imports, one readable line each */
const shown = (pairs: { file: string; dep: string }[]) => pairs.map(({ file, dep }) => `${file} -> ${dep}`);

const capabilityFolders = fs
  .readdirSync(path.join(root, 'shared'))
  .filter((name) => name !== 'capability' && fs.existsSync(path.join(root, 'shared', name, 'capability.ts')));

/** what another capability may import of a capability: its service interface and its model */
const isPublicFace = (file: string) => /-(service|model)\.ts$/.test(file) && !/\/sql-[^/]+$/.test(file);

const platformPackage = /^(botbuilder|botframework-|@slack\/|@microsoft\/teams-js|adaptivecards)/;

describe('import rules', () => {
  it('finds the capabilities and the files it checks', () => {
    assert.ok(capabilityFolders.includes('news') && capabilityFolders.length >= 5, capabilityFolders.join());
    assert.ok(graph.size > 300, `${graph.size} files`);
  });

  it('the core imports no chat adapter, platform SDK or front end', () => {
    const wrong = importsFrom('shared/').filter(
      ({ dep }) => dep.startsWith('bots/') || dep.startsWith('tabs/') || platformPackage.test(dep),
    );
    assert.deepEqual(shown(wrong), []);
  });

  it('a capability reaches another only through its service interface and model', () => {
    const wrong = importsFrom('shared/').filter(({ file, dep }) => {
      const [, owner] = file.split('/');
      const [top, target] = dep.split('/');
      if (top !== 'shared' || !target || target === owner) return false;
      if (!capabilityFolders.includes(owner ?? '') || !capabilityFolders.includes(target)) return false;
      return !isPublicFace(dep);
    });
    assert.deepEqual(shown(wrong), []);
  });

  it('no capability imports the composition (core, the capability list)', () => {
    const wrong = importsFrom('shared/').filter(
      ({ file, dep }) =>
        capabilityFolders.includes(file.split('/')[1] ?? '') &&
        (dep === 'shared/core.ts' || dep === 'shared/capabilities.ts'),
    );
    assert.deepEqual(shown(wrong), []);
  });

  it('the core tests no Teams id by its wire form (a `19:` literal): the Teams adapter tells what an id is', () => {
    // comment lines may name the form; code may not branch on it
    const wrong = files
      .filter((file) => rel(file).startsWith('shared/'))
      .flatMap((file) =>
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ line: line.trim(), at: `${rel(file)}:${i + 1}` }))
          .filter(({ line }) => !/^(\*|\/\/|\/\*)/.test(line) && /['"`]19:/.test(line))
          .map(({ at }) => at),
      );
    assert.deepEqual(wrong, []);
  });

  it('the Teams and Slack adapters do not import each other', () => {
    const wrong = [
      ...importsFrom('bots/teams/').filter(({ dep }) => dep.startsWith('bots/slack/')),
      ...importsFrom('bots/slack/').filter(({ dep }) => dep.startsWith('bots/teams/')),
    ];
    assert.deepEqual(shown(wrong), []);
  });

  it('the tabs take from the server only the pure card renderers and the card model', () => {
    const allowed = new Set([
      'bots/teams/cards/render-adaptive-card.ts',
      'bots/slack/cards/render-block-kit.ts',
      'shared/cards/model.ts',
    ]);
    const wrong = importsFrom('tabs/src/').filter(
      ({ dep }) => (dep.startsWith('shared/') || dep.startsWith('bots/')) && !allowed.has(dep),
    );
    assert.deepEqual(shown(wrong), []);
  });

  it('the runtime imports of the core and the tabs form no circle', () => {
    const cycles = importCycles(files, root).filter((cycle) =>
      cycle.every((file) => file.startsWith('shared/') || file.startsWith('tabs/src/')),
    );
    assert.deepEqual(cycles, []);
  });

  it('no circle of imports, types included, joins two folders of the core (the composition and its parts)', () => {
    const folderOf = (file: string) => file.split('/').slice(0, 2).join('/');
    const cycles = importCycles(files, root, { types: true }).filter(
      (cycle) => cycle.every((file) => file.startsWith('shared/')) && new Set(cycle.map(folderOf)).size > 1,
    );
    assert.deepEqual(cycles, []);
  });

  it('would name a circle (two files importing each other), and not one of types only or lazy imports', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-circle-'));
    try {
      const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
      write('a.ts', "import { b } from './b.js';\nexport const a = () => b;\n");
      write('b.ts', "import { a } from './a.js';\nexport const b = () => a;\n");
      write('c.ts', "import type { d } from './d.js';\nexport const c = (x: typeof d) => x;\n");
      write('d.ts', "export const d = () => import('./c.js');\n");
      const all = ['a.ts', 'b.ts', 'c.ts', 'd.ts'].map((name) => path.join(dir, name));
      const named = (cycles: string[][]) => cycles.map((cycle) => cycle.map((file) => path.basename(file)));
      assert.deepEqual(named(importCycles(all, dir)), [['a.ts', 'b.ts']]);
      assert.deepEqual(named(importCycles(all, dir, { types: true })).sort(), [
        ['a.ts', 'b.ts'],
        ['c.ts', 'd.ts'],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
