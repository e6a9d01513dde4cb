/**
 * Job queue throughput and pickup latency, with production clocks, for the table queue on SQLite
 * and on PostgreSQL and for BullMQ on Redis (unreachable servers are skipped with a note).
 *
 * - enqueue: `add` awaited one after the other, then 16 at a time;
 * - process: a worker (concurrency 8) drains the queue, handler empty;
 * - pickup latency: from `add` to the handler starting, jobs added every 20 ms to an idle worker,
 *   once from the worker's own JobQueue instance (in-process wake-up) and once from another
 *   instance on the same database (what another server process sees: polling for the table queue).
 */
import { createJobQueue } from '../shared/jobs/create-job-queue.js';
import type { JobQueue } from '../shared/jobs/queue.js';
import { createLogger } from '../shared/logging/logger.js';
import { type Backend, type BackendKind, createBackend } from '../test/harness/databases.js';
import { type Benchmark, formatMs, formatRate, percentile } from './benchmark.js';

const JOBS = Number(process.env.BENCH_JOBS ?? 2_000);
const LATENCY_SAMPLES = Number(process.env.BENCH_LATENCY_SAMPLES ?? 100);
const CONCURRENCY = 8;

const LABELS: Record<BackendKind, string> = {
  sqlite: 'table queue · SQLite',
  postgres: 'table queue · PostgreSQL',
  redis: 'BullMQ · Redis',
};

interface QueueFigures {
  enqueueSequential: number;
  enqueueParallel: number;
  process: number;
  sameInstance: number[];
  otherInstance: number[];
}

export const queueBenchmark: Benchmark = {
  name: 'queue',
  description: `job queue throughput (${JOBS} jobs) and pickup latency (${LATENCY_SAMPLES} samples)`,
  async run() {
    console.log(
      [
        'backend'.padEnd(26),
        'enqueue/s seq'.padStart(14),
        'enqueue/s ×16'.padStart(14),
        'process/s'.padStart(10),
        'pickup p50/p99 ms (same instance)'.padStart(35),
        'pickup p50/p99 ms (other instance)'.padStart(36),
      ].join(''),
    );
    for (const kind of ['sqlite', 'postgres', 'redis'] as const) {
      const backend = await createBackend(kind);
      if (!backend) {
        console.log(`${LABELS[kind].padEnd(26)}skipped: server unreachable`);
        continue;
      }
      try {
        const f = await measure(backend);
        console.log(
          [
            LABELS[kind].padEnd(26),
            formatRate(JOBS, f.enqueueSequential).padStart(14),
            formatRate(JOBS, f.enqueueParallel).padStart(14),
            formatRate(JOBS, f.process).padStart(10),
            latency(f.sameInstance).padStart(35),
            latency(f.otherInstance).padStart(36),
          ].join(''),
        );
      } finally {
        await backend.dispose();
      }
    }
  },
};

const latency = (samples: number[]): string =>
  `${formatMs(percentile(samples, 50))} / ${formatMs(percentile(samples, 99))}`;

async function openQueue(backend: Backend): Promise<JobQueue> {
  return createJobQueue(await backend.openStore(), {
    redisUrl: backend.redisUrl,
    redisPrefix: backend.redisPrefix,
    logger: createLogger(process.env.BENCH_LOG_LEVEL ?? 'silent'),
  });
}

async function measure(backend: Backend): Promise<QueueFigures> {
  const producer = await openQueue(backend);
  const worker = await openQueue(backend);
  try {
    let start = performance.now();
    for (let i = 0; i < JOBS; i++) await producer.add('bench-throughput', { i });
    const enqueueSequential = performance.now() - start;

    start = performance.now();
    for (let i = 0; i < JOBS; i += 16) {
      await Promise.all(
        Array.from({ length: Math.min(16, JOBS - i) }, (_, k) =>
          producer.add('bench-throughput', { i: i + k }),
        ),
      );
    }
    const enqueueParallel = performance.now() - start;

    const total = 2 * JOBS;
    let processed = 0;
    let drained: () => void = () => undefined;
    const allDone = new Promise<void>((resolve) => {
      drained = resolve;
    });
    start = performance.now();
    worker.process(
      'bench-throughput',
      async () => {
        if (++processed === total) drained();
      },
      { concurrency: CONCURRENCY },
    );
    await allDone;
    const processMs = performance.now() - start;

    const sameInstance = await pickupLatency(worker, worker, 'bench-latency-same');
    const otherInstance = await pickupLatency(producer, worker, 'bench-latency-other');
    return { enqueueSequential, enqueueParallel, process: processMs, sameInstance, otherInstance };
  } finally {
    await producer.close();
    await worker.close();
  }
}

async function pickupLatency(producer: JobQueue, worker: JobQueue, queue: string): Promise<number[]> {
  const samples: number[] = [];
  let finished: () => void = () => undefined;
  const allPicked = new Promise<void>((resolve) => {
    finished = resolve;
  });
  worker.process<{ addedAt: number }>(
    queue,
    async (job) => {
      samples.push(performance.now() + performance.timeOrigin - job.data.addedAt);
      if (samples.length === LATENCY_SAMPLES) finished();
    },
    { concurrency: CONCURRENCY },
  );
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    await producer.add(queue, { addedAt: performance.now() + performance.timeOrigin });
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await allPicked;
  return samples;
}
