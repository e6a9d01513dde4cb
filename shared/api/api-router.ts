/**
 * The REST API at /api/v1: JSON (and CSV where a route says so) in, JSON out, every input
 * validated, every route authenticated by API key or Teams SSO, the OpenAPI document generated
 * from the same declarations.
 */
import express, { type Request, Router } from 'express';
import type { Principal } from '../auth/principal.js';
import { createSsoVerifier, ssoSettingsFrom } from '../auth/sso-verifier.js';
import type { Core } from '../core.js';
import { AppError } from '../errors/errors.js';
import { type ApiRoute, parseInput } from './api-route.js';
import { createAuthenticator } from './authenticate.js';
import { setCallerLocale } from './caller-locale.js';
import { jsonBody } from './json-body.js';
import { buildOpenApi } from './openapi.js';
import { refuseNulCharacters } from './text-guard.js';

export const apiVersion = '1.0.0';

/** Whether the request carries a body at all (an empty POST keeps meaning "no body"). */
const hasContent = (req: Request): boolean =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/** A body the route reads: JSON, or one of the route's extra types (CSV for the import). */
const acceptsContentType = (req: Request, route: ApiRoute): boolean =>
  Boolean(req.is('application/json') || (route.extraContentTypes && req.is(route.extraContentTypes)));

export function createApiRouter(
  core: Core,
  session?: (req: Request) => Promise<Principal | undefined>,
): Router {
  const sso = ssoSettingsFrom(core.config.tabSso);
  const authenticator = createAuthenticator({
    apiKeys: core.config.apiKeys,
    people: core.people,
    sso: sso ? createSsoVerifier(sso) : undefined,
    session,
  });
  const routes = core.routes;
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
        if (principal.kind === 'person') {
          setCallerLocale(res, principal.person.locale);
          // a held person (a guest whose charter is pending) reads nothing but what the gate lets through
          const hold = await core.access.hold(principal.person, {
            kind: 'api',
            method: route.method,
            path: route.path,
          });
          if (hold) throw new AppError(hold.code, `held: ${hold.code}`, undefined, hold.text);
        }
        refuseNulCharacters(req);
        if (route.body && hasContent(req) && !acceptsContentType(req, route)) {
          throw new AppError('unsupported_media_type', 'this route takes application/json', undefined, {
            key: 'error.json.content_type',
          });
        }
        // the declared success status; a handler that writes its own answer may still set another
        res.status(route.status ?? 200);
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
