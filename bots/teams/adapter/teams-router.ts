/**
 * POST /api/messages: the Bot Framework endpoint. Its own JSON body parser (limited to this route,
 * so other surfaces keep their raw bodies; the API's, so nesting, lone surrogates and NUL answer
 * 400 before any handler reads them), then four steps, each with its own answer:
 *   1. shape check → 400 (CloudAdapter would reject a body without `type` and crash the process),
 *      and in local mode a serviceUrl that is not a loopback connector → 400 (see inbound-guards);
 *   2. token validation → 401 for every failure, and the bot never runs;
 *   3. tenant check (auth mode) → 403 for a tenant the bot does not serve, and the bot never runs;
 *   4. the turn → 200, or the invoke response the bot chose.
 */
import type { Activity, TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import { type NextFunction, type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { jsonBody } from '../../../shared/api/json-body.js';
import { AppError } from '../../../shared/errors/errors.js';
import type { Logger } from '../../../shared/logging/logger.js';
import type { TeamsAdapter } from './create-teams-adapter.js';
import { activityTenants, isLoopbackServiceUrl, tenantAllowed } from './inbound-guards.js';

const account = z.looseObject({ id: z.string().min(1) });

/** What every Bot Framework activity carries; the rest is the handlers' business. */
export const inboundActivitySchema = z.looseObject({
  type: z.string().min(1),
  id: z.string().optional(),
  channelId: z.string().optional(),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  from: account,
  recipient: account.optional(),
  conversation: z.looseObject({ id: z.string().min(1) }),
  text: z.string().optional(),
  locale: z.string().optional(),
  name: z.string().optional(),
});

/** jsonwebtoken's errors for a bad token, which botbuilder's validation lets escape. */
const tokenErrorNames = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * Why a token was refused, or undefined when validation itself failed (the key set could not be
 * loaded...). botbuilder's AuthenticationError carries a status code (401 for a refused token, 500
 * when it could not validate) but keeps the name 'Error', so it is known by that code.
 */
export function refusalReason(error: unknown): string | undefined {
  const { name, message, statusCode } = (error ?? {}) as {
    name?: unknown;
    message?: unknown;
    statusCode?: unknown;
  };
  const reason = typeof message === 'string' && message ? message : 'token refused';
  if (typeof name === 'string' && tokenErrorNames.has(name)) return reason;
  if (statusCode === 401 || statusCode === 403) return reason;
  return undefined;
}

export interface TeamsRouterParts {
  teams: TeamsAdapter;
  /** runs one turn: the bot's `run` */
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
}

export function createTeamsRouter({ teams, logic, logger }: TeamsRouterParts): Router {
  const router = Router();
  router.post(
    '/api/messages',
    jsonBody({ limit: '1mb' }),
    async (req: Request, res: Response, next: NextFunction) => {
      const parsed = inboundActivitySchema.safeParse(req.body);
      if (!parsed.success) {
        next(
          new AppError(
            'bad_request',
            'the body is not a Bot Framework activity',
            parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`),
          ),
        );
        return;
      }
      const activity = withDates(parsed.data);
      if (!teams.authEnabled && !isLoopbackServiceUrl(activity.serviceUrl)) {
        logger.warn(
          { serviceUrl: activity.serviceUrl, activityId: activity.id },
          'unauthenticated Teams activity with a non-loopback serviceUrl refused',
        );
        next(
          new AppError(
            'bad_request',
            'without MICROSOFT_APP_ID only a local connector (127.0.0.1, localhost, ::1) may be the serviceUrl',
          ),
        );
        return;
      }

      let authentication: AuthenticateRequestResult;
      try {
        authentication = await teams.authentication.authenticateRequest(
          activity,
          req.headers.authorization ?? '',
        );
      } catch (error) {
        const reason = refusalReason(error);
        // a refused token is the caller's problem (WARN, with why); a validation that could not
        // run (key metadata unreachable...) is still a refusal, but one ops must see (ERROR)
        if (reason) logger.warn({ reason, activityId: activity.id }, 'Bot Framework token refused');
        else logger.error({ err: error, activityId: activity.id }, 'Bot Framework token validation failed');
        next(new AppError('unauthenticated', 'invalid or missing Bot Framework token'));
        return;
      }

      const tenants = activityTenants(activity);
      if (teams.authEnabled && !tenantAllowed(teams.allowedTenants, tenants)) {
        logger.warn(
          { tenants, activityId: activity.id },
          'Teams activity from a tenant this bot does not serve',
        );
        next(new AppError('forbidden', 'this bot does not serve that tenant'));
        return;
      }

      try {
        const invoke = await teams.adapter.runAuthenticated(authentication, activity, logic);
        if (invoke?.body !== undefined) res.status(invoke.status).json(invoke.body);
        else res.status(invoke?.status ?? 200).end();
      } catch (error) {
        // onTurnError handles listener failures; landing here means the adapter itself failed.
        logger.error({ err: error, activityId: activity.id }, 'Teams turn could not run');
        next(error);
      }
    },
  );
  return router;
}

/** Timestamps arrive as ISO strings; botbuilder's types (and its own `process`) want Dates. */
function withDates(body: z.infer<typeof inboundActivitySchema>): Activity {
  const activity = { ...body } as Record<string, unknown>;
  for (const [key, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = activity[key];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[key] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}
