/**
 * Malformed but correctly signed Slack requests (`payload=null`, a null or string `event`,
 * `view: null`, `team_join` with a null user...) are acknowledged with a 200 and a WARN, before
 * Bolt sees them. Bolt dereferences such fields while building the listener context, before any
 * middleware runs, so they answered 500 (or 404 three seconds later) — and Slack retries every
 * answer that is not a 2xx (Events API "Error handling": http_error), so the same payload would
 * come back three more times. A 200 says "received"; nothing runs.
 *
 * This runs before the receiver. It reads the raw body once and hands it to Bolt as `req.rawBody`
 * (Bolt reads that when present) and judges the shape (payload-shape.ts); only a malformed one
 * has its signature checked here, with Bolt's own isValidSlackRequest: a request that is not
 * signed is left to Bolt, which refuses it with a 401 as before.
 */
import querystring from 'node:querystring';
import { isValidSlackRequest } from '@slack/bolt';
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from '../../../shared/logging/logger.js';
import { slackPayloadProblem } from './payload-shape.js';

/** Bolt's own default body limit (HTTPModuleFunctions.defaultBodyLimit) */
const BODY_LIMIT = 4 * 1024 * 1024;

/** bodies up to this size are judged before their signature is checked */
const SHAPE_FIRST_BYTES = 64 * 1024;

type RawRequest = Request & { rawBody?: Buffer };

/** The body as Bolt parses it (ExpressReceiver parseRequestBody): the same content-type rule. */
function parseLikeBolt(text: string, contentType: string | undefined): unknown {
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = querystring.parse(text);
    return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
  }
  return JSON.parse(text);
}

function problemOf(text: string, contentType: string | undefined): string | undefined {
  let body: unknown;
  try {
    body = parseLikeBolt(text, contentType);
  } catch {
    return 'the payload is not JSON';
  }
  return slackPayloadProblem(body);
}

export function malformedPayloadGuard(signingSecret: string, logger: Logger): RequestHandler[] {
  const readRaw = express.raw({ type: () => true, limit: BODY_LIMIT });
  const judge: RequestHandler = (req: RawRequest, res: Response, next) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    req.rawBody = raw;
    const text = raw.toString();
    const signed = () =>
      isValidSlackRequest({
        signingSecret,
        body: text,
        headers: {
          'x-slack-signature': String(req.headers['x-slack-signature'] ?? ''),
          'x-slack-request-timestamp': Number(req.headers['x-slack-request-timestamp']),
        },
      });
    // A click's few kilobytes: the shape first, since a well-formed request goes on to Bolt,
    // which checks its signature anyway (checking it here too cost three HMACs per click). A
    // large body is parsed only once it is known to be signed. Not signed: Bolt answers 401.
    const small = raw.length <= SHAPE_FIRST_BYTES;
    if (!small && !signed()) {
      next();
      return;
    }
    const problem = problemOf(text, req.headers['content-type']);
    if (!problem || (small && !signed())) {
      next();
      return;
    }
    logger.warn(
      { slack: { problem, retryNum: req.headers['x-slack-retry-num'], bytes: raw.length } },
      `malformed Slack payload acknowledged and ignored: ${problem}`,
    );
    res.status(200).end();
  };
  return [readRaw, judge];
}
