/**
 * A wave's time as a manager types it in chat ("2027-01-11 09:00") read in their time zone. Chat
 * dialogs have no date picker, so the text is the input; the console sends an ISO time instead.
 * The zone arithmetic is the tours calendar's: a time in the spring gap lands just after it; in
 * the autumn overlap the first one wins.
 */
import { zonedToUtc } from '../../tours/tour-model.js';

export { isTimeZone } from '../../tours/tour-model.js';

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$/;

/** "2027-01-11 09:00" in `zone`, or undefined when the text is not such a time (31 February too) */
export function readLocalTime(value: string, zone: string): Date | undefined {
  const m = LOCAL_TIME.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return undefined;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  return zonedToUtc({ year, month, day, hour, minute }, zone);
}
