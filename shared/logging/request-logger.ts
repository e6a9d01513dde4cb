/**
 * Request logging: every request gets an id (X-Request-Id when the caller sent a sane one, else a
 * fresh UUID, echoed in the response), `req.log` is a child logger carrying the request, and one
 * line is written when the response is done (info, warn from 400, error from 500 or a failure),
 * except for /healthz and /metrics. The lines are those pino-http wrote.
 *
 * Why not pino-http: it made the child logger of every request up front, and pino serialises a
 * child's bindings (the request, through the redaction paths) when the child is made — about 3 %
 * of the server's CPU per vote in the polls benchmark, for requests that at warn or error level
 * log nothing. Here the child is made on first use, and the completion line only when its level
 * is enabled.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Logger, stdSerializers } from 'pino';

declare module 'node:http' {
  interface IncomingMessage {
    /** the request id, as sent back in X-Request-Id */
    id: string;
    /** a logger whose lines carry this request (made on first use) */
    log: Logger;
  }
}

const QUIET_PATHS = new Set(['/healthz', '/metrics']);

export function requestLogger(logger: Logger) {
  const withSerializers = logger.child(
    {},
    { serializers: { req: stdSerializers.req, res: stdSerializers.res, err: stdSerializers.err } },
  );
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', id);
    req.id = id;
    let log: Logger | undefined;
    Object.defineProperty(req, 'log', {
      configurable: true,
      enumerable: false,
      get: () => {
        log ??= withSerializers.child({ req });
        return log;
      },
      set: (value: Logger) => {
        log = value;
      },
    });
    if (!QUIET_PATHS.has(req.url ?? '')) {
      const startedAt = Date.now();
      const done = (error?: Error) => {
        res.off('finish', done);
        res.off('close', done);
        res.off('error', done);
        const failed =
          error ??
          (res.statusCode >= 500 ? new Error(`failed with status code ${res.statusCode}`) : undefined);
        const level = failed ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
        if (!withSerializers.isLevelEnabled(level)) return;
        const responseTime = Date.now() - startedAt;
        if (failed) req.log.error({ res, err: failed, responseTime }, 'request errored');
        else req.log[level]({ res, responseTime }, 'request completed');
      };
      res.on('finish', done);
      res.on('close', done);
      res.on('error', done);
    }
    next();
  };
}
