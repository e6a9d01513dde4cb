/**
 * The one express app: chat surfaces first (raw bodies), then the REST API, health, metrics and
 * the tabs. Each request gets an id (X-Request-Id, echoed) carried by its log lines.
 */
import { randomUUID } from 'node:crypto';
import express, { type Express, type Router } from 'express';
import { pinoHttp } from 'pino-http';
import type { Core } from '../core.js';
import { AppError } from '../errors/errors.js';
import type { ChatSurface } from './chat-surface.js';
import { errorHandlerFor } from './error-handler.js';
import type { Metrics } from './metrics.js';

export interface HttpAppParts {
  surfaces: ChatSurface[];
  /** routers mounted after the surfaces: REST API, health, metrics, tabs */
  routers: { path: string; router: Router }[];
  metrics: Metrics;
}

export function createHttpApp(core: Core, parts: HttpAppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.use(parts.metrics.httpMiddleware);
  app.use(
    pinoHttp({
      logger: core.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    }),
  );
  for (const surface of parts.surfaces) app.use(surface.router);
  for (const { path, router } of parts.routers) app.use(path, router);
  app.use((req, _res, next) => next(new AppError('not_found', `no route for ${req.method} ${req.path}`)));
  app.use(errorHandlerFor(core.config.defaultLocale));
  return app;
}
