/**
 * Polling waits for tests: wait until something observable has happened instead of sleeping a
 * fixed time and hoping it was enough. A loaded CI machine can be many times slower than a
 * laptop, so the deadline is generous; a passing run returns as soon as the condition holds.
 */

export const DEFAULT_EVENTUALLY_TIMEOUT_MS = 10_000;

export interface EventuallyOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** what is awaited, for the timeout message */
  what?: string;
}

/**
 * Resolves with the value `probe` returns once `done(value)` holds; rejects with the last value
 * seen when the deadline passes, so a failure says how far things got.
 */
export async function pollUntil<T>(
  probe: () => T | Promise<T>,
  done: (value: T) => boolean,
  options: EventuallyOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_EVENTUALLY_TIMEOUT_MS;
  const intervalMs = options.intervalMs ?? 20;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${options.what ?? 'a condition'}; last value: ${describe(value)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // circular or otherwise unserialisable: the plain string form is still useful in a message
    return String(value);
  }
}
