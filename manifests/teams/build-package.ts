/**
 * Builds the Teams app package for one environment: fills the `${{VAR}}` placeholders of
 * manifest.template.json and its localization files from env/.env.<envName> (then
 * env/.env.<envName>.user, the process environment and explicit overrides), validates everything
 * offline against the bundled schemas, checks the icons and writes
 * manifests/teams/build/appPackage.<envName>.zip.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TeamsManifestV1D30 } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { EnvFileError, readEnvFile } from '../env-file.js';
import { ManifestError } from '../manifest-error.js';
import { decodePng } from './png.js';
import { validateTeamsLocalization, validateTeamsManifest } from './validate-manifest.js';

export { validateTeamsLocalization, validateTeamsManifest };

export type TeamsManifest = TeamsManifestV1D30.TeamsManifestV1D30;
type Env = Record<string, string | undefined>;

export const teamsSourceDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(teamsSourceDir, '..', '..');
const packageVersion = (
  JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }
).version;

export interface BuildTeamsPackageOptions {
  /** Selects env/.env.<envName> (and the optional, gitignored env/.env.<envName>.user). */
  envName: string;
  /** Highest-precedence values (CLI flags, tests). */
  env?: Env;
  /** Defaults to process.env; tests pass `{}` so the developer's shell cannot leak in. */
  processEnv?: Env;
  /** Defaults to <repo>/env. */
  envDir?: string;
  /** Defaults to manifests/teams/build. */
  outDir?: string;
  /**
   * The bot commands that answer (the core's registered ones, as `relais manifest teams` reads
   * them): the template's command lists, a catalogue of every command, keep only these, so Teams
   * never offers one that would say "not available yet". Defaults to the whole catalogue.
   */
  commands?: readonly string[];
}

export interface TeamsPackage {
  zipPath: string;
  manifest: TeamsManifest;
  /** Filled localization files by file name (fr.json...). */
  localizations: Record<string, object>;
}

const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const iconSizes = { 'color.png': 192, 'outline.png': 32 } as const;
// A fixed timestamp makes the zip reproducible: the same inputs give the same bytes.
const zipDate = new Date('2025-01-01T00:00:00Z');

export async function buildTeamsPackage(options: BuildTeamsPackageOptions): Promise<TeamsPackage> {
  const { envName } = options;
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(envName)) {
    throw new ManifestError('invalid_env', `Invalid environment name ${JSON.stringify(envName)}`);
  }
  const variables = await loadVariables(options);

  const template = await readJson(path.join(teamsSourceDir, 'manifest.template.json'));
  const languageFiles = ((template as TeamsManifest).localizationInfo?.additionalLanguages ?? []).map(
    (l) => l.file,
  );
  const localizationTemplates = await Promise.all(
    languageFiles.map((f) => readJson(path.join(teamsSourceDir, f))),
  );

  const used = new Set<string>();
  for (const doc of [template, ...localizationTemplates]) collectPlaceholders(doc, used);
  const values = resolveVariables(variables, used, envName);

  const filled = fill(template, values) as TeamsManifest;
  const { manifest, localize } = keepCommands(filled, options.commands);
  const localizations: Record<string, object> = Object.fromEntries(
    languageFiles.map((f, i) => [
      f,
      localize(fill(localizationTemplates[i], values) as Record<string, string>),
    ]),
  );

  const problems = [
    ...(await validateTeamsManifest(manifest)).map((e) => `manifest.json: ${e}`),
    ...(
      await Promise.all(
        Object.entries(localizations).map(async ([file, doc]) =>
          (await validateTeamsLocalization(doc as object)).map((e) => `${file}: ${e}`),
        ),
      )
    ).flat(),
  ];
  if (problems.length) {
    throw new ManifestError(
      'invalid_manifest',
      `The Teams manifest for "${envName}" fails schema validation`,
      problems,
    );
  }

  const icons = await readIcons();
  const zip = new JSZip();
  const add = (name: string, data: string | Buffer) => zip.file(name, data, { date: zipDate });
  add('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [file, doc] of Object.entries(localizations)) add(file, `${JSON.stringify(doc, null, 2)}\n`);
  for (const [file, data] of Object.entries(icons)) add(file, data);

  const outDir = options.outDir ?? path.join(teamsSourceDir, 'build');
  await mkdir(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${envName}.zip`);
  await writeFile(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  // The filled manifest next to the zip, for reading and diffing (the zip is what Teams takes).
  await writeFile(path.join(outDir, `manifest.${envName}.json`), `${JSON.stringify(manifest, null, 2)}\n`);
  return { zipPath, manifest, localizations };
}

async function loadVariables(options: BuildTeamsPackageOptions): Promise<Env> {
  const envDir = options.envDir ?? path.join(repoRoot, 'env');
  const file = path.join(envDir, `.env.${options.envName}`);
  try {
    const base = await readEnvFile(file);
    if (!base) {
      throw new ManifestError(
        'invalid_env',
        `Environment file ${path.relative(process.cwd(), file)} not found (copy env/.env.dev and fill it in)`,
      );
    }
    const user = (await readEnvFile(`${file}.user`)) ?? {};
    return { ...base, ...user, ...defined(options.processEnv ?? process.env), ...defined(options.env ?? {}) };
  } catch (error) {
    if (error instanceof EnvFileError) throw new ManifestError('invalid_env', error.message);
    throw error;
  }
}

function defined(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined));
}

/**
 * Values for every placeholder in use. Derived ones (domain, version, legal pages) have defaults;
 * the others must be set and non-empty, and all missing ones are reported in one error.
 */
function resolveVariables(variables: Env, used: Set<string>, envName: string): Record<string, string> {
  const given = (name: string) => (variables[name]?.trim() ? variables[name]!.trim() : undefined);
  const publicUrl = given('PUBLIC_URL')?.replace(/\/+$/, '');
  let publicDomain: string | undefined;
  if (publicUrl) {
    let url: URL;
    try {
      url = new URL(publicUrl);
    } catch {
      throw new ManifestError('invalid_env', `PUBLIC_URL is not a URL: ${JSON.stringify(publicUrl)}`);
    }
    if (url.protocol !== 'https:') {
      throw new ManifestError(
        'invalid_env',
        `PUBLIC_URL must start with https:// (Teams loads tabs and SSO only over HTTPS): got ${publicUrl}`,
      );
    }
    publicDomain = url.host;
  }
  const defaults: Record<string, string | undefined> = {
    APP_NAME_SUFFIX: '',
    APP_VERSION: packageVersion,
    PUBLIC_DOMAIN: publicDomain,
    PRIVACY_URL: publicUrl && `${publicUrl}/tabs/privacy`,
    TERMS_URL: publicUrl && `${publicUrl}/tabs/terms`,
  };
  // Derived values are reported through the variable they derive from, not on their own.
  const derivedFrom: Record<string, string> = {
    PUBLIC_DOMAIN: 'PUBLIC_URL',
    PRIVACY_URL: 'PUBLIC_URL',
    TERMS_URL: 'PUBLIC_URL',
  };
  const values: Record<string, string> = {};
  const missingSet = new Set<string>();
  for (const name of used) {
    const value = name === 'PUBLIC_URL' ? publicUrl : (given(name) ?? defaults[name]);
    if (value === undefined) missingSet.add(derivedFrom[name] ?? name);
    else values[name] = value;
  }
  const missing = [...missingSet].sort();
  if (missing.length) {
    throw new ManifestError(
      'missing_variables',
      `Missing variables for the "${envName}" Teams package: ${missing.join(', ')}. ` +
        `Set them in env/.env.${envName}, env/.env.${envName}.user or the environment.`,
      missing,
    );
  }
  return values;
}

function collectPlaceholders(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') for (const m of value.matchAll(placeholder)) into.add(m[1]);
  else if (Array.isArray(value)) for (const v of value) collectPlaceholders(v, into);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) collectPlaceholders(v, into);
}

/** Replaces placeholders inside string values only, so a value can never break the JSON structure. */
function fill(value: unknown, values: Record<string, string>): unknown {
  if (typeof value === 'string') return value.replace(placeholder, (_, name: string) => values[name]);
  if (Array.isArray(value)) return value.map((v) => fill(v, values));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, values)]));
  }
  return value;
}

async function readIcons(): Promise<Record<string, Buffer>> {
  const icons: Record<string, Buffer> = {};
  const problems: string[] = [];
  for (const [file, size] of Object.entries(iconSizes)) {
    const data = await readFile(path.join(teamsSourceDir, file));
    const image = decodePng(data);
    if (image.width !== size || image.height !== size) {
      problems.push(`${file} is ${image.width}x${image.height}, Teams requires ${size}x${size}`);
    }
    if (file === 'outline.png' && !isWhiteOnTransparent(image.pixels)) {
      problems.push('outline.png must be white on a transparent background');
    }
    icons[file] = data;
  }
  if (problems.length) throw new ManifestError('invalid_icon', 'The Teams icons are not valid', problems);
  return icons;
}

export function isWhiteOnTransparent(pixels: Uint8Array): boolean {
  for (let i = 0; i < pixels.length; i += 4) {
    const alpha = pixels[i + 3];
    const white = pixels[i] === 255 && pixels[i + 1] === 255 && pixels[i + 2] === 255;
    if (alpha !== 0 && !white) return false;
  }
  return true;
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}

const commandKey = /^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(.+)$/;

/**
 * The manifest with only `commands` in its bot's command lists (titles are the commands' English
 * words), and how to re-key a localization file's entries for the commands kept (they are
 * addressed by index). An empty list is left out: Teams wants at least one command per list.
 */
function keepCommands(
  manifest: TeamsManifest,
  commands: readonly string[] | undefined,
): { manifest: TeamsManifest; localize(doc: Record<string, string>): Record<string, string> } {
  const bot = manifest.bots?.[0];
  if (!commands || !bot?.commandLists) return { manifest, localize: (doc) => doc };
  const kept = new Set(commands);
  // old [list, command] index → new [list, command] index
  const moved = new Map<string, [number, number]>();
  const lists = bot.commandLists
    .map((list, l) => ({ list, l, commands: list.commands.map((command, c) => ({ command, c })) }))
    .map(({ list, l, commands: entries }) => ({
      list,
      l,
      entries: entries.filter(({ command }) => kept.has(command.title)),
    }))
    .filter(({ entries }) => entries.length > 0)
    .map(({ list, l, entries }, newL) => {
      entries.forEach(({ c }, newC) => {
        moved.set(`${l}.${c}`, [newL, newC]);
      });
      return { ...list, commands: entries.map(({ command }) => command) };
    });
  const bots = [{ ...bot, commandLists: lists }, ...(manifest.bots ?? []).slice(1)];
  return {
    manifest: { ...manifest, bots },
    localize: (doc) =>
      Object.fromEntries(
        Object.entries(doc).flatMap(([key, value]) => {
          const m = commandKey.exec(key);
          if (!m) return [[key, value]];
          const to = moved.get(`${m[1]}.${m[2]}`);
          return to ? [[`bots[0].commandLists[${to[0]}].commands[${to[1]}].${m[3]}`, value]] : [];
        }),
      ),
  };
}
