/**
 * The rule behind useLoad, without React: each run aborts the one before it, and only the latest
 * run's answer is delivered; after `stop` (the page closed, or the key changed) nothing is. A slow
 * answer for the previous item never overwrites the current one.
 */
export type LoadOutcome<T> = { data: T } | { error: Error };

export interface LatestLoad<T> {
  run(load: (signal: AbortSignal) => Promise<T>): void;
  stop(): void;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

export function latestLoad<T>(deliver: (outcome: LoadOutcome<T>) => void): LatestLoad<T> {
  let current: AbortController | undefined;
  const isLatest = (controller: AbortController) => current === controller && !controller.signal.aborted;
  return {
    run(load) {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      let pending: Promise<T>;
      try {
        pending = load(controller.signal);
      } catch (error) {
        pending = Promise.reject(error);
      }
      pending.then(
        (data) => isLatest(controller) && deliver({ data }),
        (error: unknown) => isLatest(controller) && deliver({ error: asError(error) }),
      );
    },
    stop() {
      current?.abort();
      current = undefined;
    },
  };
}
