/** A delay in a setting: an ISO-8601 duration (PT24H, P1DT2H, PT90S) or a number of hours. */
const durationPattern =
  /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/** 'PT24H', 'P1DT2H', 'PT90S' or '24' (hours) → ms; undefined when unreadable. */
export function parseDelayMs(value: string): number | undefined {
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 3_600_000);
  const m = durationPattern.exec(text);
  if (!m || text.toUpperCase() === 'P' || text.toUpperCase().endsWith('T')) return undefined;
  const [, d = '0', h = '0', mi = '0', s = '0'] = m;
  return Math.round(((Number(d) * 24 + Number(h)) * 60 + Number(mi)) * 60_000 + Number(s) * 1000);
}
