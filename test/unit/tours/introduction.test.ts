/**
 * The introduction's pure parts: which channel a newcomer is introduced in (never one the request
 * names), the draft from the profile, the escaping of their text in the posted card, and which
 * imported people concern tours.
 */
import assert from 'node:assert/strict';
import type { ConversationTarget } from '../../../shared/messaging/messenger.js';
import { sampleStartDate } from '../../../shared/tours/console/schedule-preview-route.js';
import {
  draftPresentation,
  introductionOfferCard,
  presentationCard,
} from '../../../shared/tours/introduction/introduction-cards.js';
import { introductionEn, introductionFr } from '../../../shared/tours/introduction/introduction-i18n.js';
import { pickChannel, type TeamChannel } from '../../../shared/tours/introduction/introduction-store.js';
import { concernsTours } from '../../../shared/tours/triggers/after-import.js';

const target = (conversationId: string): ConversationTarget => ({
  kind: 'conversation',
  platform: 'slack',
  tenantId: 'T1',
  conversationId,
});
const joined = (groupKey: string): TeamChannel => ({
  groupKey,
  target: target(groupKey),
  at: '2026-11-01T00:00:00Z',
});

describe('tours introduction', () => {
  describe('pickChannel', () => {
    const rules = [
      { department: 'Sales', site: 'Lyon', target: target('C-sales-lyon') },
      { department: 'Sales', site: null, target: target('C-sales') },
      { department: null, site: 'Lyon', target: target('C-lyon') },
    ];

    it('prefers the team the person joined, the named one when they joined several', () => {
      const person = { department: 'Sales', site: 'Lyon' };
      assert.equal(pickChannel(person, [joined('C-a'), joined('C-b')], rules)?.target.conversationId, 'C-a');
      assert.equal(
        pickChannel(person, [joined('C-a'), joined('C-b')], rules, 'C-b')?.target.conversationId,
        'C-b',
      );
    });

    it('never follows a group the person did not join: it falls back to what it knows', () => {
      const person = { department: 'Sales', site: 'Lyon' };
      assert.equal(pickChannel(person, [joined('C-a')], rules, 'C-elsewhere')?.target.conversationId, 'C-a');
      assert.equal(pickChannel(person, [], rules, 'C-elsewhere')?.target.conversationId, 'C-sales-lyon');
    });

    it('configured channels: department and site, then department, then site; case ignored', () => {
      assert.equal(
        pickChannel({ department: 'sales', site: 'LYON' }, [], rules)?.target.conversationId,
        'C-sales-lyon',
      );
      assert.equal(
        pickChannel({ department: 'Sales', site: 'Paris' }, [], rules)?.target.conversationId,
        'C-sales',
      );
      assert.equal(
        pickChannel({ department: 'Finance', site: 'Lyon' }, [], rules)?.target.conversationId,
        'C-lyon',
      );
      assert.equal(pickChannel({ department: 'Finance', site: 'Paris' }, [], rules), undefined);
      assert.equal(pickChannel({ department: null, site: null }, [], rules), undefined);
    });
  });

  it('drafts from the profile in the person’s language, leaving out what the directory lacks', () => {
    assert.equal(
      draftPresentation({ displayName: 'Ana', department: 'Sales', site: 'Lyon' }, 'en'),
      'Hello everyone! I am Ana. I have just joined Sales. I work at Lyon. I look forward to meeting you!',
    );
    const fr = draftPresentation({ displayName: 'Ana', department: null, site: null }, 'fr');
    assert.match(fr, /^Bonjour à toutes et à tous ! Je suis Ana\./);
    assert.doesNotMatch(fr, /rejoindre|travaille/);
  });

  it('posts the newcomer’s text escaped, never as markup', () => {
    const card = presentationCard({ displayName: '*Ana*' }, 'Hi **all** [x](https://evil.example)', 'en');
    const text = card.blocks.find((b) => b.type === 'text');
    assert.ok(text && text.type === 'text');
    assert.ok(text.text.includes('\\*\\*all\\*\\*'), text.text);
    assert.ok(text.text.includes('\\[x\\]'), text.text);
  });

  it('the offer has the dialog button and Not now, both about the group', () => {
    const card = introductionOfferCard('fr', 'C-team');
    const buttons = card.blocks.flatMap((b) => (b.type === 'buttons' ? b.buttons : []));
    assert.deepEqual(
      buttons.map((b) => (b.kind === 'submit' ? [b.action, b.payload?.group, Boolean(b.opensDialog)] : [])),
      [
        ['tour.introduce', 'C-team', true],
        ['tour.introduce_decline', 'C-team', false],
      ],
    );
  });

  it('has the same keys in French and English', () => {
    assert.deepEqual(Object.keys(introductionFr).sort(), Object.keys(introductionEn).sort());
  });

  it('imports concern tours for future start dates and leavers only', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    assert.equal(concernsTours({ id: 'a', startDate: '2026-11-23' }, now), true);
    assert.equal(concernsTours({ id: 'a', startDate: '2026-12-01' }, now), true);
    assert.equal(concernsTours({ id: 'a', startDate: '2026-11-22' }, now), false);
    assert.equal(concernsTours({ id: 'a', active: false }, now), true);
    assert.equal(concernsTours({ id: 'a', active: true }, now), false);
    assert.equal(concernsTours({ id: 'a' }, now), false);
  });

  it('the schedule preview’s sample start is the Monday at least a week away', () => {
    // Monday 23 November 2026 → Monday 30; Tuesday 24 → Monday 7 December
    assert.equal(sampleStartDate(new Date('2026-11-23T10:00:00Z'), 'Europe/Paris'), '2026-11-30');
    assert.equal(sampleStartDate(new Date('2026-11-24T10:00:00Z'), 'Europe/Paris'), '2026-12-07');
    // Sunday 29 at 23:30 UTC is already Monday 30 in Paris
    assert.equal(sampleStartDate(new Date('2026-11-29T23:30:00Z'), 'Europe/Paris'), '2026-12-07');
  });
});
