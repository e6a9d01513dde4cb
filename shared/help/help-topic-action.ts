/** `help.topic`: the help card's topic buttons, answered with the card refreshed in place. */
import { type Locale, translator } from '../i18n/i18n.js';
import { helpActions } from './help-actions.js';
import { helpCard } from './help-card.js';

/** The core's own action (help is no capability): the core hands it to its dispatcher. */
export const helpTopicAction = (consoleUrl: string, commandWords: (locale: Locale) => string[]) =>
  helpActions.topic.handledBy(async ({ topic }, { actor, locale }) => ({
    card: helpCard({
      t: translator(locale),
      name: actor.displayName,
      consoleUrl,
      commands: commandWords(locale),
      topic: topic === 'none' ? undefined : topic,
    }),
  }));
