/**
 * Histograms that sum: a median cannot be added across cells, counts per bucket can. The median
 * read back is the bucket's midpoint interpolated, so it is approximate within a bucket.
 */

/** minutes to acknowledge: bucket upper bounds (the last bucket is "more") */
export const ACK_MINUTES_EDGES = [
  5, 10, 15, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 960, 1440, 2160, 2880, 4320, 7200, 10080, 20160,
] as const;

export function bucketOf(value: number, edges: readonly number[]): number {
  for (let i = 0; i < edges.length; i++) if (value <= edges[i]!) return i;
  return edges.length;
}

export const addInto = (into: number[], from: readonly number[]): number[] => {
  for (let i = 0; i < from.length; i++) into[i] = (into[i] ?? 0) + (from[i] ?? 0);
  return into;
};

export const parseCounts = (json: string): number[] => {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.map((n) => Number(n) || 0) : [];
};

/** the median from bucket counts, interpolated within its bucket; null when empty */
export function medianOf(counts: readonly number[], edges: readonly number[]): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const half = total / 2;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i] ?? 0;
    if (n > 0 && seen + n >= half) {
      const low = i === 0 ? 0 : edges[i - 1]!;
      const high = edges[i] ?? low * 2;
      return Math.round(low + ((half - seen) / n) * (high - low));
    }
    seen += n;
  }
  return null;
}

/** whole days: exact per day up to 90, one bucket beyond */
export const DAYS_EDGES = Array.from({ length: 91 }, (_, i) => i);

/** the median of whole values counted per value (counts[v] people took v days); null when empty */
export function medianOfWhole(counts: readonly number[]): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  // the mean of the two middle values when the count is even
  const at = (rank: number) => {
    let seen = 0;
    for (let v = 0; v < counts.length; v++) {
      seen += counts[v] ?? 0;
      if (seen > rank) return v;
    }
    return counts.length - 1;
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}
