/**
 * POST /slack/events for Bolt, as one handler on our express app instead of Bolt's
 * ExpressReceiver. Per request it reads the body once, checks the signature once and parses it
 * once. The ExpressReceiver behind a guard did each of these two or three times per click: the
 * guard read the raw body with body-parser and parsed it to judge its shape, then Bolt parsed it
 * again and compared signatures with tsscmp, which draws 32 random bytes and computes two more
 * HMACs per request. At a few hundred clicks a second that was several percent of the server.
 *
 * What Slack and Bolt see is unchanged:
 * - a body over Bolt's 4 MB limit answers 413, an unreadable one 400;
 * - a missing or wrong signature, or a timestamp more than 5 minutes off either way, answers 401
 *   and nothing is parsed (Bolt refused only the past half: a signed request stamped ahead could
 *   be replayed until its time came);
 * - a signed body Bolt could not route (not JSON, `payload=null`, a null event, `view: null`,
 *   `team_join` with a null user...: payload-shape.ts) answers 200 with a WARN, since Slack
 *   retries every answer that is not a 2xx and Bolt would have thrown (500) while building the
 *   listener context;
 * - `ssl_check` and `url_verification` answer as ExpressReceiver answered them;
 * - the rest goes to `app.processEvent` with Bolt's own HTTPResponseAck: the listener's `ack()`
 *   answers, a request not acknowledged within 3 s gets the unhandled-request answer
 *   (late-ack.ts), and a thrown error goes to the processEventErrorHandler
 *   (payload-without-user.ts), as with ExpressReceiver.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import querystring from 'node:querystring';
import {
  type App,
  type Logger as BoltLogger,
  HTTPModuleFunctions,
  HTTPResponseAck,
  type Receiver,
  type ReceiverEvent,
  type ReceiverProcessEventErrorHandlerArgs,
  type ReceiverUnhandledRequestHandlerArgs,
} from '@slack/bolt';
import type { RequestHandler } from 'express';
import type { Logger } from '../../../shared/logging/logger.js';
import { slackPayloadProblem } from './payload-shape.js';

/** Bolt's own body limit (HTTPModuleFunctions.defaultBodyLimit) */
const BODY_LIMIT = 4 * 1024 * 1024;
/** Slack's replay window, both ways: a request stamped further from now is refused */
export const SLACK_TIMESTAMP_WINDOW_SECONDS = 5 * 60;

export interface SlackEventsReceiverOptions {
  signingSecret: string;
  /** Bolt's logger (the ack timer and Bolt's default handlers write to it) */
  boltLogger: BoltLogger;
  logger: Logger;
  processEventErrorHandler: (args: ReceiverProcessEventErrorHandlerArgs) => Promise<boolean>;
  unhandledRequestHandler: (args: ReceiverUnhandledRequestHandlerArgs) => void;
  now?: () => number;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; status: number; why: string };

export class SlackEventsReceiver implements Receiver {
  private bolt: App | undefined;

  constructor(private readonly options: SlackEventsReceiverOptions) {}

  init(app: App): void {
    this.bolt = app;
  }

  /** the server's own HTTP listener serves the handler: nothing to open or close here */
  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  readonly handler: RequestHandler = async (req, res) => {
    const raw = await readBody(req);
    if (!raw.ok) return this.refuse(res, raw.status, raw.why);
    const text = raw.value.toString();
    const signed = this.checkSignature(req, text);
    if (!signed.ok) return this.refuse(res, signed.status, signed.why);

    let body: Record<string, unknown>;
    try {
      body = parseLikeBolt(text, req.headers['content-type']);
    } catch {
      return this.acknowledgeMalformed(req, res, 'the payload is not JSON', raw.value.length);
    }
    const problem = slackPayloadProblem(body);
    if (problem) return this.acknowledgeMalformed(req, res, problem, raw.value.length);
    if (body.ssl_check) {
      res.status(200).end();
      return;
    }
    if (body.type === 'url_verification') {
      res.json({ challenge: body.challenge });
      return;
    }
    // the processEventErrorHandler reads the parsed body from the request, as with ExpressReceiver
    req.body = body;
    await this.dispatch(req, res, body);
  };

  private async dispatch(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>) {
    const ack = new HTTPResponseAck({
      logger: this.options.boltLogger,
      processBeforeResponse: false,
      unhandledRequestHandler: this.options.unhandledRequestHandler,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
    });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
      customProperties: {},
    };
    try {
      await this.bolt?.processEvent(event);
      if (ack.storedResponse !== undefined) HTTPModuleFunctions.buildContentResponse(res, ack.storedResponse);
    } catch (error) {
      const handled = await this.options.processEventErrorHandler({
        error: error as Error,
        logger: this.options.boltLogger,
        request: req,
        response: res,
        storedResponse: ack.storedResponse,
      });
      if (handled) ack.ack();
    }
  }

  /** Slack's v0 scheme: HMAC-SHA256 of `v0:<timestamp>:<body>`, compared in constant time */
  private checkSignature(req: IncomingMessage, text: string): Outcome<true> {
    const signature = header(req, 'x-slack-signature');
    const stamp = header(req, 'x-slack-request-timestamp');
    if (signature === undefined || stamp === undefined)
      return { ok: false, status: 401, why: 'signature headers missing' };
    const timestamp = Number(stamp);
    if (!Number.isFinite(timestamp)) return { ok: false, status: 401, why: 'timestamp is not a number' };
    const now = (this.options.now ?? Date.now)() / 1000;
    if (timestamp < Math.floor(now) - SLACK_TIMESTAMP_WINDOW_SECONDS)
      return { ok: false, status: 401, why: 'timestamp too old' };
    if (timestamp - now > SLACK_TIMESTAMP_WINDOW_SECONDS)
      return { ok: false, status: 401, why: 'timestamp too far in the future' };
    const expected = Buffer.from(
      `v0=${createHmac('sha256', this.options.signingSecret).update(`v0:${stamp}:${text}`).digest('hex')}`,
    );
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { ok: false, status: 401, why: 'signature mismatch' };
    return { ok: true, value: true };
  }

  private refuse(res: ServerResponse, status: number, why: string): void {
    this.options.logger.warn({ slack: { status, why } }, `Slack request refused: ${why}`);
    // a body left unread is not drained: the connection closes with the answer
    if (status === 413) res.setHeader('connection', 'close');
    res.writeHead(status);
    res.end();
  }

  private acknowledgeMalformed(req: IncomingMessage, res: ServerResponse, problem: string, bytes: number) {
    this.options.logger.warn(
      { slack: { problem, retryNum: header(req, 'x-slack-retry-num'), bytes } },
      `malformed Slack payload acknowledged and ignored: ${problem}`,
    );
    res.writeHead(200);
    res.end();
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The body as Bolt parses it (HTTPModuleFunctions.parseHTTPRequestBody): the same content-type rule. */
function parseLikeBolt(text: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = querystring.parse(text);
    return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
  }
  return JSON.parse(text);
}

/** The whole body, at most BODY_LIMIT bytes: 413 beyond it (declared or sent), 400 if the stream fails. */
function readBody(req: IncomingMessage): Promise<Outcome<Buffer>> {
  const declared = Number(header(req, 'content-length'));
  if (Number.isFinite(declared) && declared > BODY_LIMIT)
    return Promise.resolve({ ok: false, status: 413, why: 'body over the size limit' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: Outcome<Buffer>) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        // stop reading; the answer closes the exchange
        req.pause();
        finish({ ok: false, status: 413, why: 'body over the size limit' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, value: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks) });
    const onError = () => finish({ ok: false, status: 400, why: 'the body could not be read' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
