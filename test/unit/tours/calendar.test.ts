/**
 * Calendar rules with a controlled clock: working days, time zones with both daylight saving
 * switches (Paris and New York), quiet hours, start date vs first contact, pre-boarding.
 * 2026: Paris switches on Sunday 29 March (02:00 → 03:00) and Sunday 25 October (03:00 → 02:00);
 * New York on Sunday 8 March and Sunday 1 November.
 */
import assert from 'node:assert/strict';
import sinon from 'sinon';
import {
  addWorkingDays,
  type CalendarRules,
  dueAt,
  isQuiet,
  nextAllowedTime,
  zonedParts,
  zonedToUtc,
} from '../../../shared/tours/calendar.js';
import { parseSchedule } from '../../../shared/tours/schedule.js';

const paris: CalendarRules = {
  timeZone: 'Europe/Paris',
  workingDays: [1, 2, 3, 4, 5],
  quietStart: { hour: 20, minute: 0 },
  quietEnd: { hour: 8, minute: 0 },
  defaultTime: { hour: 9, minute: 0 },
};
const newYork: CalendarRules = { ...paris, timeZone: 'America/New_York' };

const iso = (d: Date) => d.toISOString();
/** due time of a phrase with the fake clock's now */
const due = (phrase: string, anchor: { startDate: string | null; startedAt?: Date }, rules = paris) =>
  iso(
    dueAt(
      parseSchedule(phrase),
      { startDate: anchor.startDate, startedAt: anchor.startedAt ?? new Date() },
      rules,
      new Date(),
    ),
  );

describe('tours: calendar', () => {
  let clock: sinon.SinonFakeTimers;
  const at = (instant: string) => {
    clock?.restore();
    clock = sinon.useFakeTimers({ now: Date.parse(instant), toFake: ['Date'] });
  };
  afterEach(() => clock?.restore());

  describe('wall-clock time in a zone', () => {
    it('maps local times to instants in winter and summer', () => {
      assert.equal(
        iso(zonedToUtc({ year: 2026, month: 1, day: 15, hour: 9, minute: 30 }, 'Europe/Paris')),
        '2026-01-15T08:30:00.000Z',
      );
      assert.equal(
        iso(zonedToUtc({ year: 2026, month: 7, day: 15, hour: 9, minute: 30 }, 'Europe/Paris')),
        '2026-07-15T07:30:00.000Z',
      );
      assert.equal(
        iso(zonedToUtc({ year: 2026, month: 7, day: 15, hour: 9, minute: 30 }, 'America/New_York')),
        '2026-07-15T13:30:00.000Z',
      );
    });

    it('moves a time inside the March gap forward (02:30 does not exist in Paris)', () => {
      const t = zonedToUtc({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Paris');
      assert.equal(iso(t), '2026-03-29T01:30:00.000Z');
      assert.deepEqual(
        { hour: zonedParts(t, 'Europe/Paris').hour, minute: zonedParts(t, 'Europe/Paris').minute },
        { hour: 3, minute: 30 },
      );
    });

    it('takes the first of the two October 02:30 in Paris', () => {
      assert.equal(
        iso(zonedToUtc({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Paris')),
        '2026-10-25T00:30:00.000Z',
      );
      // the day after the switch is one hour further from UTC
      assert.equal(
        iso(zonedToUtc({ year: 2026, month: 10, day: 26, hour: 9, minute: 0 }, 'Europe/Paris')),
        '2026-10-26T08:00:00.000Z',
      );
    });

    it('handles the New York switches (8 March, 1 November)', () => {
      assert.equal(
        iso(zonedToUtc({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York')),
        '2026-03-08T07:30:00.000Z',
      );
      assert.equal(
        iso(zonedToUtc({ year: 2026, month: 3, day: 9, hour: 9, minute: 30 }, 'America/New_York')),
        '2026-03-09T13:30:00.000Z',
      );
      assert.equal(
        iso(zonedToUtc({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York')),
        '2026-11-01T05:30:00.000Z',
      );
      assert.equal(
        iso(zonedToUtc({ year: 2026, month: 11, day: 2, hour: 9, minute: 30 }, 'America/New_York')),
        '2026-11-02T14:30:00.000Z',
      );
    });
  });

  describe('working days', () => {
    it('skips weekends both ways', () => {
      assert.deepEqual(addWorkingDays({ year: 2026, month: 3, day: 27 }, 1, paris), {
        year: 2026,
        month: 3,
        day: 30,
      });
      assert.deepEqual(addWorkingDays({ year: 2026, month: 3, day: 30 }, -1, paris), {
        year: 2026,
        month: 3,
        day: 27,
      });
      assert.deepEqual(addWorkingDays({ year: 2026, month: 3, day: 27 }, 5, paris), {
        year: 2026,
        month: 4,
        day: 3,
      });
    });

    it('follows configured working days (Sunday to Thursday)', () => {
      const rules = { ...paris, workingDays: [7, 1, 2, 3, 4] };
      // Thursday 26 March + 1 working day = Sunday 29 March
      assert.deepEqual(addWorkingDays({ year: 2026, month: 3, day: 26 }, 1, rules), {
        year: 2026,
        month: 3,
        day: 29,
      });
    });
  });

  describe('quiet hours', () => {
    it('knows a window that spans midnight, and one that does not', () => {
      assert.equal(isQuiet({ hour: 21, minute: 0 }, paris), true);
      assert.equal(isQuiet({ hour: 7, minute: 59 }, paris), true);
      assert.equal(isQuiet({ hour: 8, minute: 0 }, paris), false);
      assert.equal(isQuiet({ hour: 19, minute: 59 }, paris), false);
      const lunch = { ...paris, quietStart: { hour: 12, minute: 0 }, quietEnd: { hour: 14, minute: 0 } };
      assert.equal(isQuiet({ hour: 13, minute: 0 }, lunch), true);
      assert.equal(isQuiet({ hour: 22, minute: 0 }, lunch), false);
    });

    it('moves night and weekend times to the next working morning, in the person’s zone', () => {
      // Tuesday 06:00 Paris → 08:00 the same day
      assert.equal(iso(nextAllowedTime(new Date('2026-01-13T05:00:00Z'), paris)), '2026-01-13T07:00:00.000Z');
      // Tuesday 21:00 Paris → Wednesday 08:00
      assert.equal(iso(nextAllowedTime(new Date('2026-01-13T20:00:00Z'), paris)), '2026-01-14T07:00:00.000Z');
      // Friday 22:00 Paris → Monday 08:00
      assert.equal(iso(nextAllowedTime(new Date('2026-01-16T21:00:00Z'), paris)), '2026-01-19T07:00:00.000Z');
      // Saturday noon → Monday 08:00; across the March switch Monday is in summer time
      assert.equal(iso(nextAllowedTime(new Date('2026-03-28T11:00:00Z'), paris)), '2026-03-30T06:00:00.000Z');
      // Tuesday noon stays
      assert.equal(iso(nextAllowedTime(new Date('2026-01-13T11:00:00Z'), paris)), '2026-01-13T11:00:00.000Z');
      // the same instant is Monday 17:00 in New York: allowed there, not in Paris (23:00)
      const instant = new Date('2026-01-12T22:00:00Z');
      assert.equal(iso(nextAllowedTime(instant, newYork)), '2026-01-12T22:00:00.000Z');
      assert.equal(iso(nextAllowedTime(instant, paris)), '2026-01-13T07:00:00.000Z');
    });
  });

  describe('step due times', () => {
    it('counts days from the start date in working days, across the March switch', () => {
      at('2026-03-20T10:00:00Z'); // imported a week before, start on Friday 27 March
      assert.equal(due('day 1 at 09:30', { startDate: '2026-03-27' }), '2026-03-27T08:30:00.000Z'); // CET
      assert.equal(due('jour 2 à 09h30', { startDate: '2026-03-27' }), '2026-03-30T07:30:00.000Z'); // Monday, CEST
      assert.equal(due('day 3', { startDate: '2026-03-27' }), '2026-03-31T07:00:00.000Z'); // default 09:00
    });

    it('places "week 2 Monday" after the October switch', () => {
      at('2026-10-19T08:00:00Z');
      // start Wednesday 21 October: week 1 is 19–25 October, week 2 Monday is 26 October (CET)
      assert.equal(due('week 2 Monday', { startDate: '2026-10-21' }), '2026-10-26T08:00:00.000Z');
      assert.equal(due('semaine 1 vendredi à 16h', { startDate: '2026-10-21' }), '2026-10-23T14:00:00.000Z');
      // a weekday that is not worked moves to the next working day
      assert.equal(due('week 1 saturday at 10:00', { startDate: '2026-10-21' }), '2026-10-26T09:00:00.000Z');
    });

    it('uses the person’s zone: New York across its March switch', () => {
      at('2026-03-02T15:00:00Z');
      assert.equal(due('day 2 at 09:30', { startDate: '2026-03-06' }, newYork), '2026-03-09T13:30:00.000Z'); // EDT
      assert.equal(due('day 1 at 09:30', { startDate: '2026-03-06' }, newYork), '2026-03-06T14:30:00.000Z'); // EST
    });

    it('counts from the first contact without a start date; a start on a weekend begins on Monday', () => {
      at('2026-01-13T10:00:00Z'); // Tuesday 11:00 Paris
      assert.equal(due('day 2 at 09:30', { startDate: null }), '2026-01-14T08:30:00.000Z');
      assert.equal(due('day 1 at 10:00', { startDate: '2026-01-17' }), '2026-01-19T09:00:00.000Z'); // Saturday → Monday
    });

    it('never schedules in the past, and a late time waits for the morning', () => {
      at('2026-01-13T15:00:00Z'); // Tuesday 16:00 Paris, first contact
      // "day 1 at 09:30" is gone: now
      assert.equal(due('day 1 at 09:30', { startDate: null }), '2026-01-13T15:00:00.000Z');
      at('2026-01-16T21:30:00Z'); // Friday 22:30 Paris
      assert.equal(due('day 1 at 09:30', { startDate: null }), '2026-01-19T07:00:00.000Z'); // Monday 08:00
      // a phrase time inside the quiet hours moves to their end
      at('2026-01-12T08:00:00Z');
      assert.equal(due('day 2 at 07:00', { startDate: null }), '2026-01-13T07:00:00.000Z');
    });

    it('sends "first contact" at once and ISO durations exactly, whatever the hour', () => {
      at('2026-01-17T23:15:00Z'); // Sunday, past midnight in Paris
      assert.equal(due('first contact', { startDate: null }), '2026-01-17T23:15:00.000Z');
      assert.equal(due('PT30S', { startDate: null }), '2026-01-17T23:15:30.000Z');
      assert.equal(due('P1D', { startDate: '2026-02-02' }), '2026-01-18T23:15:00.000Z');
    });

    it('schedules pre-boarding days before the start date', () => {
      at('2026-02-20T10:00:00Z');
      // start Monday 2 March: day -1 is Friday 27 February, day -2 Thursday 26
      assert.equal(due('day -1 at 10:00', { startDate: '2026-03-02' }), '2026-02-27T09:00:00.000Z');
      assert.equal(due('jour -2', { startDate: '2026-03-02' }), '2026-02-26T08:00:00.000Z');
    });
  });
});
