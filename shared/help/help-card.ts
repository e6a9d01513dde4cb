/** The help card: what Relais does, the commands, and topic buttons that refresh it in place. */
import { escapeMarkdown } from '../cards/markdown.js';
import { type Card, card, link } from '../cards/model.js';
import type { Translator } from '../i18n/i18n.js';
import { type HelpTopic, helpActions, helpTopics } from './help-actions.js';

export interface HelpView {
  t: Translator;
  /** the person's display name: user text, escaped before it joins the markdown greeting */
  name: string;
  consoleUrl: string;
  /** the words of the commands that answer (registered ones only), in the reader's language */
  commands: readonly string[];
  topic?: HelpTopic;
}

export function helpCard({ t, name, consoleUrl, commands, topic }: HelpView): Card {
  if (topic) {
    return card(
      t(`help.topic.${topic}`),
      { type: 'heading', text: t(`help.topic.${topic}`) },
      { type: 'text', text: t(`help.topic.${topic}.body`) },
      { type: 'buttons', buttons: [helpActions.topic.button(t('help.back'), { topic: 'none' })] },
    );
  }
  return card(
    t('help.title'),
    { type: 'heading', text: t('help.title') },
    { type: 'text', text: t('help.intro', { name: escapeMarkdown(name) }) },
    {
      type: 'text',
      text: t('help.commands', { commands: commands.map((word) => `**${word}**`).join(', ') }),
    },
    { type: 'text', text: t('help.topics'), subtle: true },
    {
      type: 'buttons',
      buttons: [
        ...helpTopics.map((topic) => helpActions.topic.button(t(`help.topic.${topic}`), { topic })),
        link(t('help.console'), consoleUrl),
      ],
    },
    { type: 'context', text: t('help.footer') },
  );
}
