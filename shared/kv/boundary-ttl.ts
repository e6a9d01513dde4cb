/**
 * TTLs for cache rows that name a person. A row written at a person's turn that expires at
 * exactly now + TTL stores the moment of that turn, which may be a vote in an anonymous poll,
 * logged (without them) at that same instant. Ending the TTL on a whole period keeps only the
 * period.
 */

/** A TTL that ends on a whole `period` (UTC midnight for a day, a full hour), one to two periods from now. */
export const ttlToBoundary = (now: number, period: number): number => 2 * period - (now % period);
