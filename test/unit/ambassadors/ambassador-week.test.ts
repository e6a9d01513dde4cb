/**
 * Ambassadors' weeks: ISO weeks at year boundaries, the week of an instant in the ambassador's
 * zone, and the time of next week's digest on the tours calendar (first working morning, daylight
 * saving time, a Monday that is not a working day).
 */
import assert from 'node:assert/strict';
import { isoWeekOf, nextWeekDigestTime, weekAt } from '../../../shared/ambassadors/ambassador-week.js';
import type { CalendarRules } from '../../../shared/tours/tour-model.js';

const paris: CalendarRules = {
  timeZone: 'Europe/Paris',
  workingDays: [1, 2, 3, 4, 5],
  quietStart: { hour: 20, minute: 0 },
  quietEnd: { hour: 8, minute: 0 },
  defaultTime: { hour: 9, minute: 0 },
};

describe('ambassador weeks', () => {
  it('numbers ISO weeks, the year being the one of the week’s Thursday', () => {
    assert.equal(isoWeekOf(2026, 12, 7), '2026-W50');
    assert.equal(isoWeekOf(2027, 1, 1), '2026-W53');
    assert.equal(isoWeekOf(2024, 12, 30), '2025-W01');
    assert.equal(isoWeekOf(2026, 1, 1), '2026-W01');
  });

  it('reads the week in the ambassador’s zone', () => {
    // Sunday 23:30 UTC is already Monday in Paris
    const instant = new Date('2026-12-13T23:30:00Z');
    assert.equal(weekAt(instant, 'UTC'), '2026-W50');
    assert.equal(weekAt(instant, 'Europe/Paris'), '2026-W51');
  });

  it('plans next week’s digest at the step time of its first working day, in winter and summer time', () => {
    assert.equal(
      nextWeekDigestTime(new Date('2026-12-09T10:00:00Z'), paris).toISOString(),
      '2026-12-14T08:00:00.000Z',
    );
    assert.equal(
      nextWeekDigestTime(new Date('2026-06-10T10:00:00Z'), paris).toISOString(),
      '2026-06-15T07:00:00.000Z',
    );
    const tuesdayToFriday = { ...paris, workingDays: [2, 3, 4, 5] };
    assert.equal(
      nextWeekDigestTime(new Date('2026-12-09T10:00:00Z'), tuesdayToFriday).toISOString(),
      '2026-12-15T08:00:00.000Z',
    );
  });
});
