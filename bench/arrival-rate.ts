/**
 * The send rate as the platform sees it: from the arrival times its fake recorded, not from the
 * sender's clock (a send's round trip is no part of the budget). The rate runs from the first
 * arrival to the last, so neither the start-up before the first send nor the wait for the last
 * answer is counted.
 */

/** arrivals per second between the first and the last */
export function arrivalRate(arrivalsMs: readonly number[]): number {
  if (arrivalsMs.length < 2) return 0;
  const first = Math.min(...arrivalsMs);
  const last = Math.max(...arrivalsMs);
  return (arrivalsMs.length - 1) / Math.max(0.001, (last - first) / 1000);
}
