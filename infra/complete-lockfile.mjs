// Completes package-lock.json with the platform-specific optional packages the registry mirror
// here does not serve (Biome and msgpackr-extract builds for other systems). `npm install`
// leaves them out of the lock; `npm ci` then refuses the lock as out of sync. Each added entry
// names its os/cpu, so `npm ci` skips it on this platform without fetching anything.
// Run: node infra/complete-lockfile.mjs  (test/unit/lockfile.test.ts says when it is needed)
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));

export function missingOptionalEntries(packages) {
  const missing = [];
  for (const [path, entry] of Object.entries(packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
      if (!packages[nested] && !packages[`node_modules/${name}`])
        missing.push({ name, version, dev: entry.dev });
    }
  }
  return missing;
}

function platformOf(name) {
  const match = name.match(/(android|darwin|linux|win32|freebsd)-(arm64|x64|arm|ia32)(-musl)?$/);
  if (!match) throw new Error(`cannot tell the platform of ${name}: add its lock entry by hand`);
  const [, os, cpu, musl] = match;
  return { os: [os], cpu: [cpu], ...(os === 'linux' ? { libc: [musl ? 'musl' : 'glibc'] } : {}) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = missingOptionalEntries(lock.packages);
  for (const { name, version, dev } of missing) {
    lock.packages[`node_modules/${name}`] = {
      version,
      ...platformOf(name),
      ...(dev ? { dev } : {}),
      optional: true,
    };
  }
  const [root, ...rest] = Object.entries(lock.packages);
  lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => a.localeCompare(b, 'en'))]);
  fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(
    missing.length ? `added ${missing.map((m) => m.name).join(', ')}` : 'package-lock.json is complete',
  );
}
