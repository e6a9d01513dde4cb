/**
 * The monthly thank-you's calendar: the months of an instant in the ambassador's zone, the month
 * as they live it (their midnights), and when the thank-you goes: the first working morning of
 * next month, out of quiet hours (a 1st on a Saturday moves to Monday; a step time inside quiet
 * hours moves to their end). And the thank-you card: figures as facts, the name escaped.
 */
import assert from 'node:assert/strict';
import { thanksCard } from '../../../shared/ambassadors/recognition-cards.js';
import { monthsAt, nextThanksTime, zonedMonthPeriod } from '../../../shared/ambassadors/thanks.js';
import { translator } from '../../../shared/i18n/i18n.js';
import type { CalendarRules } from '../../../shared/tours/tour-model.js';

const paris: CalendarRules = {
  timeZone: 'Europe/Paris',
  workingDays: [1, 2, 3, 4, 5],
  quietStart: { hour: 20, minute: 0 },
  quietEnd: { hour: 8, minute: 0 },
  defaultTime: { hour: 9, minute: 0 },
};

describe('ambassador thank-you calendar', () => {
  it('reads this month and last month in the ambassador’s zone, across a year', () => {
    // 31 December 23:30 UTC is already January in Paris
    const instant = new Date('2026-12-31T23:30:00Z');
    assert.deepEqual(monthsAt(instant, 'UTC'), { current: '2026-12', previous: '2026-11' });
    assert.deepEqual(monthsAt(instant, 'Europe/Paris'), { current: '2027-01', previous: '2026-12' });
  });

  it('bounds a month at the ambassador’s midnights', () => {
    assert.deepEqual(zonedMonthPeriod('2026-12', 'Europe/Paris'), {
      from: '2026-11-30T23:00:00.000Z',
      to: '2026-12-31T23:00:00.000Z',
    });
  });

  it('thanks on the first working morning of next month', () => {
    // 1 January 2027 is a Friday: 09:00 Paris
    assert.equal(
      nextThanksTime(new Date('2026-12-15T10:00:00Z'), paris).toISOString(),
      '2027-01-01T08:00:00.000Z',
    );
    // 1 August 2026 is a Saturday: Monday 3 August at the end of the quiet hours (summer time)
    assert.equal(
      nextThanksTime(new Date('2026-07-20T10:00:00Z'), paris).toISOString(),
      '2026-08-03T06:00:00.000Z',
    );
  });

  it('moves a step time inside quiet hours to their end', () => {
    const early = { ...paris, defaultTime: { hour: 6, minute: 30 } };
    // 1 February 2027 is a Monday: 06:30 is quiet, so 08:00 Paris
    assert.equal(
      nextThanksTime(new Date('2027-01-10T10:00:00Z'), early).toISOString(),
      '2027-02-01T07:00:00.000Z',
    );
  });

  it('writes the card in French with figures as facts and the name only as plain text', () => {
    const card = thanksCard(translator('fr'), 'fr', {
      name: 'Una *Amb*',
      month: '2026-11',
      figures: {
        ...{ relays: 2, channelRelays: 1, reach: 40, reachUnknown: 0, helped: 3, returned: 1 },
        ...{ engaged: 5, acknowledged: 2, voted: 1, answered: 0 },
      },
      pageUrl: 'https://relais.test/#/ambassadors/me',
    });
    const json = JSON.stringify(card.blocks);
    const heading = card.blocks.find((b) => b.type === 'heading');
    // plain text: each renderer escapes it; the markdown blocks never hold the name
    assert.equal(heading?.type === 'heading' && heading.text, 'Merci, Una *Amb* !');
    assert.ok(!json.replace(/"heading","text":"[^"]*"/, '').includes('Una'), json);
    assert.ok(json.includes('novembre 2026'), json);
    const facts = card.blocks.find((b) => b.type === 'facts');
    assert.deepEqual(facts?.type === 'facts' && facts.facts.map((f) => f.value), ['2', '40', '5', '3', '1']);
  });
});
