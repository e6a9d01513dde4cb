/**
 * Makes sure tabs/dist is a build of the current sources: builds with Vite once when dist is
 * missing or older than any file it is built from: tabs/ (sources, index.html, vite.config.ts)
 * and the card model and renderers the console bundles for its live previews.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const tabsDir = path.join(repoRoot, 'tabs');
const builtIndex = path.join(tabsDir, 'dist', 'index.html');
/** folders outside tabs/ whose files the tab bundle imports (news composer previews) */
const bundledDirs = ['shared/cards', 'bots/teams/cards', 'bots/slack/cards'].map((dir) =>
  path.join(repoRoot, dir),
);

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export async function ensureTabsBuilt(): Promise<'fresh' | 'built'> {
  const builtAt = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
  const newestSource = Math.max(...[tabsDir, ...bundledDirs].map(newestSourceTime));
  if (builtAt > newestSource) return 'fresh';
  await promisify(execFile)(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'tabs/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: repoRoot, timeout: 60_000 },
  );
  return 'built';
}
