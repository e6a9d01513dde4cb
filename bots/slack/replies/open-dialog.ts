/**
 * Opens a core dialog as a Slack modal with the interaction's trigger_id (valid 3 s, once; pushed
 * onto the current modal when the interaction came from one), and tells a person something after
 * a dialog closed: ephemerally in the channel the dialog came from, else in their DM with the app.
 */
import type { WebClient } from '@slack/web-api';
import type { DialogSpec } from '../../../shared/actions/dispatcher.js';
import type { Locale } from '../../../shared/i18n/i18n.js';
import type { ConversationTarget } from '../../../shared/messaging/messenger.js';
import { dialogModal } from '../cards/dialog-modal.js';
import { renderBlockKit } from '../cards/render-block-kit.js';

export async function openDialog(
  client: WebClient,
  triggerId: string,
  dialog: DialogSpec,
  locale: Locale,
  channelId?: string,
  /** stack it on the modal the interaction came from */
  push = false,
): Promise<void> {
  const view = dialogModal(dialog, locale, channelId);
  if (push) await client.views.push({ trigger_id: triggerId, view });
  else await client.views.open({ trigger_id: triggerId, view });
}

export async function tellAfterDialog(
  client: WebClient,
  userId: string,
  text: string,
  channelId?: string,
): Promise<void> {
  const notice = renderBlockKit({ summary: text, blocks: [{ type: 'text', text }] });
  if (channelId) {
    try {
      await client.chat.postEphemeral({ channel: channelId, user: userId, ...notice });
      return;
    } catch {
      // a channel the app is not in (a message shortcut elsewhere): the DM still reaches them
    }
  }
  await client.chat.postMessage({ channel: userId, ...notice });
}

/** The channel an interaction came from, as the core addresses it. */
export const slackConversation = (
  teamId: string,
  channelId: string | undefined,
): ConversationTarget | undefined =>
  channelId
    ? { kind: 'conversation', platform: 'slack', tenantId: teamId, conversationId: channelId }
    : undefined;
