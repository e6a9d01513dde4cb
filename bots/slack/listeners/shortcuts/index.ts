/**
 * Shortcuts declared in the Slack manifest ("create a poll", "share as news"). Each one runs the
 * matching chat command through the core and shows its answer in a modal, so the shortcut does
 * exactly what `/relais poll` or `/relais news` does, today and once those features land.
 */
import type { AllMiddlewareArgs, App, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { shortcutCallbackIds } from '../../../../manifests/slack/manifest.js';
import { translate } from '../../../../shared/i18n/i18n.js';
import { renderModal } from '../../cards/render-block-kit.js';
import type { SlackDeps } from '../slack-deps.js';

const commandFor: Record<string, string> = {
  [shortcutCallbackIds.createPoll]: 'poll',
  [shortcutCallbackIds.shareNews]: 'news',
};

export function register(app: App, deps: SlackDeps): void {
  for (const [callbackId, command] of Object.entries(commandFor)) {
    app.shortcut(callbackId, runAsCommand(deps, command));
  }
}

function runAsCommand(deps: SlackDeps, command: string) {
  return async ({ shortcut, ack, client, context }: SlackShortcutMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const teamId = context.teamId ?? shortcut.team?.id ?? '';
    const actor = await deps.people.resolve(client, teamId, shortcut.user.id, context.enterpriseId);
    const card = await deps.core.commands.run({
      text: command,
      actor: actor.person,
      locale: actor.locale,
      platform: 'slack',
    });
    await client.views.open({
      trigger_id: shortcut.trigger_id,
      view: renderModal(card, {
        callbackId: `shortcut.${command}`,
        title: translate(actor.locale, 'app.name'),
        closeLabel: translate(actor.locale, 'common.close'),
      }),
    });
  };
}
