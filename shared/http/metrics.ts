/**
 * Prometheus metrics for /metrics: Node's defaults plus one histogram of HTTP requests by route
 * pattern (never by raw URL, which would explode the label set) and status class.
 *
 * With several server processes on one port (SERVER_PROCESSES) a scrape reaches one of them, whose
 * own counters would jump from scrape to scrape: a server then asks the supervising process for
 * all the servers' metrics, which prom-client's AggregatorRegistry sums (servedMetrics below).
 */
import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AggregatorRegistry, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  /** times every request; mount it first */
  httpMiddleware: RequestHandler;
  /** what /metrics answers: this process's metrics, or every server's when there are several */
  text(): Promise<string>;
}

/** the IPC message a server sends its supervisor for every server's metrics, and the answer */
const CLUSTER_METRICS = 'relais:cluster-metrics';
/** a supervisor that does not answer in time: this server's own metrics rather than none */
const CLUSTER_METRICS_TIMEOUT_MS = 5_000;

/**
 * `gathered`: this process is one of several servers whose supervisor gathers their metrics
 * (SERVER_PROCESSES). Not merely a cluster worker: under another supervisor (a process manager's
 * cluster mode) nobody would answer, and each scrape would wait for the timeout.
 */
export function createMetrics({ gathered = false }: { gathered?: boolean } = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'relais_' });
  const requests = new Histogram({
    name: 'relais_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status class',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  const httpMiddleware: RequestHandler = (req, res, next) => {
    const stop = requests.startTimer();
    res.once('finish', () => {
      const pattern = req.route?.path;
      const route = typeof pattern === 'string' ? `${req.baseUrl}${pattern}` : 'unmatched';
      stop({ method: req.method, route, status: `${Math.floor(res.statusCode / 100)}xx` });
    });
    next();
  };
  if (gathered) {
    // answers the supervisor's requests for this server's metrics (prom-client's listener)
    new AggregatorRegistry();
    AggregatorRegistry.setRegistries([registry]);
  }
  const text = () => (gathered ? clusterMetrics(registry) : registry.metrics());
  return { registry, httpMiddleware, text };
}

async function clusterMetrics(registry: Registry): Promise<string> {
  const id = randomUUID();
  return new Promise<string>((resolve) => {
    const done = (text: string | Promise<string>) => {
      clearTimeout(timer);
      process.off('message', answer);
      resolve(text);
    };
    const answer = (message: { type?: string; id?: string; text?: string }) => {
      if (message?.type === CLUSTER_METRICS && message.id === id) done(message.text ?? registry.metrics());
    };
    const timer = setTimeout(() => done(registry.metrics()), CLUSTER_METRICS_TIMEOUT_MS);
    process.on('message', answer);
    process.send?.({ type: CLUSTER_METRICS, id });
  });
}

/** in the supervisor of several servers: answers their requests for every server's metrics */
export function servedMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', async (worker, message: { type?: string; id?: string }) => {
    if (message?.type !== CLUSTER_METRICS) return;
    const text = await aggregator.clusterMetrics().catch(() => undefined);
    if (worker.isConnected()) worker.send({ type: CLUSTER_METRICS, id: message.id, text });
  });
}
