/**
 * The REST API at /api/v1: JSON (and CSV where a route says so) in, JSON out, every input
 * validated, every route authenticated by API key or Teams SSO, the OpenAPI document generated
 * from the same declarations.
 */
import express, { type Request, Router } from 'express';
import { createSsoVerifier, ssoSettingsFrom } from '../auth/sso-verifier.js';
import type { Core } from '../core.js';
import { directoryRoutes } from '../directory/directory-routes.js';
import { AppError } from '../errors/errors.js';
import { setCallerLocale } from '../http/error-handler.js';
import { newsRoutes } from '../news/news-routes.js';
import { newsPreviewRoutes } from '../news-console/news-preview-route.js';
import { peopleRoutes } from '../people/people-routes.js';
import { pollRoutes } from '../polls/poll-routes.js';
import { quizRoutes } from '../quizzes/quiz-routes.js';
import { surveyRoutes } from '../surveys/survey-routes.js';
import { schedulePreviewRoutes } from '../tours/console/schedule-preview-route.js';
import { introductionRoutes } from '../tours/introduction/introduction-routes.js';
import { tourRoutes } from '../tours/tour-routes.js';
import { type ApiRoute, parseInput } from './api-route.js';
import { createAuthenticator } from './authenticate.js';
import { jsonBody } from './json-body.js';
import { buildOpenApi } from './openapi.js';
import { refuseNulCharacters } from './text-guard.js';

export const apiVersion = '1.0.0';

/** Every feature's routes; later features add theirs here. */
export const allRoutes = (core: Core): ApiRoute[] => [
  ...peopleRoutes(core),
  ...pollRoutes(core, core.polls),
  ...newsRoutes(core, core.news),
  ...newsPreviewRoutes(core),
  ...surveyRoutes(core, core.surveys),
  ...quizRoutes(core, core.quizzes),
  ...schedulePreviewRoutes(core),
  ...introductionRoutes(core),
  ...tourRoutes(core),
  ...directoryRoutes(core.directory),
];

/** Whether the request carries a body at all (an empty POST keeps meaning "no body"). */
const hasContent = (req: Request): boolean =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/** A body the route reads: JSON, or one of the route's extra types (CSV for the import). */
const acceptsContentType = (req: Request, route: ApiRoute): boolean =>
  Boolean(req.is('application/json') || (route.extraContentTypes && req.is(route.extraContentTypes)));

export function createApiRouter(core: Core): Router {
  const sso = ssoSettingsFrom(core.config.tabSso);
  const authenticator = createAuthenticator({
    apiKeys: core.config.apiKeys,
    people: core.people,
    sso: sso ? createSsoVerifier(sso) : undefined,
  });
  const routes = allRoutes(core);
  const openApi = buildOpenApi(routes, { version: apiVersion, serverUrl: `${core.config.publicUrl}/api/v1` });

  const router = Router();
  router.use(jsonBody({ limit: '5mb' }));
  router.use(express.text({ type: 'text/csv', limit: '20mb' }));
  router.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });

  for (const route of routes) {
    router[route.method](route.path, async (req: Request, res, next) => {
      try {
        const principal =
          route.authenticated === false
            ? { kind: 'automation' as const, keyId: 'public' }
            : await authenticator.authenticate(req);
        if (principal.kind === 'person') setCallerLocale(res, principal.person.locale);
        refuseNulCharacters(req);
        if (route.body && hasContent(req) && !acceptsContentType(req, route)) {
          throw new AppError('unsupported_media_type', 'this route takes application/json', undefined, {
            key: 'error.json.content_type',
          });
        }
        const result = await route.handler({
          principal,
          body: parseInput(route.body, req.body, 'body'),
          query: parseInput(route.query, req.query, 'query'),
          params: parseInput(route.params, req.params, 'path'),
          req,
          res,
        });
        if (result !== undefined && !res.headersSent) res.json(result);
      } catch (error) {
        next(error);
      }
    });
  }
  return router;
}
