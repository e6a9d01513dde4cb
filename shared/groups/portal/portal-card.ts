/**
 * A group's portal as one neutral card, for the Slack App Home of a guest: the group's name and
 * welcome, its pinned items, each resource section with its links, the open polls and the
 * managers to contact. The group's news is the App Home's news feed above it (a guest's feed holds
 * only their groups' items), so it is not repeated here.
 */
import { type Card, type CardBlock, card, link } from '../../cards/model.js';
import { type Locale, translator } from '../../i18n/i18n.js';
import type { PortalView } from './portal-service.js';

/** links per buttons row: platforms cap a row (Block Kit actions) well above this, readers lower */
const LINKS_PER_ROW = 5;

export function portalCard(view: PortalView, locale: Locale): Card {
  const t = translator(locale);
  const blocks: CardBlock[] = [{ type: 'heading', text: view.group.name }];
  if (view.welcome) blocks.push({ type: 'text', text: view.welcome });
  if (view.pinned.length > 0) {
    blocks.push({
      type: 'text',
      text: [`**${t('groups.portal.pinned')}**`, ...view.pinned.map((n) => `- ${n.title}`)].join('\n'),
    });
  }
  for (const section of view.sections) {
    if (section.resources.length === 0) continue;
    blocks.push({ type: 'text', text: `**${section.title}**` });
    for (let i = 0; i < section.resources.length; i += LINKS_PER_ROW) {
      const row = section.resources.slice(i, i + LINKS_PER_ROW);
      blocks.push({ type: 'buttons', buttons: row.map((r) => link(r.title, r.url)) });
    }
  }
  if (view.polls.length > 0) {
    blocks.push({
      type: 'text',
      text: [`**${t('groups.portal.polls')}**`, ...view.polls.map((p) => `- ${p.question}`)].join('\n'),
    });
    blocks.push({ type: 'context', text: t('groups.portal.polls_hint') });
  }
  if (view.contacts.length > 0) {
    const lines = view.contacts.map((c) => {
      // the card's markdown links only to web and mail addresses, so a contact is reached by mail
      return c.email ? `- ${c.displayName}: [${c.email}](mailto:${c.email})` : `- ${c.displayName}`;
    });
    blocks.push({ type: 'text', text: [`**${t('groups.portal.contacts')}**`, ...lines].join('\n') });
  }
  blocks.push({ type: 'divider' });
  return card(t('groups.portal.summary', { group: view.group.name }), ...blocks);
}
