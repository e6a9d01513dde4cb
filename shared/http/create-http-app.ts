/**
 * The one express app: chat surfaces first (raw bodies), then the REST API, health, metrics and
 * the tabs. Each request gets an id (X-Request-Id, echoed) carried by its log lines.
 */
import express, { type Express, type Router } from 'express';
import type { Core } from '../core.js';
import { AppError } from '../errors/errors.js';
import { requestLogger } from '../logging/request-logger.js';
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
  app.set('trust proxy', core.config.trustProxy);
  app.use(parts.metrics.httpMiddleware);
  app.use(requestLogger(core.logger));
  for (const surface of parts.surfaces) app.use(surface.router);
  for (const { path, router } of parts.routers) app.use(path, router);
  app.use((req, _res, next) => next(new AppError('not_found', `no route for ${req.method} ${req.path}`)));
  app.use(errorHandlerFor(core.config.defaultLocale));
  return app;
}
