/** The help card: what Relais does, the commands, and topic buttons that refresh it in place. */
import { escapeMarkdown } from '../cards/markdown.js';
import { type Card, card, link } from '../cards/model.js';
import type { Translator } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import { type HelpTopic, helpActions, helpTopics } from './help-actions.js';

/** Where the reader's messages come: the platforms they use Relais on, and their choice. */
export interface PlatformView {
  /** the chat platforms they have an account on */
  accounts: readonly PlatformName[];
  /** their choice (null: where they used Relais last) */
  preferred: PlatformName | null;
}

export interface HelpView {
  t: Translator;
  /** the person's display name: user text, escaped before it joins the markdown greeting */
  name: string;
  consoleUrl: string;
  /** the words of the commands that answer (registered ones only), in the reader's language */
  commands: readonly string[];
  topic?: HelpTopic;
  /** for the `platform` topic */
  platform?: PlatformView;
}

export function helpCard({ t, name, consoleUrl, commands, topic, platform }: HelpView): Card {
  if (topic === 'platform') return platformCard(t, platform ?? { accounts: [], preferred: null });
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

/** The `platform` topic: the reader's choice, and a button per platform they are on. */
function platformCard(t: Translator, { accounts, preferred }: PlatformView): Card {
  const now = preferred
    ? t('help.platform.now_chosen', { platform: t(`help.platform.${preferred}`) })
    : t('help.platform.now_auto');
  const choices =
    accounts.length > 1
      ? [
          ...accounts.map((p) =>
            helpActions.platform.button(
              t(`help.platform.${p}`),
              { platform: p },
              p === preferred ? 'primary' : undefined,
            ),
          ),
          helpActions.platform.button(
            t('help.platform.auto'),
            { platform: 'auto' },
            preferred ? undefined : 'primary',
          ),
        ]
      : [];
  return card(
    t('help.topic.platform'),
    { type: 'heading', text: t('help.topic.platform') },
    { type: 'text', text: t('help.topic.platform.body') },
    { type: 'text', text: accounts.length > 1 ? now : t('help.platform.only_one') },
    { type: 'buttons', buttons: [...choices, helpActions.topic.button(t('help.back'), { topic: 'none' })] },
  );
}
