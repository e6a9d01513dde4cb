/**
 * What the App Home shows a person under their news feed: a welcome line, a guest's group portals
 * (each group's welcome, pinned items, resources, open polls and contacts) and the help card.
 * A guest held by a gate (charter pending) gets no portal here: the Home then shows the charter.
 */
import type { Card } from '../../shared/cards/model.js';
import type { Core } from '../../shared/core.js';
import { portalCard } from '../../shared/groups/portal/portal-card.js';
import { translator } from '../../shared/i18n/i18n.js';
import type { SlackActor } from './slack-people.js';

export interface HomeContent {
  header: string;
  cards: Card[];
}

export async function homeContent(
  core: Pick<Core, 'commands' | 'access' | 'groupPortal'>,
  actor: SlackActor,
): Promise<HomeContent> {
  const t = translator(actor.locale);
  const name = actor.person.displayName;
  return {
    header: t('home.welcome', { name }),
    cards: [...(await portalCards(core, actor)), core.commands.helpCard(actor.locale, name)],
  };
}

/** a guest's portals, one card per group; members read theirs in the tab */
async function portalCards(core: Pick<Core, 'access' | 'groupPortal'>, actor: SlackActor): Promise<Card[]> {
  if (actor.person.kind !== 'guest') return [];
  if (await core.access.hold(actor.person, { kind: 'home' })) return [];
  const views = await core.groupPortal.homeViews(actor.person, actor.locale);
  return views.map((view) => portalCard(view, actor.locale));
}
