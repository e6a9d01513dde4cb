/** Step schedule phrases in English and French, and ISO-8601 durations. */
import assert from 'node:assert/strict';
import { AppError } from '../../../shared/errors/errors.js';
import {
  parseIsoDuration,
  parseSchedule,
  parseTimeOfDay,
  ScheduleError,
  scheduleLimits,
} from '../../../shared/tours/schedule.js';

describe('tours: schedule phrases', () => {
  it('reads "first contact" in English and French', () => {
    assert.deepEqual(parseSchedule('first contact'), { kind: 'first_contact' });
    assert.deepEqual(parseSchedule('  First   Contact '), { kind: 'first_contact' });
    assert.deepEqual(parseSchedule('premier contact'), { kind: 'first_contact' });
    assert.deepEqual(parseSchedule('Au premier contact'), { kind: 'first_contact' });
  });

  it('reads working days with an optional time', () => {
    assert.deepEqual(parseSchedule('day 1 at 09:30'), { kind: 'day', day: 1, time: { hour: 9, minute: 30 } });
    assert.deepEqual(parseSchedule('jour 1 à 09h30'), { kind: 'day', day: 1, time: { hour: 9, minute: 30 } });
    assert.deepEqual(parseSchedule('Jour 3 a 14h'), { kind: 'day', day: 3, time: { hour: 14, minute: 0 } });
    assert.deepEqual(parseSchedule('day 3'), { kind: 'day', day: 3, time: undefined });
    assert.deepEqual(parseSchedule('J5 à 8:05'), { kind: 'day', day: 5, time: { hour: 8, minute: 5 } });
    assert.deepEqual(parseSchedule('day -2 at 10:00'), {
      kind: 'day',
      day: -2,
      time: { hour: 10, minute: 0 },
    });
  });

  it('reads a weekday of a week, in both languages', () => {
    assert.deepEqual(parseSchedule('week 2 Monday'), { kind: 'week', week: 2, weekday: 1, time: undefined });
    assert.deepEqual(parseSchedule('semaine 2 lundi'), {
      kind: 'week',
      week: 2,
      weekday: 1,
      time: undefined,
    });
    assert.deepEqual(parseSchedule('Week 3 friday at 16:45'), {
      kind: 'week',
      week: 3,
      weekday: 5,
      time: { hour: 16, minute: 45 },
    });
    assert.deepEqual(parseSchedule('semaine 1 mercredi à 11h15'), {
      kind: 'week',
      week: 1,
      weekday: 3,
      time: { hour: 11, minute: 15 },
    });
  });

  it('reads ISO-8601 durations as exact milliseconds', () => {
    assert.deepEqual(parseSchedule('PT30S'), { kind: 'duration', ms: 30_000 });
    assert.deepEqual(parseSchedule('P1D'), { kind: 'duration', ms: 86_400_000 });
    assert.equal(parseIsoDuration('P1DT2H'), 26 * 3_600_000);
    assert.equal(parseIsoDuration('PT1M30S'), 90_000);
    assert.equal(parseIsoDuration('P1W'), 7 * 86_400_000);
    assert.equal(parseIsoDuration('PT0.5S'), 500);
    for (const bad of ['P', 'PT', 'P1M2', '1D', 'P1Y']) assert.equal(parseIsoDuration(bad), undefined, bad);
  });

  it('refuses what it cannot read, saying what is accepted', () => {
    for (const bad of [
      'tomorrow',
      'day 0',
      'week 0 monday',
      'week 2 someday',
      'day 1 at 25:00',
      'P1Y',
      'day 1 at noon',
    ]) {
      assert.throws(
        () => parseSchedule(bad),
        (e: unknown) => e instanceof AppError && e.code === 'validation_failed',
        bad,
      );
    }
  });

  it('reads times of day in both styles', () => {
    assert.deepEqual(parseTimeOfDay('09:30'), { hour: 9, minute: 30 });
    assert.deepEqual(parseTimeOfDay('9h30'), { hour: 9, minute: 30 });
    assert.deepEqual(parseTimeOfDay('14 h 30'), { hour: 14, minute: 30 });
    assert.deepEqual(parseTimeOfDay('18h'), { hour: 18, minute: 0 });
    assert.equal(parseTimeOfDay('9'), undefined);
    assert.equal(parseTimeOfDay('24:00'), undefined);
    assert.equal(parseTimeOfDay('10:75'), undefined);
  });

  it('bounds every schedule to about two years, saying so rather than "unreadable"', () => {
    assert.equal(parseIsoDuration('P104W'), scheduleLimits.durationMs - 2 * 86_400_000);
    for (const tooFar of ['P99999999999999W', 'P105W', 'P731D', 'PT63113905S', `P${'9'.repeat(400)}D`]) {
      assert.equal(parseIsoDuration(tooFar), undefined, tooFar);
      assert.throws(
        () => parseSchedule(tooFar),
        (e: unknown) => e instanceof ScheduleError && e.reason.key === 'tour.error.schedule.too_long',
        tooFar,
      );
    }
    assert.deepEqual(parseSchedule('day 520'), { kind: 'day', day: 520, time: undefined });
    for (const [tooFar, key] of [
      ['day 521', 'tour.error.schedule.too_many_days'],
      ['jour -999', 'tour.error.schedule.too_many_days'],
    ] as const) {
      assert.throws(
        () => parseSchedule(tooFar),
        (e: unknown) => e instanceof ScheduleError && e.reason.key === key,
        tooFar,
      );
    }
  });
});
