/**
 * The clocks of a JobQueue: lease, polling, retention. Production defaults; tests shrink them so
 * suites exercising crashes, delays and clean-up finish in seconds.
 */
export interface QueueTiming {
  /** how long a claimed job is held before another worker may take it; renewed while it runs */
  leaseMs: number;
  /** table queue: longest sleep of an idle worker between looks for due jobs */
  pollIntervalMs: number;
  /** completed jobs are kept this long: re-adding their id meanwhile is a no-op */
  completedRetentionMs: number;
  /** failed jobs are kept this long for inspection */
  failedRetentionMs: number;
  /** table queue: how often old completed and failed jobs are deleted */
  cleanupIntervalMs: number;
  /** table queue: longest a completion waits to be recorded with others (table-settles.ts) */
  settleBatchMs: number;
  /**
   * close(): longest wait for the handlers already running before the caller closes the store.
   * A handler still running then is logged and left to its lease, which is no longer renewed, so
   * another instance runs the job again once it has run out (handlers are at-least-once).
   */
  drainMs: number;
}

export const DEFAULT_QUEUE_TIMING: QueueTiming = {
  leaseMs: 30_000,
  pollIntervalMs: 1_000,
  completedRetentionMs: 24 * 60 * 60_000,
  failedRetentionMs: 7 * 24 * 60 * 60_000,
  cleanupIntervalMs: 60_000,
  settleBatchMs: 50,
  // beside the HTTP server's 10 s grace (bots/start-relais.ts), within a container's usual 30 s stop
  drainMs: 10_000,
};

export const DEFAULT_ATTEMPTS = 5;
export const DEFAULT_BACKOFF_MS = 1_000;
export const DEFAULT_CONCURRENCY = 4;

export function resolveTiming(timing: Partial<QueueTiming> = {}): QueueTiming {
  const resolved = { ...DEFAULT_QUEUE_TIMING, ...timing };
  for (const [name, value] of Object.entries(resolved)) {
    if (!Number.isFinite(value) || value <= 0)
      throw new RangeError(`job queue timing ${name} must be > 0, got ${value}`);
  }
  return resolved;
}

/**
 * Exponential backoff with jitter for the `attempt`-th failure (1-based): base·2^(attempt-1),
 * drawn uniformly from its upper half so retries of a fan-out spread out instead of hitting the
 * platform together. BullMQ's built-in 'exponential' with jitter 0.5 draws from the same range.
 */
export function retryDelayMs(backoffMs: number, attempt: number, random: () => number = Math.random): number {
  const ceiling = backoffMs * 2 ** Math.max(0, attempt - 1);
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Whether `work` settled within `ms`: close() waits this long for running handlers, then goes on
 * without them (their rejection, if any, is theirs to log).
 */
export async function settledWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
