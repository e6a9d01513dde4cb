/**
 * Text bars for poll results and progress, drawn the same way on every platform: plain
 * characters render everywhere (Teams, Slack, notifications, screen readers read the numbers
 * printed next to them).
 */

export const barWidth = 10;

/** Whole-number percentage of `count` in `total` (0 when there is nothing to count). */
export const percentOf = (count: number, total: number): number =>
  total > 0 ? Math.round((Math.max(0, count) / total) * 100) : 0;

/** `▰▰▰▱▱▱▱▱▱▱` for 3 of 10. */
export function barOf(count: number, total: number): string {
  const filled = total > 0 ? Math.min(barWidth, Math.round((Math.max(0, count) / total) * barWidth)) : 0;
  return '▰'.repeat(filled) + '▱'.repeat(barWidth - filled);
}
