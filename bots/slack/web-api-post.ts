/**
 * One Web API call of a hot path (a broadcast's chat.postMessage, chat.update, conversations.open;
 * the ephemeral card a vote on a channel message answers with) posted straight on node:http's keep-alive agents, without the WebClient's layers: its request
 * queue and retry wrappers (we reject 429s and never retry in the client anyway: the job queue
 * owns delays), the debug strings it builds with logging off, the Response and Headers objects,
 * and an AbortSignal.timeout per call whose 30-second timer fires, long after the answer, for
 * every call. In the news benchmark those were most of a Slack send's CPU.
 *
 * Same wire format as the WebClient (a url-encoded form, objects and arrays as JSON, the token as
 * a Bearer header, on the workspace client's slackApiUrl) and failures shaped as its errors, so
 * delivery-errors.ts maps them exactly as before. One difference: a 429 without a usable
 * Retry-After is rate limited too (Slack's Tier 1 advice, a minute), where the WebClient threw an
 * untyped error that the job queue took for a bug.
 */
import http from 'node:http';
import https from 'node:https';
import { stringify } from 'node:querystring';
import { ErrorCode } from '@slack/web-api';

/** the WebClient's timeout for these calls, kept */
const TIMEOUT_MS = 30_000;
/** a 429 without a usable Retry-After: wait a minute, as Slack's docs suggest for Tier 1 */
const DEFAULT_RETRY_AFTER_SECONDS = 60;

/** what Slack answered with `ok: true` (the method's fields) */
export type WebApiAnswer = Record<string, unknown> & { ok: true };

/** the WebClient's form encoding: undefined dropped, objects and arrays as JSON */
function formBody(args: Record<string, unknown>): string {
  const form: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    form[key] =
      typeof value === 'object' && value !== null
        ? JSON.stringify(value)
        : (value as string | number | boolean);
  }
  return stringify(form);
}

/** a failure in the shape of the WebClient's coded errors (see delivery-errors.ts) */
const coded = (message: string, fields: Record<string, unknown>): Error =>
  Object.assign(new Error(message), fields);

function retryAfterSeconds(header: string | string[] | undefined): number | undefined {
  const value = Number.parseInt(Array.isArray(header) ? (header[0] ?? '') : (header ?? ''), 10);
  return Number.isNaN(value) ? undefined : value;
}

/** the answer of an HTTP exchange, as the WebClient would have resolved or rejected it */
function settle(
  status: number,
  headers: http.IncomingHttpHeaders,
  text: string,
  method: string,
): WebApiAnswer {
  if (status === 429) {
    const retryAfter = retryAfterSeconds(headers['retry-after']) ?? DEFAULT_RETRY_AFTER_SECONDS;
    throw coded(`${method}: rate limited, retry after ${retryAfter} s`, {
      code: ErrorCode.RateLimitedError,
      retryAfter,
    });
  }
  if (status !== 200) {
    throw coded(`${method}: HTTP ${status}`, { code: ErrorCode.HTTPError, statusCode: status, body: text });
  }
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    data = { ok: false, error: text };
  }
  if (data.ok === true) return data as WebApiAnswer;
  const retryAfter = retryAfterSeconds(headers['retry-after']);
  const metadata = (data.response_metadata ?? {}) as Record<string, unknown>;
  data.response_metadata = retryAfter === undefined ? metadata : { ...metadata, retryAfter };
  throw coded(`An API error occurred: ${String(data.error)}`, { code: ErrorCode.PlatformError, data });
}

/** POSTs `method` with `args` for the workspace whose bot token is `token`. */
export function postWebApi(
  apiUrl: string,
  token: string,
  method: string,
  args: Record<string, unknown>,
): Promise<WebApiAnswer> {
  const url = new URL(`${apiUrl}${method}`);
  const body = formBody(args);
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<WebApiAnswer>((resolve, reject) => {
    const request = transport.request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
        },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('error', (error) =>
          reject(coded(error.message, { code: ErrorCode.RequestError, original: error })),
        );
        answer.on('end', () => {
          try {
            resolve(
              settle(answer.statusCode ?? 0, answer.headers, Buffer.concat(chunks).toString('utf8'), method),
            );
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    // an idle socket timer, cleared with the exchange (not a timer per call left running)
    request.setTimeout(TIMEOUT_MS, () =>
      request.destroy(new Error(`${method}: no answer within ${TIMEOUT_MS} ms`)),
    );
    request.on('error', (error) =>
      reject(coded(error.message, { code: ErrorCode.RequestError, original: error })),
    );
    request.end(body);
  });
}

/** the interactive WebClient's retries (slack-surface.ts): twice, after 200 then 400 ms */
const INTERACTIVE_RETRY_DELAYS_MS = [200, 400];

/**
 * postWebApi for an answer to a person's click: a network failure or a 5xx is tried again as the
 * interactive WebClient did (never a 429 or a Slack error: those are answers).
 */
export async function postWebApiRetrying(
  apiUrl: string,
  token: string,
  method: string,
  args: Record<string, unknown>,
  delaysMs: readonly number[] = INTERACTIVE_RETRY_DELAYS_MS,
): Promise<WebApiAnswer> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await postWebApi(apiUrl, token, method, args);
    } catch (error) {
      const { code, statusCode } = error as { code?: string; statusCode?: number };
      const transient =
        code === ErrorCode.RequestError || (code === ErrorCode.HTTPError && (statusCode ?? 0) >= 500);
      const delay = delaysMs[attempt];
      if (!transient || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
