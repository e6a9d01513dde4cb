/**
 * The guests' cards (charter, access review, expiry, notices) in both languages, with hostile
 * names and texts, through both renderers: the official adaptivecards SDK accepts the Teams card,
 * the Block Kit message (and the App Home showing a held guest's charter) passes the limit
 * checker, and user text stays text.
 */
import assert from 'node:assert/strict';
import { renderBlockKit, renderHomeView } from '../../../bots/slack/cards/render-block-kit.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import type { Card } from '../../../shared/cards/model.js';
import { charterAcceptedCard, charterCard } from '../../../shared/groups/charter/charter-card.js';
import type { PendingCharter } from '../../../shared/groups/charter/charter-queries.js';
import {
  expiryGuestCard,
  expiryManagerCard,
  noticeCard,
  REVIEW_CARD_GUESTS,
  reviewCard,
} from '../../../shared/groups/reviews/review-cards.js';
import type { Locale } from '../../../shared/i18n/i18n.js';
import { checkBlockKit } from '../../harness/block-kit-limits.js';
import { assertAdaptiveCardOk, assertBlockKitOk } from '../cards/invariants.js';

// biome-ignore lint/suspicious/noTemplateCurlyInString: a literal `${` is hostile user text
const hostile = '<b>*Eve*</b> _${x}_ <!channel> [x](javascript:alert(1))';

const pending: PendingCharter = {
  groupId: 'g1',
  version: 3,
  hash: 'abc',
  textFr: `# Charte\n- soyez **courtois**\n- ${hostile}`,
  textEn: null,
  nameFr: hostile,
  nameEn: null,
  deadlineDays: 14,
  since: '2026-12-01T09:00:00.000Z',
};

function cards(locale: Locale): Card[] {
  const guests = Array.from({ length: REVIEW_CARD_GUESTS + 5 }, (_, i) => ({
    personId: `p${i}`,
    name: `${hostile} ${i}`,
    invitedBy: i % 2 ? hostile : null,
    since: '2026-06-01T00:00:00.000Z',
    lastActiveAt: i % 3 ? '2026-11-01T00:00:00.000Z' : null,
    charterVersion: i % 4 ? 2 : null,
    decision: i < 2 ? 'keep' : null,
  }));
  const view = {
    reviewId: 'r1',
    group: hostile,
    dueAt: '2026-12-14T00:00:00.000Z',
    action: 'remove',
    closed: false,
    reminder: true,
    guests,
  };
  return [
    charterCard(pending, locale),
    charterCard(pending, locale, 'stale'),
    charterAcceptedCard(pending, 3, locale),
    reviewCard(view, locale),
    reviewCard({ ...view, closed: true, guests: [] }, locale),
    expiryGuestCard(hostile, '2026-12-20T00:00:00.000Z', locale),
    expiryManagerCard(
      {
        groupId: 'g1',
        personId: 'p1',
        group: hostile,
        name: hostile,
        expiresAt: '2026-12-20T00:00:00.000Z',
        days: 180,
      },
      locale,
    ),
    noticeCard(`**${hostile}**`),
  ];
}

describe('Groups: the guests’ cards on both renderers', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`renders every card in ${locale} for Teams and Slack`, () => {
      for (const card of cards(locale)) {
        assertAdaptiveCardOk(renderAdaptiveCard(card));
        assertBlockKitOk(renderBlockKit(card), 'message');
      }
    });
  }

  it('shows the charter on a held guest’s App Home', () => {
    assert.deepEqual(checkBlockKit(renderHomeView([charterCard(pending, 'en')]), 'home'), []);
  });

  it('says the charter in the reader’s language, falling back to the other one', () => {
    const en = JSON.stringify(renderAdaptiveCard(charterCard(pending, 'en')));
    assert.ok(en.includes('I accept the charter'));
    assert.ok(en.includes('courtois'), 'the French text when there is no English one');
    const fr = JSON.stringify(renderBlockKit(charterCard(pending, 'fr')));
    assert.ok(fr.includes('J’accepte la charte') && fr.includes('15 décembre 2026'), fr.slice(0, 500));
  });

  it('lists at most the card’s share of guests and counts the rest', () => {
    const review = JSON.stringify(renderBlockKit(cards('en')[3]!));
    assert.ok(review.includes('…and 3 more guests'), review.slice(-600));
  });
});
