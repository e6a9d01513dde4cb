/** Argument checks shared by the OnceGuard implementations. */

/** TTLs are whole milliseconds, at least 1: a zero or negative TTL would claim nothing. */
export function checkedTtlMs(key: string, ttlMs: number): number {
  if (key.length === 0) throw new Error('OnceGuard.claim: key must not be empty');
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) {
    throw new Error(`OnceGuard.claim: ttlMs must be a positive number of milliseconds, got ${ttlMs}`);
  }
  return Math.ceil(ttlMs);
}
