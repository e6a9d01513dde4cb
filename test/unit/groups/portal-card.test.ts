/**
 * A group's portal card (the Slack App Home of a guest) and the page templates: the card, with
 * hostile texts and many links, passes the Block Kit limit checker on the App Home and the official
 * adaptivecards SDK, user text stays text (a `javascript:` link is not made a link), sections
 * without links are left out; every kind of group has a template in French and in English.
 */
import assert from 'node:assert/strict';
import { renderBlockKit, renderHomeView } from '../../../bots/slack/cards/render-block-kit.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import { groupKinds } from '../../../shared/groups/group-model.js';
import { portalCard } from '../../../shared/groups/portal/portal-card.js';
import { portalInputSchema } from '../../../shared/groups/portal/portal-model.js';
import type { PortalView } from '../../../shared/groups/portal/portal-service.js';
import { portalTemplates } from '../../../shared/groups/portal/portal-templates.js';
import { checkBlockKit } from '../../harness/block-kit-limits.js';
import { assertAdaptiveCardOk, assertBlockKitOk } from '../cards/invariants.js';

// biome-ignore lint/suspicious/noTemplateCurlyInString: a literal `${` is hostile user text
const hostile = '<b>*Eve*</b> _${x}_ <!channel> [x](javascript:alert(1))';

const view = (resources: number): PortalView => ({
  group: { id: 'g1', kind: 'partners', name: hostile, description: '' },
  welcome: `Bienvenue ${hostile}\nDeuxième ligne`,
  sections: [
    {
      title: hostile,
      resources: Array.from({ length: resources }, (_, i) => ({
        title: `${hostile} ${i}`,
        url: `https://docs.example/${i}`,
      })),
    },
    { title: 'Empty section', resources: [] },
  ],
  pinned: [{ id: 'n1', title: hostile, summary: '', publishedAt: null, strategic: false }],
  news: [],
  polls: [{ id: 'p1', question: `${hostile} ?`, closesAt: null }],
  contacts: [
    {
      personId: 'm1',
      displayName: hostile,
      email: 'mia@example.com',
      chat: { teams: null, slack: 'slack://user?team=T1&id=U1' },
    },
    { personId: 'm2', displayName: 'No Mail', email: null, chat: { teams: null, slack: null } },
  ],
  tour: null,
  canEdit: false,
  content: null,
});

describe('Groups: the portal card and page templates', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`renders a portal with 20 links in ${locale} for Slack's App Home and Teams`, () => {
      const card = portalCard(view(20), locale);
      assert.deepEqual(checkBlockKit(renderHomeView([card], 'Home'), 'home'), []);
      assertBlockKitOk(renderBlockKit(card), 'message');
      assertAdaptiveCardOk(renderAdaptiveCard(card));
    });
  }

  it('keeps user text as text and leaves out a section without links', () => {
    const rendered = renderBlockKit(portalCard(view(2), 'en'));
    const shown = JSON.stringify(rendered);
    // mrkdwn texts carry the hostile text escaped (plain_text ones are never parsed by Slack)
    const mrkdwn = JSON.stringify(rendered.blocks).match(/"type":"mrkdwn","text":"[^"]*"/g) ?? [];
    assert.ok(mrkdwn.length > 0);
    for (const text of mrkdwn) {
      assert.ok(!text.includes('<!channel>'), `a broadcast mention in ${text}`);
      assert.ok(!text.includes('<javascript:'), `a script link in ${text}`);
    }
    assert.ok(!shown.includes('Empty section'), 'a section without links is not shown');
    assert.ok(shown.includes('https://docs.example/1'));
    assert.ok(shown.includes('mailto:mia@example.com'));
    assert.ok(shown.includes('Open polls'));
  });

  it('has a template for every kind of group, in French and English, that its schema accepts', () => {
    for (const kind of groupKinds) {
      const template = portalTemplates[kind];
      assert.ok(template.welcome.fr && template.welcome.en, kind);
      assert.ok(template.sections.length > 0, kind);
      for (const section of template.sections) assert.ok(section.title.fr && section.title.en, kind);
      assert.equal(portalInputSchema.safeParse(template).success, true, kind);
    }
    assert.notEqual(portalTemplates.partners.welcome.en, portalTemplates.clients.welcome.en);
  });
});
