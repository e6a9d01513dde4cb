/**
 * Waves: "50 today, the rest Monday 09:00". Each wave but the last says how many addresses it
 * takes, in the order given; the last takes the rest. A wave without a time starts now; a time
 * in the past (beyond a minute's grace for the clock of the caller) or more than a year ahead is
 * refused for the whole request, since the split would not be what was asked.
 */
import type { FieldProblem } from '../../errors/errors.js';
import type { InvitationLine } from './invitation-lines.js';

export const MAX_WAVES = 50;
const GRACE_MS = 60_000;
const YEAR_MS = 366 * 24 * 3600_000;

export interface WaveRequest {
  /** ISO time; now when absent */
  at?: string;
  /** addresses in this wave; the last wave takes the rest */
  size?: number;
}

export interface PlannedWave {
  dueAt: Date;
  lines: InvitationLine[];
}

/** The field problems of the waves asked (empty: fine). */
export function checkWaves(waves: readonly WaveRequest[], now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  waves.forEach((wave, index) => {
    const field = `waves.${index}`;
    if (wave.at !== undefined) {
      const at = Date.parse(wave.at);
      if (Number.isNaN(at)) problems.push({ field: `${field}.at`, message: 'not a date', code: 'invalid' });
      else if (at < now.getTime() - GRACE_MS)
        problems.push({
          field: `${field}.at`,
          message: 'a wave cannot start in the past',
          code: 'wave_in_past',
          text: { key: 'groups.invitations.error.wave_in_past' },
        });
      else if (at > now.getTime() + YEAR_MS)
        problems.push({
          field: `${field}.at`,
          message: 'a wave starts within a year',
          code: 'wave_too_far',
          text: { key: 'groups.invitations.error.wave_too_far' },
        });
    }
    const last = index === waves.length - 1;
    if (
      (!last && wave.size === undefined) ||
      (wave.size !== undefined && (!Number.isInteger(wave.size) || wave.size < 1))
    )
      problems.push({
        field: `${field}.size`,
        message: 'each wave but the last gives its size, at least 1',
        code: 'wave_size',
        text: { key: 'groups.invitations.error.wave_size' },
      });
  });
  return problems;
}

/** Splits the accepted lines into the waves asked (checked by checkWaves); empty waves dropped. */
export function splitWaves(
  lines: readonly InvitationLine[],
  waves: readonly WaveRequest[],
  now: Date,
): PlannedWave[] {
  const asked = waves.length > 0 ? waves : [{}];
  const planned: PlannedWave[] = [];
  let from = 0;
  asked.forEach((wave, index) => {
    const last = index === asked.length - 1;
    const to = last ? lines.length : Math.min(lines.length, from + (wave.size ?? 0));
    const part = lines.slice(from, to);
    from = to;
    const at = wave.at ? new Date(Math.max(Date.parse(wave.at), now.getTime())) : now;
    if (part.length > 0) planned.push({ dueAt: at, lines: part });
  });
  return planned;
}
