/**
 * The command line behind main.ts: start the server (default), import people, write manifests.
 * Each command reads the same configuration as the server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../shared/config/config.js';
import { createCore } from '../shared/core.js';
import { skipReasonKey } from '../shared/directory/directory-i18n.js';
import { isAppError } from '../shared/errors/errors.js';
import { type Locale, toLocale, translate } from '../shared/i18n/i18n.js';
import { createLogger } from '../shared/logging/logger.js';
import { type ImportedPersonRef, importPeople } from '../shared/people/people-import.js';
import { firstRunLines } from '../shared/signin/first-run.js';
import { toursAfterImport } from '../shared/tours/triggers/after-import.js';
import { registeredCommands } from './registered-commands.js';
import { isFirstServer, isSupervisor, superviseServers } from './server-processes.js';
import { describeSlack } from './slack/slack-surface.js';
import { type RunningRelais, startRelais } from './start-relais.js';

const usage = `Usage:
  relais [start]                          start the server
  relais people import FILE [--dry-run]   import people from a .csv or .json file
  relais directory sync                   sync people from DIRECTORY_SOURCES (Entra ID, Slack) now
  relais manifest teams [--env dev]       write the Teams app package zip
  relais manifest slack --public-url URL [--socket-mode]  write the Slack app manifest`;

export async function runCli(argv: string[]): Promise<number | undefined> {
  const [command = 'start', sub, ...rest] = argv;
  try {
    if (command === 'start') return await start();
    if (command === 'people' && sub === 'import') return await peopleImport(rest);
    if (command === 'directory' && sub === 'sync') return await directorySync();
    if (command === 'manifest' && (sub === 'teams' || sub === 'slack')) return await manifest(sub, rest);
    if (command === 'help' || command === '--help') {
      console.log(usage);
      return 0;
    }
    console.error(`Unknown command: ${argv.join(' ')}\n${usage}`);
    return 2;
  } catch (error) {
    // configuration and manifest errors list their problems: print them plainly, not as a stack trace
    const expected = isAppError(error) || (error instanceof Error && error.name === 'ManifestError');
    console.error(expected ? (error as Error).message : error);
    // a failed start must not leave a half-started process behind (a socket, a timer of a library)
    if (command === 'start') process.exit(1);
    return 1;
  }
}

async function start(): Promise<number | undefined> {
  const started = Date.now();
  const { serverProcesses, logLevel } = loadConfig();
  // exits as a single server's stop does: whatever handle a library left open cannot hold it
  if (isSupervisor(serverProcesses))
    process.exit(await superviseServers(serverProcesses, createLogger(logLevel)).exited);
  const relais = await startRelais();
  const { core } = relais;
  core.logger.info({ url: relais.url }, 'Relais started');
  // one welcome for several servers (SERVER_PROCESSES): the first one's
  if (isFirstServer()) console.log((await welcome(relais, Date.now() - started)).join('\n'));

  const stop = async (signal: string) => {
    core.logger.info({ signal }, 'stopping');
    try {
      await relais.close();
      process.exit(0);
    } catch (error) {
      core.logger.error({ err: error }, 'stopping failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  return undefined;
}

/** what a newcomer reads at start: where everything is, and last the console's first-run link */
async function welcome(relais: RunningRelais, startMs: number): Promise<string[]> {
  const { config } = relais;
  const base = config.publicUrl;
  const storage = config.databaseUrl
    ? `PostgreSQL (${new URL(config.databaseUrl).host})`
    : `SQLite ${path.join(config.dataDir, 'relais.db')}`;
  const lines = [
    `Relais is listening on ${relais.url} (public URL ${base}), started in ${startMs} ms`,
    `  console (tabs)  ${base}/tabs/`,
    `  API docs        ${base}/api/v1/openapi.json`,
    `  health          ${base}/healthz  ${base}/readyz  ${base}/metrics ${config.metricsToken ? '(bearer METRICS_TOKEN)' : '(off: set METRICS_TOKEN)'}`,
    `  storage         ${storage}; key-value and jobs on ${config.redisUrl ? 'Redis' : 'the same database'}`,
    `  processes       ${config.serverProcesses === 1 ? '1 (SERVER_PROCESSES)' : `${config.serverProcesses} servers on this port (SERVER_PROCESSES)`}`,
    ...relais.surfaces.map((s) => `  ${s.describe()}`),
  ];
  if (!config.teams.enabled) lines.push('  Teams: off (TEAMS_ENABLED=0)');
  if (!relais.surfaces.some((s) => s.name === 'slack')) lines.push(`  ${describeSlack(config)}`);
  // last, where a newcomer's eye lands: the first-run link (or why the console is closed)
  lines.push(...(await firstRunLines(relais.signin, base, config.defaultLocale)));
  return lines;
}

async function peopleImport(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' } },
  });
  const file = positionals[0];
  if (!file) throw new Error(`people import needs a file\n${usage}`);
  const format = file.toLowerCase().endsWith('.json') ? 'json' : 'csv';
  const config = loadConfig();
  const core = await createCore(config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
  try {
    const onImported = (refs: ImportedPersonRef[]) => toursAfterImport(core, refs);
    const report = await importPeople(
      { store: core.store, events: core.events, onImported },
      {
        content: fs.readFileSync(file, 'utf8'),
        format,
        dryRun: values['dry-run'],
      },
    );
    console.log(
      `${report.dryRun ? '[dry run] ' : ''}${translate(config.defaultLocale, 'people.import.done', {
        created: report.created,
        updated: report.updated,
        failed: report.rejected,
      })}`,
    );
    if (report.ignoredColumns.length) console.log(`ignored columns: ${report.ignoredColumns.join(', ')}`);
    for (const e of report.errors)
      console.log(`  line ${e.line}${e.email ? ` (${e.email})` : ''}: ${e.problems.join('; ')}`);
    for (const w of report.warnings)
      console.log(`  warning line ${w.line} (${w.email}): ${w.problems.join('; ')}`);
    return report.rejected > 0 ? 1 : 0;
  } finally {
    await core.close();
  }
}

async function directorySync(): Promise<number> {
  const config = loadConfig();
  const core = await createCore(config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
  // the operator's terminal language first (LC_ALL, LC_MESSAGES, LANG), else DEFAULT_LOCALE
  const locale = cliLocale(process.env, config.defaultLocale);
  try {
    if (!core.directory.enabled) {
      console.error(translate(locale, 'directory.error.off'));
      return 2;
    }
    const run = await core.directory.sync('cli');
    console.log(
      translate(locale, 'directory.cli.done', {
        status: translate(
          locale,
          run.status === 'succeeded' ? 'directory.status.succeeded' : 'directory.status.failed',
        ),
        seconds: ((run.durationMs ?? 0) / 1000).toFixed(1),
        created: run.created,
        updated: run.updated,
        deactivated: run.deactivated,
        conflicts: run.conflicts,
        skipped: run.skipped,
      }),
    );
    for (const [reason, count] of Object.entries(run.skippedReasons)) {
      const key = skipReasonKey(reason);
      const words = key ? `${translate(locale, key)} (${reason})` : reason;
      console.log(translate(locale, 'directory.cli.skipped', { reason: words, count }));
    }
    for (const error of run.errors) console.error(`  ${error}`);
    return run.status === 'succeeded' ? 0 : 1;
  } finally {
    await core.close();
  }
}

async function manifest(platform: 'teams' | 'slack', args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      env: { type: 'string', default: 'dev' },
      'public-url': { type: 'string' },
      'socket-mode': { type: 'boolean' },
      locale: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (platform === 'teams') {
    // loaded on demand: the validator is a development tool, absent from the production image
    const { buildTeamsPackage } = await import('../manifests/teams/build-package.js');
    const commands = await registeredCommands(loadConfig());
    const built = await buildTeamsPackage({ envName: values.env!, outDir: values.out, commands });
    console.log(
      `Teams app package written to ${built.zipPath} (manifest ${built.manifest.version}, validated)`,
    );
    return 0;
  }
  const { writeSlackManifest } = await import('../manifests/slack/manifest.js');
  const publicUrl = values['public-url'] ?? loadConfig().publicUrl;
  const written = await writeSlackManifest({
    publicUrl,
    commands: await registeredCommands(loadConfig()),
    socketMode: values['socket-mode'],
    locale: values.locale === 'fr' ? 'fr' : values.locale === 'en' ? 'en' : undefined,
    outFile: values.out,
  });
  console.log(
    `Slack app manifest written to ${written.file}: paste it into https://api.slack.com/apps (Create New App, From a manifest)`,
  );
  return 0;
}

/** The language of a command's output: the first of LC_ALL, LC_MESSAGES, LANG naming French or English. */
export function cliLocale(env: NodeJS.ProcessEnv, fallback: Locale): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const locale = toLocale(env[name]);
    if (locale) return locale;
  }
  return fallback;
}
