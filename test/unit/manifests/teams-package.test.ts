import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { parseEnvFile } from '../../../manifests/env-file.js';
import { ManifestError } from '../../../manifests/manifest-error.js';
import { shortcutCallbackIds } from '../../../manifests/slack/manifest.js';
import {
  buildTeamsPackage,
  type TeamsPackage,
  validateTeamsLocalization,
  validateTeamsManifest,
} from '../../../manifests/teams/build-package.js';
import { decodePng } from '../../../manifests/teams/png.js';
import { commandNames, parseCommand } from '../../../shared/commands/commands.js';

const values = {
  TEAMS_APP_ID: '0b6c5c1e-1f7a-4a8e-9f51-2d1f0c9e4a01',
  BOT_ID: '7d4f8a22-3c5b-4e61-8a9d-1b2c3d4e5f60',
  TAB_SSO_CLIENT_ID: 'c3a1e2f4-5b6d-4c7e-8f90-a1b2c3d4e5f6',
  PUBLIC_URL: 'https://relais.example.com/',
};
const envFile = Object.entries(values)
  .map(([k, v]) => `${k}=${v}`)
  .join('\n');

const packageJson = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Highest vX.Y folder among the schemas bundled in @microsoft/app-manifest (dev previews aside). */
function newestBundledSchema(): string {
  const dir = path.join(
    path.dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
    'build/json-schemas/teams',
  );
  const versions = readdirSync(dir)
    .map((name) => /^v(\d+)\.(\d+)$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const [major, minor] = versions[versions.length - 1];
  return `v${major}.${minor}`;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('Teams app package', function () {
  this.timeout(20_000);
  let dir: string;
  let built: TeamsPackage;

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'relais-teams-package-'));
    await writeFile(path.join(dir, '.env.test'), `${envFile}\nAPP_NAME_SUFFIX=-test\n`);
    built = await buildTeamsPackage({ envName: 'test', envDir: dir, outDir: dir, processEnv: {} });
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes build/appPackage.<env>.zip with exactly the manifest, the localization and both icons', async () => {
    assert.equal(built.zipPath, path.join(dir, 'appPackage.test.zip'));
    const zip = await JSZip.loadAsync(await readFile(built.zipPath));
    const names = Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name)
      .sort();
    assert.deepEqual(names, ['color.png', 'fr.json', 'manifest.json', 'outline.png']);

    const color = decodePng(await zip.file('color.png')!.async('uint8array'));
    const outline = decodePng(await zip.file('outline.png')!.async('uint8array'));
    assert.deepEqual([color.width, color.height], [192, 192]);
    assert.deepEqual([outline.width, outline.height], [32, 32]);

    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    assert.deepEqual(manifest, built.manifest);
    assert.deepEqual(await validateTeamsManifest(manifest), []);
    const fr = JSON.parse(await zip.file('fr.json')!.async('string'));
    assert.deepEqual(await validateTeamsLocalization(fr), []);
  });

  it('fills every placeholder from the env file', () => {
    const text = JSON.stringify([built.manifest, built.localizations]);
    assert.doesNotMatch(text, /\$\{\{/);
    const m = built.manifest;
    assert.equal(m.id, values.TEAMS_APP_ID);
    assert.equal(m.bots?.[0].botId, values.BOT_ID);
    assert.equal(m.name.short, 'Relais-test');
    assert.equal(m.version, packageJson.version, 'APP_VERSION defaults to package.json');
    assert.deepEqual(m.validDomains, ['relais.example.com']);
    assert.deepEqual(m.webApplicationInfo, {
      id: values.TAB_SSO_CLIENT_ID,
      resource: `api://relais.example.com/${values.TAB_SSO_CLIENT_ID}`,
    });
  });

  it('uses the newest bundled schema and declares what the platform facts require', () => {
    const m = built.manifest;
    assert.equal(
      m.$schema,
      'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
    );
    assert.equal(m.manifestVersion, '1.30');
    assert.equal(
      `v${m.manifestVersion}`,
      newestBundledSchema(),
      'the newest version @microsoft/app-manifest ships',
    );
    assert.deepEqual(m.bots?.[0].scopes, ['personal', 'team', 'groupChat']);
    assert.equal(m.bots?.[0].supportsFiles, false);
    assert.deepEqual(m.authorization?.permissions?.resourceSpecific, [
      { name: 'ChatMessageReadReceipt.Read.Chat', type: 'Application' },
    ]);
    const home = m.staticTabs?.find((tab) => tab.entityId === 'home');
    assert.equal(home?.contentUrl, 'https://relais.example.com/tabs/?inTeams=1');
    assert.deepEqual(
      m.staticTabs?.map((tab) => tab.entityId),
      ['home', 'conversations', 'about'],
    );
    assert.equal(
      m.configurableTabs?.[0].configurationUrl,
      'https://relais.example.com/tabs/config?inTeams=1',
    );
    // Every URL the package points at lives on the public host, which validDomains lists.
    for (const url of JSON.stringify(m).match(/https:\/\/[^"]+/g) ?? []) {
      if (url.startsWith('https://developer.microsoft.com/json-schemas/')) continue;
      assert.equal(new URL(url).host, 'relais.example.com', url);
    }
  });

  it('declares only bot commands the core knows, in English and in French', () => {
    const lists = built.manifest.bots?.[0].commandLists ?? [];
    assert.ok(lists.length > 0);
    const fr = built.localizations['fr.json'] as Record<string, string>;
    const personal = lists.find((l) => l.scopes?.includes('personal'));
    assert.deepEqual(
      personal?.commands.map((c) => c.title),
      [...commandNames],
      'the personal list offers every command',
    );
    lists.forEach((list, l) => {
      list.commands.forEach((command, c) => {
        assert.ok((commandNames as readonly string[]).includes(command.title), command.title);
        const frTitle = fr[`bots[0].commandLists[${l}].commands[${c}].title`];
        assert.ok(frTitle, `French title of ${command.title}`);
        // Clicking a French command sends its title: the core must route it to the same command.
        assert.equal(parseCommand(frTitle).name, command.title, `"${frTitle}" should mean ${command.title}`);
        assert.ok(
          fr[`bots[0].commandLists[${l}].commands[${c}].description`],
          `French description of ${command.title}`,
        );
      });
    });
    assert.equal(fr['staticTabs[0].name'], 'Accueil');
  });

  it('keeps only the commands that answer, with their French texts moved along', async () => {
    const answering = ['help', 'news', 'poll', 'tour', 'survey', 'quiz', 'ambassadors'];
    const only = await buildTeamsPackage({
      envName: 'test',
      envDir: dir,
      outDir: dir,
      processEnv: {},
      commands: answering,
    });
    const lists = only.manifest.bots?.[0].commandLists ?? [];
    assert.deepEqual(
      lists[0]?.commands.map((c) => c.title),
      answering,
    );
    assert.deepEqual(
      lists[1]?.commands.map((c) => c.title),
      ['help', 'news', 'poll', 'survey', 'quiz'],
    );
    const fr = only.localizations['fr.json'] as Record<string, string>;
    lists.forEach((list, l) => {
      list.commands.forEach((command, c) => {
        assert.equal(
          parseCommand(fr[`bots[0].commandLists[${l}].commands[${c}].title`]!).name,
          command.title,
        );
      });
    });
    assert.equal(
      fr['bots[0].commandLists[0].commands[7].title'],
      undefined,
      'no text for a command left out',
    );
    const titles = lists.flatMap((list) => list.commands.map((c) => c.title));
    assert.ok(!titles.includes('dashboard') && !titles.includes('groups'));
  });

  it('declares the action message extensions under the shortcut ids Slack uses, in English and French', () => {
    const [extension] = built.manifest.composeExtensions ?? [];
    assert.equal(extension?.botId, values.BOT_ID);
    const commands = extension.commands ?? [];
    assert.deepEqual(
      commands.map((c) => [c.id, c.type, c.context, c.fetchTask]),
      [
        [shortcutCallbackIds.createPoll, 'action', ['compose', 'commandBox'], true],
        [shortcutCallbackIds.shareNews, 'action', ['message'], true],
      ],
    );
    const fr = built.localizations['fr.json'] as Record<string, string>;
    commands.forEach((command, c) => {
      assert.ok(command.title && command.description, command.id);
      assert.ok(fr[`composeExtensions[0].commands[${c}].title`], `French title of ${command.id}`);
      assert.ok(fr[`composeExtensions[0].commands[${c}].description`], `French description of ${command.id}`);
    });
  });

  it('the validator really runs: broken manifests fail with its messages', async () => {
    const badId = { ...clone(built.manifest), id: 'not-a-guid' };
    const errors = await validateTeamsManifest(badId);
    assert.ok(
      errors.some((e) => e.startsWith('/id ')),
      errors.join('\n'),
    );

    const tooLong = clone(built.manifest);
    tooLong.name.short = 'x'.repeat(31);
    assert.ok((await validateTeamsManifest(tooLong)).some((e) => e.startsWith('/name/short')));

    const unknownField = { ...clone(built.manifest), botz: [] };
    assert.ok((await validateTeamsManifest(unknownField)).some((e) => /additional properties/.test(e)));

    const badPermission = clone(built.manifest);
    badPermission.authorization!.permissions!.resourceSpecific![0].type = 'Admin' as 'Application';
    assert.ok((await validateTeamsManifest(badPermission)).some((e) => e.includes('resourceSpecific')));

    const frTooLong = { ...(built.localizations['fr.json'] as object), 'name.short': 'y'.repeat(31) };
    assert.ok((await validateTeamsLocalization(frTooLong)).length > 0);
  });

  it('refuses a schema that is not bundled instead of downloading it', async () => {
    const other = { ...clone(built.manifest), $schema: 'https://example.com/schema.json' };
    await assert.rejects(
      validateTeamsManifest(other),
      (e: unknown) => e instanceof ManifestError && e.code === 'schema_not_bundled',
    );
    const future = {
      ...clone(built.manifest),
      $schema: 'https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json',
    };
    await assert.rejects(validateTeamsManifest(future), /not bundled/);
  });

  it('names every missing variable in one clear error', async () => {
    await writeFile(path.join(dir, '.env.empty'), 'TEAMS_APP_ID=\nPUBLIC_URL=\n');
    await assert.rejects(
      buildTeamsPackage({ envName: 'empty', envDir: dir, outDir: dir, processEnv: {} }),
      (error: unknown) => {
        assert.ok(error instanceof ManifestError);
        assert.equal(error.code, 'missing_variables');
        assert.deepEqual(error.problems, ['BOT_ID', 'PUBLIC_URL', 'TAB_SSO_CLIENT_ID', 'TEAMS_APP_ID']);
        assert.match(error.message, /BOT_ID, PUBLIC_URL, TAB_SSO_CLIENT_ID, TEAMS_APP_ID/);
        assert.match(error.message, /env\/\.env\.empty/);
        return true;
      },
    );
  });

  it('layers env file < .user file < process environment < explicit values', async () => {
    await writeFile(path.join(dir, '.env.layers'), `${envFile}\nAPP_NAME_SUFFIX=-file\n`);
    await writeFile(path.join(dir, '.env.layers.user'), 'APP_NAME_SUFFIX=-user\nAPP_VERSION=2.0.0\n');
    const fromUser = await buildTeamsPackage({ envName: 'layers', envDir: dir, outDir: dir, processEnv: {} });
    assert.equal(fromUser.manifest.name.short, 'Relais-user');
    assert.equal(fromUser.manifest.version, '2.0.0');
    const fromProcess = await buildTeamsPackage({
      envName: 'layers',
      envDir: dir,
      outDir: dir,
      processEnv: { APP_NAME_SUFFIX: '-process' },
    });
    assert.equal(fromProcess.manifest.name.short, 'Relais-process');
    const explicit = await buildTeamsPackage({
      envName: 'layers',
      envDir: dir,
      outDir: dir,
      processEnv: { APP_NAME_SUFFIX: '-process' },
      env: { APP_NAME_SUFFIX: '-explicit', PUBLIC_URL: 'https://other.example.org' },
    });
    assert.equal(explicit.manifest.name.short, 'Relais-explicit');
    assert.deepEqual(explicit.manifest.validDomains, ['other.example.org']);
  });

  it('rejects a PUBLIC_URL Teams cannot load, a missing env file and a bad env name', async () => {
    await assert.rejects(
      buildTeamsPackage({
        envName: 'test',
        envDir: dir,
        outDir: dir,
        processEnv: {},
        env: { PUBLIC_URL: 'http://relais.example.com' },
      }),
      /PUBLIC_URL must start with https:\/\//,
    );
    await assert.rejects(
      buildTeamsPackage({ envName: 'nope', envDir: dir, outDir: dir, processEnv: {} }),
      (e: unknown) =>
        e instanceof ManifestError && e.code === 'invalid_env' && /\.env\.nope not found/.test(e.message),
    );
    await assert.rejects(
      buildTeamsPackage({ envName: '../etc', envDir: dir, outDir: dir, processEnv: {} }),
      /Invalid environment name/,
    );
  });

  it('the committed env/.env.dev lists every required variable and holds no values for them', async () => {
    const dev = parseEnvFile(await readFile(new URL('../../../env/.env.dev', import.meta.url), 'utf8'));
    for (const name of Object.keys(values))
      assert.equal(dev[name], '', `${name} is a placeholder in env/.env.dev`);
  });
});
