/**
 * Every card button (`block_actions`): acknowledged at once, decoded into the core action and
 * its payload, dispatched, and answered where the click happened — the clicked message
 * refreshed in place (chat.update for messages the bot posted, response_url for ephemeral
 * ones, views.publish on the App Home), a dialog opened as a modal, and any notice shown
 * privately. A button the core no longer knows gets a polite private message, never a crash.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ActionResult } from '../../../../shared/actions/dispatcher.js';
import type { Card } from '../../../../shared/cards/model.js';
import { isAppError } from '../../../../shared/errors/errors.js';
import { type MessageKey, translate } from '../../../../shared/i18n/i18n.js';
import type { SentMessage } from '../../../../shared/messaging/messenger.js';
import {
  decodeBlockAction,
  decodeInputValues,
  isLinkButtonAction,
  renderBlockKit,
  renderHomeView,
} from '../../cards/render-block-kit.js';
import { homeContent } from '../../home-content.js';
import { openDialog, slackConversation } from '../../replies/open-dialog.js';
import { tellPerson } from '../../replies/tell-person.js';
import type { SlackActor } from '../../slack-people.js';
import { postWebApiRetrying } from '../../web-api-post.js';
import type { SlackDeps } from '../slack-deps.js';

type CardActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** AppError codes the clicker is told about in their language; anything else is a bug. */
const expectedErrors: Partial<Record<string, MessageKey>> = {
  unknown_action: 'error.unknown_action',
  // an action_id or value our renderer did not write (old or forged message)
  bad_request: 'error.unknown_action',
  not_found: 'error.unknown_action',
  forbidden: 'error.forbidden',
  validation_failed: 'error.generic',
};

export function cardAction(deps: SlackDeps) {
  return async (args: CardActionArgs) => {
    const { ack, body, action, client, context, respond } = args;
    await ack();
    // link buttons also report their clicks (the browser already opened the URL); legacy
    // attachment buttons and dialogs are not ours
    if (body.type !== 'block_actions' || isLinkButtonAction(action)) return;

    const teamId = context.teamId ?? body.team?.id ?? '';
    const actor = await deps.people.resolve(client, teamId, body.user.id, context.enterpriseId);
    const channelId = body.channel?.id ?? body.container?.channel_id;
    const messageTs = body.message?.ts ?? body.container?.message_ts;
    const onHome = body.container?.type === 'view' && body.view?.type === 'home';
    const place = {
      respond: body.response_url ? respond : undefined,
      client,
      userId: body.user.id,
      channelId,
      homeCards: onHome ? (await homeContent(deps.core, actor)).cards : undefined,
    };

    let result: ActionResult;
    let dispatched = '';
    try {
      const decoded = decodeBlockAction(action);
      dispatched = decoded.action;
      const message: SentMessage | undefined =
        channelId && messageTs
          ? { platform: 'slack', tenantId: teamId, conversationId: channelId, messageId: messageTs }
          : undefined;
      result = await deps.core.dispatcher.dispatch({
        action: decoded.action,
        payload: decoded.payload,
        // a card with a form sends its current values along with the button (Slack state.values)
        inputs: decodeInputValues(body.state?.values),
        actor: actor.person,
        locale: actor.locale,
        platform: 'slack',
        message,
        conversation: slackConversation(teamId, channelId),
      });
    } catch (error) {
      const key = isAppError(error) ? expectedErrors[error.code] : undefined;
      if (!key) throw error;
      deps.core.logger.info(
        { action: action.action_id, code: (error as { code: string }).code },
        'card action refused',
      );
      await tellPerson(place, translate(actor.locale, key));
      return;
    }

    // a dialog opens with this click's trigger_id (valid 3 s, once)
    if (result.dialog) {
      // from a modal the next dialog stacks on it (views.push); elsewhere it opens (views.open)
      const inModal = body.container?.type === 'view' && body.view?.type === 'modal';
      await openDialog(client, body.trigger_id, result.dialog, actor.locale, channelId, inModal);
    }
    // on the Home, a notice keeps the whole Home under it, news feed included as it is now
    if (onHome)
      place.homeCards = [
        ...(await deps.core.news.home(actor.person, actor.locale)).cards,
        ...(await homeContent(deps.core, actor)).cards,
      ];
    // the clicker's own view (a vote, results hidden from others) on a channel message
    if (result.card && result.personal && (await showToClickerAlone(args, result.card))) {
      result = { ...result, card: undefined };
    }
    if (result.card) await refreshInPlace(args, actor, result.card, deps, dispatched);
    if (result.notice) await tellPerson(place, result.notice);
  };
}

/**
 * A personal card on a message others see too goes to the clicker alone, as an ephemeral: a
 * chat.update would show their view to everyone. A DM (D…) or an ephemeral is theirs alone
 * anyway and is replaced in place as usual (false).
 */
async function showToClickerAlone({ body, client }: CardActionArgs, card: Card): Promise<boolean> {
  const container = body.container as { type?: string; is_ephemeral?: boolean } | undefined;
  const channel = body.channel?.id;
  if (container?.type !== 'message' || container.is_ephemeral || !body.message || !channel) return false;
  if (channel.startsWith('D')) return false;
  // straight on the keep-alive transport (web-api-post.ts): one per vote on a channel poll
  await postWebApiRetrying(client.slackApiUrl, client.token ?? '', 'chat.postEphemeral', {
    channel,
    user: body.user.id,
    ...renderBlockKit(card),
  });
  return true;
}

async function refreshInPlace(
  { body, client, respond }: CardActionArgs,
  actor: SlackActor,
  card: Card,
  deps: SlackDeps,
  dispatched: string,
): Promise<void> {
  const container = body.container as { type?: string; is_ephemeral?: boolean } | undefined;
  if (container?.type === 'view') {
    if (body.view?.type !== 'home') return; // modals get their own listeners when features add them
    const { header, cards } = await homeContent(deps.core, actor);
    // the Home's news feed is rebuilt from the core, so a news button's answer is already in it;
    // any other card replaces the rest of the Home, as before
    const news = (await deps.core.news.home(actor.person, actor.locale)).cards;
    const rest = dispatched.startsWith('news.') ? cards : [card];
    await client.views.publish({ user_id: body.user.id, view: renderHomeView([...news, ...rest], header) });
    return;
  }
  const rendered = renderBlockKit(card);
  if (container?.is_ephemeral || !body.message) {
    // ephemeral messages (slash command answers) can only be replaced through response_url
    await respond({ replace_original: true, ...rendered });
    return;
  }
  await client.chat.update({ channel: body.channel?.id ?? '', ts: body.message.ts, ...rendered });
}
