import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ManifestError } from '../../../manifests/manifest-error.js';
import { type SlackManifest, slackManifest, writeSlackManifest } from '../../../manifests/slack/manifest.js';
import { commandNames, parseCommand } from '../../../shared/commands/commands.js';
import { locales } from '../../../shared/i18n/i18n.js';

const publicUrl = 'https://relais.example.com';

/** The Slack paths the server serves (architecture.md, HTTP surface), written out independently. */
const servedPaths = ['/slack/events', '/slack/oauth_redirect'];

/**
 * Bot scopes each subscribed event needs, from Slack's event reference pages ("Required scopes").
 * app_home_opened, app_uninstalled and tokens_revoked need none.
 */
const scopesForEvent: Record<string, string[]> = {
  app_home_opened: [],
  app_uninstalled: [],
  tokens_revoked: [],
  team_join: ['users:read'],
  user_change: ['users:read'],
  // channels:read for public channels, groups:read for private ones; Relais wants both.
  member_joined_channel: ['channels:read', 'groups:read'],
  reaction_added: ['reactions:read'],
  reaction_removed: ['reactions:read'],
  'message.im': ['im:history'],
  app_mention: ['app_mentions:read'],
};

/**
 * Bot scopes each Web API method the groups capability calls needs, from Slack's method reference
 * pages ("Required scopes"): inviting a guest over Slack Connect and removing one from a public or
 * private channel (shared/groups/invitations/slack-invitations.ts).
 */
const scopesForMethod: Record<string, string[]> = {
  'conversations.inviteShared': ['conversations.connect:write'],
  'conversations.kick': ['channels:manage', 'groups:write'],
};

function urlsOf(manifest: SlackManifest): string[] {
  const urls: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && /(^|_)urls?$/.test(key)) urls.push(value);
    else if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(manifest);
  return urls;
}

describe('Slack app manifest', () => {
  const manifest = slackManifest({ publicUrl: `${publicUrl}/` });

  it('points every request URL at a path the server serves, on PUBLIC_URL', () => {
    const urls = urlsOf(manifest);
    assert.equal(urls.length, 5, urls.join(', ')); // slash command, events, interactivity x2, oauth redirect
    for (const url of urls) {
      assert.ok(url.startsWith(`${publicUrl}/`), url);
      assert.ok(servedPaths.includes(new URL(url).pathname), url);
    }
    assert.equal(manifest.features?.slash_commands?.[0].url, `${publicUrl}/slack/events`);
    assert.equal(manifest.settings?.event_subscriptions?.request_url, `${publicUrl}/slack/events`);
    assert.equal(manifest.settings?.interactivity?.request_url, `${publicUrl}/slack/events`);
    assert.equal(manifest.settings?.interactivity?.message_menu_options_url, `${publicUrl}/slack/events`);
    assert.deepEqual(manifest.oauth_config?.redirect_urls, [`${publicUrl}/slack/oauth_redirect`]);
  });

  it('keeps a path prefix when Relais is served under one', () => {
    const prefixed = slackManifest({ publicUrl: 'https://intranet.example.com/relais' });
    assert.equal(
      prefixed.settings?.event_subscriptions?.request_url,
      'https://intranet.example.com/relais/slack/events',
    );
  });

  it('asks for the scopes every subscribed event and called method needs, and no unexplained extra', () => {
    const scopes = manifest.oauth_config?.scopes?.bot ?? [];
    const events = manifest.settings?.event_subscriptions?.bot_events ?? [];
    assert.deepEqual([...events].sort(), Object.keys(scopesForEvent).sort());
    for (const event of events) {
      for (const scope of scopesForEvent[event])
        assert.ok(scopes.includes(scope as never), `${event} needs ${scope}`);
    }
    for (const [method, needed] of Object.entries(scopesForMethod)) {
      for (const scope of needed) assert.ok(scopes.includes(scope as never), `${method} needs ${scope}`);
    }
    assert.deepEqual([...scopes].sort(), [
      'app_mentions:read',
      'channels:manage',
      'channels:read',
      'chat:write',
      'commands',
      'conversations.connect:write',
      'groups:read',
      'groups:write',
      'im:history',
      'im:write',
      'reactions:read',
      'team:read',
      'users:read',
      'users:read.email',
    ]);
    assert.equal(new Set(scopes).size, scopes.length, 'no duplicate scope');
  });

  it('offers the /relais command, the Home tab, the Messages tab and the two shortcuts', () => {
    const f = manifest.features!;
    assert.deepEqual(f.bot_user, { display_name: 'relais', always_online: true });
    assert.deepEqual(f.app_home, {
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
    assert.equal(f.slash_commands?.[0].command, '/relais');
    assert.deepEqual(
      f.shortcuts?.map((s) => [s.type, s.callback_id]),
      [
        ['global', 'poll.create'],
        ['message', 'news.share'],
      ],
    );
    const s = manifest.settings!;
    assert.equal(s.interactivity?.is_enabled, true);
    assert.equal(s.org_deploy_enabled, false);
    assert.equal(s.socket_mode_enabled, false);
    assert.equal(s.token_rotation_enabled, false);
  });

  for (const locale of locales) {
    it(`respects Slack's length limits and names only known commands (${locale})`, () => {
      const m = slackManifest({ publicUrl, locale });
      const d = m.display_information;
      assert.ok(d.name.length <= 35, 'name ≤ 35');
      assert.ok(d.description && d.description.length <= 140, `description ≤ 140 (${d.description?.length})`);
      const long = d.long_description ?? '';
      assert.ok(long.length >= 174 && long.length <= 4000, `long_description 174–4000 (${long.length})`);
      assert.match(d.background_color ?? '', /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/);
      const bot = m.features?.bot_user;
      assert.ok(bot && bot.display_name.length <= 80 && /^[a-z0-9._-]+$/.test(bot.display_name));
      for (const command of m.features?.slash_commands ?? []) {
        assert.ok(command.command.startsWith('/') && command.command.length <= 32);
        assert.ok(command.description.length <= 2000);
        assert.ok((command.usage_hint ?? '').length <= 1000);
        const words = (command.usage_hint ?? '').split('|').map((w) => w.trim());
        assert.deepEqual(
          words.map((w) => parseCommand(w).name),
          [...commandNames],
          `usage hint words are the core's commands: ${command.usage_hint}`,
        );
      }
      const shortcuts = m.features?.shortcuts ?? [];
      assert.ok(shortcuts.length <= 10);
      for (const shortcut of shortcuts) {
        assert.ok(shortcut.name.length > 0);
        assert.ok(shortcut.description.length <= 150);
        assert.ok(shortcut.callback_id.length <= 255);
      }
      assert.ok((m.oauth_config?.scopes?.bot?.length ?? 0) <= 255);
      assert.ok((m.settings?.event_subscriptions?.bot_events?.length ?? 0) <= 100);
    });
  }

  it('writes French texts when asked', () => {
    const fr = slackManifest({ publicUrl, locale: 'fr' });
    assert.match(fr.display_information.description ?? '', /Actualités/);
    assert.equal(fr.features?.shortcuts?.[0].name, 'Créer un sondage');
  });

  it('round-trips through JSON unchanged (nothing undefined or non-JSON)', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(manifest)), manifest);
  });

  it('in Socket Mode, drops the request URLs and accepts a local http URL', () => {
    const socket = slackManifest({ publicUrl: 'http://localhost:3978', socketMode: true });
    assert.equal(socket.settings?.socket_mode_enabled, true);
    assert.equal(socket.settings?.event_subscriptions?.request_url, undefined);
    assert.equal(socket.settings?.interactivity?.request_url, undefined);
    assert.equal(socket.features?.slash_commands?.[0].url, undefined);
    assert.deepEqual(urlsOf(socket), ['http://localhost:3978/slack/oauth_redirect']);
    assert.deepEqual(JSON.parse(JSON.stringify(socket)), socket);
  });

  it('rejects a PUBLIC_URL Slack cannot call', () => {
    assert.throws(() => slackManifest({ publicUrl: 'http://relais.example.com' }), /must start with https/);
    assert.throws(
      () => slackManifest({ publicUrl: 'relais.example.com' }),
      (e: unknown) => e instanceof ManifestError,
    );
    assert.throws(() => slackManifest({ publicUrl: 'https://relais.example.com/?x=1' }), /query or fragment/);
  });

  it('writes pretty JSON, and the committed example matches the generator', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'relais-slack-manifest-'));
    try {
      const outFile = path.join(dir, 'nested', 'manifest.json');
      const written = await writeSlackManifest({ publicUrl, outFile });
      assert.equal(written.file, outFile);
      const text = await readFile(outFile, 'utf8');
      assert.deepEqual(JSON.parse(text), slackManifest({ publicUrl }));
      assert.match(text, /^\{\n {2}"_metadata"/);
      const example = await readFile(
        new URL('../../../manifests/slack/manifest.example.json', import.meta.url),
        'utf8',
      );
      assert.equal(example, text, 'regenerate manifests/slack/manifest.example.json');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('Slack usage hint', () => {
  it('offers only the commands that answer, in the manifest’s language', () => {
    const hint = (locale: 'fr' | 'en') =>
      slackManifest({
        publicUrl: 'https://relais.example.com',
        locale,
        commands: ['help', 'news', 'poll', 'ambassadors'],
      }).features?.slash_commands?.[0]?.usage_hint;
    assert.equal(hint('en'), 'help | news | poll | ambassadors');
    assert.equal(hint('fr'), 'aide | actus | sondage | ambassadeurs');
  });
});
