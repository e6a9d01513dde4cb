/**
 * A JobQueue whose workers pull jobs only once `startWorkers()` is called; adding, counting and
 * removing jobs work at once. A server builds its core (whose capabilities register their workers)
 * before its chat surfaces register their messengers: a job due at start — a drip step that fell
 * due while the previous instance was stopping, a send left by it — would otherwise run in that
 * window, find no way to reach anyone, and be parked (a tour step "waits for a chat identity"
 * until the person's next first contact).
 */
import type { JobHandler, JobOptions, JobQueue, JobState, WorkerOptions } from './queue.js';

export class HeldWorkersQueue implements JobQueue {
  /** the workers registered so far, started by startWorkers; undefined once started or closed */
  private held: { queue: string; start: () => void }[] | undefined = [];

  constructor(private readonly inner: JobQueue) {}

  add<T>(queue: string, data: T, options?: JobOptions): Promise<string> {
    return this.inner.add(queue, data, options);
  }

  addMany<T>(queue: string, jobs: readonly { data: T; options?: JobOptions }[]): Promise<string[]> {
    return this.inner.addMany(queue, jobs);
  }

  process<T>(queue: string, handler: JobHandler<T>, options?: WorkerOptions): void {
    if (!this.held) {
      this.inner.process(queue, handler, options);
      return;
    }
    // the same mistake the queues report at registration, not later when the server is ready
    if (this.held.some((w) => w.queue === queue))
      throw new Error(`queue ${queue} already has a worker in this process`);
    this.held.push({ queue, start: () => this.inner.process(queue, handler, options) });
  }

  /** Starts every worker registered so far; later registrations start at once. Idempotent. */
  startWorkers(): void {
    const held = this.held;
    this.held = undefined;
    for (const worker of held ?? []) worker.start();
  }

  getState(queue: string, jobId: string): Promise<JobState | undefined> {
    return this.inner.getState(queue, jobId);
  }

  remove(queue: string, jobId: string): Promise<boolean> {
    return this.inner.remove(queue, jobId);
  }

  counts(queue: string): Promise<Record<JobState, number>> {
    return this.inner.counts(queue);
  }

  close(): Promise<void> {
    // closed before it was ready (a failed start): its workers never start
    if (this.held) this.held = [];
    return this.inner.close();
  }
}
