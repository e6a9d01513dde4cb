/**
 * The Slack app manifest, typed with @slack/web-api's manifest type so a misspelt field or an
 * unknown scope or event does not compile. `writeSlackManifest` writes it as JSON, ready to paste
 * into https://api.slack.com/apps (Create New App → From a manifest, or App Manifest).
 * Every Slack request (events, slash command, interactivity, options) goes to one path, which
 * Bolt's receiver serves; the OAuth redirect is served by the same receiver.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppsManifestCreateArguments } from '@slack/web-api';
import { type CommandName, commandNames } from '../../shared/commands/commands.js';
import { type Locale, translator } from '../../shared/i18n/i18n.js';
import { ManifestError } from '../manifest-error.js';

export type SlackManifest = AppsManifestCreateArguments['manifest'];

export interface SlackManifestOptions {
  /** External base URL of the Relais server, e.g. https://relais.example.com. */
  publicUrl: string;
  /**
   * Socket Mode (local development without a public URL): Slack then delivers events, commands
   * and interactions over the WebSocket and the request URLs are left out.
   */
  socketMode?: boolean;
  /** Slack manifests cannot be localized: the language of the texts. Defaults to English. */
  locale?: Locale;
  /**
   * The commands that answer (the core's registered ones, as `relais manifest slack` reads
   * them), for the usage hint: a command that would say "not available yet" is not offered.
   * Defaults to the whole catalogue.
   */
  commands?: readonly CommandName[];
}

/** Paths served by the Slack adapter (bots/slack); the manifest tests hold them to this list. */
export const slackPaths = { events: '/slack/events', oauthRedirect: '/slack/oauth_redirect' } as const;

export const slashCommand = '/relais';

/** Shortcut callback ids, routed by the Slack adapter to the news and polls features. */
export const shortcutCallbackIds = { createPoll: 'poll.create', shareNews: 'news.share' } as const;

/** The bot scopes Relais asks for, each with the reason; the OAuth install asks for the same. */
export const slackBotScopes = [
  'chat:write', // post news, polls, tour steps and update them (chat.postMessage, chat.update)
  'commands', // the /relais slash command and the two shortcuts
  'im:write', // open a direct message with a person to deliver to them (conversations.open)
  'im:history', // message.im: people talk to the bot in its Messages tab
  'users:read', // team_join and users.info: learn people, their locale and time zone
  'users:read.email', // link a Slack person to their Teams identity by email
  'channels:read', // member_joined_channel in public channels; list channels to target
  'groups:read', // member_joined_channel in private channels the bot was added to
  'reactions:read', // reaction_added: reactions on news count as engagement
  'app_mentions:read', // app_mention: "@relais help" in a channel
  'team:read', // workspace name and domain for the console and links
  'conversations.connect:write', // conversations.inviteShared: invite a group's guests (Slack Connect)
  'channels:manage', // conversations.kick: remove a guest from a group's public channel
  'groups:write', // conversations.kick: remove a guest from a group's private channel
] as const;

export function slackManifest(options: SlackManifestOptions): SlackManifest {
  const socketMode = options.socketMode ?? false;
  const t = translator(options.locale ?? 'en');
  const base = normalisePublicUrl(options.publicUrl, socketMode);
  const eventsUrl = `${base}${slackPaths.events}`;
  // In Socket Mode Slack ignores request URLs; leaving them out avoids a URL verification prompt.
  const requestUrl = socketMode ? {} : { request_url: eventsUrl };

  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'Relais',
      description: t('manifest.slack.description'),
      long_description: t('manifest.slack.long_description'),
      background_color: '#2D5BD7',
    },
    features: {
      bot_user: { display_name: 'relais', always_online: true },
      app_home: {
        home_tab_enabled: true,
        messages_tab_enabled: true,
        // People talk to the bot in its Messages tab (the same commands as /relais).
        messages_tab_read_only_enabled: false,
      },
      slash_commands: [
        {
          command: slashCommand,
          description: t('manifest.slack.command_description'),
          usage_hint: (options.commands ?? commandNames).map((name) => t(`help.command.${name}`)).join(' | '),
          should_escape: false,
          ...(socketMode ? {} : { url: eventsUrl }),
        },
      ],
      shortcuts: [
        {
          type: 'global',
          name: t('manifest.slack.shortcut.poll.name'),
          callback_id: shortcutCallbackIds.createPoll,
          description: t('manifest.slack.shortcut.poll.description'),
        },
        {
          type: 'message',
          name: t('manifest.slack.shortcut.news.name'),
          callback_id: shortcutCallbackIds.shareNews,
          description: t('manifest.slack.shortcut.news.description'),
        },
      ],
    },
    oauth_config: {
      // Used by the multi-workspace install (SLACK_CLIENT_ID set); harmless for a single workspace.
      redirect_urls: [`${base}${slackPaths.oauthRedirect}`],
      scopes: {
        bot: [...slackBotScopes],
      },
    },
    settings: {
      event_subscriptions: {
        ...requestUrl,
        bot_events: [
          'app_home_opened', // publish the Home tab
          'team_join', // welcome tour for newcomers; the directory learns them
          'user_change', // the directory (DIRECTORY_SOURCES=slack) follows profile changes
          'member_joined_channel', // group membership follows channel membership
          'reaction_added', // engagement on news
          'reaction_removed', // logged with the news reactions
          'app_uninstalled', // delete the workspace's installation
          'tokens_revoked', // likewise when tokens are revoked
          'message.im', // commands typed in the Messages tab
          'app_mention', // commands addressed to @relais in channels
        ],
      },
      interactivity: {
        is_enabled: true,
        ...requestUrl,
        ...(socketMode ? {} : { message_menu_options_url: eventsUrl }),
      },
      org_deploy_enabled: false,
      socket_mode_enabled: socketMode,
      token_rotation_enabled: false,
    },
  };
}

function normalisePublicUrl(publicUrl: string, socketMode: boolean): string {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new ManifestError('invalid_env', `PUBLIC_URL is not a URL: ${JSON.stringify(publicUrl)}`);
  }
  if (url.protocol !== 'https:' && !(socketMode && url.protocol === 'http:')) {
    throw new ManifestError(
      'invalid_env',
      `PUBLIC_URL must start with https:// (Slack only calls https request URLs): got ${publicUrl}`,
    );
  }
  if (url.search || url.hash) {
    throw new ManifestError('invalid_env', `PUBLIC_URL must not have a query or fragment: got ${publicUrl}`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export const slackManifestDir = path.dirname(fileURLToPath(import.meta.url));

export interface WriteSlackManifestOptions extends SlackManifestOptions {
  /** Defaults to manifests/slack/build/manifest.json. */
  outFile?: string;
}

/** Writes the manifest as pretty JSON and returns where, with the manifest itself. */
export async function writeSlackManifest(
  options: WriteSlackManifestOptions,
): Promise<{ file: string; manifest: SlackManifest }> {
  const manifest = slackManifest(options);
  const file = options.outFile ?? path.join(slackManifestDir, 'build', 'manifest.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return { file, manifest };
}
