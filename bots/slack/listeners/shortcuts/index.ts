/**
 * Global and message shortcuts ("create a poll", "share as news"): the callback_id is a shortcut
 * id of `core.shortcuts`; its action answers with a dialog, opened as a modal with the
 * shortcut's trigger_id (message shortcuts hand over the message's text and author). A shortcut
 * no feature registered falls back to its chat command (`poll.create` → `/relais poll`), shown
 * in a modal; anything else says the shortcut is not available.
 */
import type {
  AllMiddlewareArgs,
  App,
  GlobalShortcut,
  MessageShortcut,
  SlackShortcutMiddlewareArgs,
} from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { shortcutCallbackIds } from '../../../../manifests/slack/manifest.js';
import type { ActionResult } from '../../../../shared/actions/dispatcher.js';
import type { ShortcutRequest, ShortcutSource } from '../../../../shared/actions/shortcuts.js';
import type { Card } from '../../../../shared/cards/model.js';
import { isAppError } from '../../../../shared/errors/errors.js';
import { type Locale, translate } from '../../../../shared/i18n/i18n.js';
import { renderModal } from '../../cards/render-block-kit.js';
import { openDialog, slackConversation } from '../../replies/open-dialog.js';
import type { SlackDeps } from '../slack-deps.js';

/** Shortcuts of the manifest that fall back to a chat command while no feature registers them. */
const commandFor: Record<string, string> = {
  [shortcutCallbackIds.createPoll]: 'poll',
  [shortcutCallbackIds.shareNews]: 'news',
};

type ShortcutArgs = SlackShortcutMiddlewareArgs & AllMiddlewareArgs;

export function register(app: App, deps: SlackDeps): void {
  // every callback_id: features register shortcuts on the core, after the app is built
  app.shortcut<GlobalShortcut>({ type: 'shortcut' }, openShortcut(deps));
  app.shortcut<MessageShortcut>({ type: 'message_action' }, openShortcut(deps));
}

/** Slack message text (mrkdwn with `&amp;` escapes and `<url|label>` links) → plain text. */
export function slackMessageToPlain(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function messageSource(
  deps: SlackDeps,
  client: WebClient,
  teamId: string,
  shortcut: MessageShortcut,
): Promise<ShortcutSource> {
  const source: ShortcutSource = { sourceText: slackMessageToPlain(shortcut.message.text ?? '') };
  const authorId = shortcut.message.user;
  if (authorId) {
    try {
      source.sourceAuthor = (await deps.people.resolve(client, teamId, authorId)).person.displayName;
    } catch (error) {
      // the author's name is a nicety: the shortcut opens without it
      deps.core.logger.warn({ err: error, authorId }, 'message shortcut: author lookup failed');
    }
  }
  return source;
}

function openShortcut(deps: SlackDeps) {
  return async ({ shortcut, ack, client, context }: ShortcutArgs) => {
    await ack();
    const teamId = context.teamId ?? shortcut.team?.id ?? '';
    const actor = await deps.people.resolve(client, teamId, shortcut.user.id, context.enterpriseId);
    const channelId = shortcut.type === 'message_action' ? shortcut.channel.id : undefined;
    const base: ShortcutRequest = {
      actor: actor.person,
      locale: actor.locale,
      platform: 'slack',
      conversation: slackConversation(teamId, channelId),
    };
    const id = shortcut.callback_id;
    let result: ActionResult;
    try {
      if (deps.core.shortcuts.get(id)) {
        const source =
          shortcut.type === 'message_action' ? await messageSource(deps, client, teamId, shortcut) : {};
        result = await deps.core.shortcuts.open(id, base, source);
      } else if (commandFor[id]) {
        result = await deps.core.commands.execute({ ...base, text: commandFor[id] });
      } else {
        result = { notice: translate(actor.locale, 'error.unknown_action') };
      }
    } catch (error) {
      if (!isAppError(error) || error.status >= 500) throw error;
      deps.core.logger.info({ code: error.code, shortcut: id }, 'shortcut refused');
      result = {
        notice: translate(
          actor.locale,
          error.code === 'forbidden' ? 'error.forbidden' : 'error.unknown_action',
        ),
      };
    }
    if (result.dialog) {
      await openDialog(client, shortcut.trigger_id, result.dialog, actor.locale, channelId);
      return;
    }
    const card: Card = result.card ?? {
      summary: result.notice ?? '',
      blocks: [{ type: 'text', text: result.notice ?? translate(actor.locale, 'error.generic') }],
    };
    await client.views.open({ trigger_id: shortcut.trigger_id, view: infoModal(card, actor.locale) });
  };
}

/** A card or a notice in a modal with only a close button. */
const infoModal = (card: Card, locale: Locale) =>
  renderModal(
    { ...card, blocks: card.blocks.filter((b) => b.type !== 'inputs') },
    {
      callbackId: 'relais.info',
      title: translate(locale, 'app.name'),
      closeLabel: translate(locale, 'common.close'),
    },
  );
