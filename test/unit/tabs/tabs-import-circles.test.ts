/**
 * No runtime import circle in the tab app: a page that imports the page that imports it runs
 * before its own imports are ready (the polls console had four, through polls-page.tsx). Type-only
 * imports are erased and lazy `import()` loads later, so neither counts.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../../tabs/src/', import.meta.url));

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The files under `within` this one imports for its values (not its types). */
function runtimeImports(file: string, within: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    let specifier: string | undefined;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          bindings &&
          ts.isNamedImports(bindings) &&
          bindings.elements.length > 0 &&
          bindings.elements.every((element) => element.isTypeOnly));
      if (!onlyTypes) specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    }
    if (!specifier?.startsWith('.')) continue;
    const base = path.resolve(path.dirname(file), specifier.replace(/\.js$/, ''));
    const target = [`${base}.ts`, `${base}.tsx`].find((candidate) => fs.existsSync(candidate));
    if (target?.startsWith(within)) found.push(target);
  }
  return found;
}

/** Every circle found by a depth-first walk, as `a -> b -> a` relative to `within`. */
function importCircles(files: string[], within: string): string[] {
  const graph = new Map(files.map((file) => [file, runtimeImports(file, within)]));
  const done = new Set<string>();
  const trail: string[] = [];
  const circles: string[] = [];
  const visit = (file: string) => {
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      const at = trail.indexOf(next);
      if (at >= 0) circles.push([...trail.slice(at), next].map((f) => path.relative(within, f)).join(' -> '));
      else if (!done.has(next)) visit(next);
    }
    trail.pop();
    done.add(file);
  };
  for (const file of files) if (!done.has(file)) visit(file);
  return circles;
}

describe('tab app imports', () => {
  it('have no runtime circle', () => {
    const files = sources(root);
    assert.ok(files.length > 50, 'the tab sources are found');
    assert.deepEqual(importCircles(files, root), []);
  });

  it('would name a circle (two files importing each other)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-circle-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b.js';\nexport const a = () => b;\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a.js';\nexport const b = () => a;\n");
      fs.writeFileSync(
        path.join(dir, 'c.ts'),
        "import type { a } from './a.js';\nexport type C = typeof a;\n",
      );
      const files = ['a.ts', 'b.ts', 'c.ts'].map((name) => path.join(dir, name));
      assert.deepEqual(importCircles(files, dir), ['a.ts -> b.ts -> a.ts']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
