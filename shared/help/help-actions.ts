/** `help.topic`: the help card's topic buttons, answered with the card refreshed in place. */
import type { Ports } from '../capability/ports.js';
import { translator } from '../i18n/i18n.js';
import { helpCard, isHelpTopic } from './help-card.js';

export function registerHelpActions(core: Pick<Ports, 'dispatcher' | 'consoleUrl'>): void {
  core.dispatcher.register('help.topic', async ({ payload, actor, locale }) => ({
    card: helpCard({
      t: translator(locale),
      name: actor.displayName,
      consoleUrl: core.consoleUrl,
      topic: isHelpTopic(payload.topic) ? payload.topic : undefined,
    }),
  }));
}
