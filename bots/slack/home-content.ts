/**
 * What the App Home shows a person: a welcome line and, for now, the help card. Feature issues
 * add their cards here (latest news, open polls, the welcome tour's next step).
 */
import type { Card } from '../../shared/cards/model.js';
import type { Core } from '../../shared/core.js';
import { translator } from '../../shared/i18n/i18n.js';
import type { SlackActor } from './slack-people.js';

export interface HomeContent {
  header: string;
  cards: Card[];
}

export function homeContent(core: Pick<Core, 'commands'>, actor: SlackActor): HomeContent {
  const t = translator(actor.locale);
  const name = actor.person.displayName;
  return {
    header: t('home.welcome', { name }),
    cards: [core.commands.helpCard(actor.locale, name)],
  };
}
