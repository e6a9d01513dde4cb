/**
 * POST /api/messages: the Bot Framework endpoint. Its own JSON body parser (limited to this route,
 * so the chat surfaces' raw-body needs elsewhere are untouched), a shape check that answers 400
 * before botbuilder sees a body it would reject (CloudAdapter.process rejects a body without
 * `type`), then the adapter: token validation (401), the turn, the invoke response.
 */
import type { TurnContext } from 'botbuilder';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { AppError } from '../../../shared/errors/errors.js';
import type { Logger } from '../../../shared/logging/logger.js';
import type { TeamsAdapter } from './create-teams-adapter.js';

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
    express.json({ limit: '1mb' }),
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
      try {
        await teams.adapter.process(req, res, logic);
      } catch (error) {
        // process() answers auth failures (401) and turn failures (500) itself; landing here means
        // it rejected before answering. Never let it become an unhandled rejection.
        logger.error({ err: error, activityId: parsed.data.id }, 'Teams request failed');
        if (!res.headersSent) next(new AppError('bad_request', 'the activity could not be processed'));
      }
    },
  );
  return router;
}
