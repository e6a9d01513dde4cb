/**
 * When a scheduled publish runs: an ISO time with an offset is taken as is; a local time
 * (2026-11-23T09:00) is read in the given IANA time zone, daylight saving included, with Intl
 * only (no date library). A local time that does not exist (the spring-forward hour) moves
 * forward by the gap, as clocks do; one that happens twice (autumn) is the first.
 */
import { AppError } from '../errors/errors.js';

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC (ms) at an instant. */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** A wall-clock time in a zone → the UTC instant. */
export function zonedTimeToUtc(local: string, timeZone: string): Date {
  const m = localPattern.exec(local);
  if (!m) {
    throw new AppError('validation_failed', `Invalid body: at: ${local} is not a local date-time`, [
      {
        field: 'at',
        message: 'not a local date-time',
        code: 'invalid_format',
        params: { format: 'date-time' },
      },
    ]);
  }
  const [, y, mo, d, h, mi, s = '0', ms = '0'] = m;
  const wall = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s, +ms.padEnd(3, '0'));
  // the zone's offsets half a day either side bracket any transition near this time
  const before = zoneOffsetMs(wall - 43_200_000, timeZone);
  const after = zoneOffsetMs(wall + 43_200_000, timeZone);
  const valid = [wall - before, wall - after].filter((utc) => utc + zoneOffsetMs(utc, timeZone) === wall);
  // a repeated hour (autumn) has two instants: the first; a skipped hour (spring) none: the
  // clock moved forward, so read it with the offset in force before the gap
  return new Date(valid.length > 0 ? Math.min(...valid) : wall - before);
}

/** `at` (+ `timeZone`) → the UTC instant, or clear 400s. */
export function resolvePublishTime(at: string, timeZone: string | undefined): Date {
  const hasOffset = /(Z|[+-]\d{2}:\d{2})$/.test(at);
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    throw new AppError('validation_failed', `Invalid body: timeZone: ${timeZone} is not an IANA time zone`, [
      { field: 'timeZone', message: 'must be an IANA time zone such as Europe/Paris', code: 'time_zone' },
    ]);
  }
  if (hasOffset) {
    const date = new Date(at);
    if (Number.isNaN(date.getTime())) {
      throw new AppError('validation_failed', `Invalid body: at: ${at}`, [
        { field: 'at', message: 'not a date-time', code: 'invalid_format', params: { format: 'date-time' } },
      ]);
    }
    return date;
  }
  if (!timeZone) {
    throw new AppError('validation_failed', 'Invalid body: timeZone: required when at has no offset', [
      {
        field: 'timeZone',
        message: 'required when at has no offset (e.g. Europe/Paris)',
        code: 'time_zone_required',
      },
    ]);
  }
  return zonedTimeToUtc(at, timeZone);
}
