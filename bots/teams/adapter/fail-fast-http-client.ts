/**
 * The HTTP transport botbuilder's connector clients use to reach the Bot Framework connector
 * (send, update, delete, create conversation, get member).
 *
 * Why our own: botbuilder builds its ConnectorClient on @azure/core-client, whose default pipeline
 * retries 3 times — 429/503 after `Retry-After` (a 30 s Retry-After blocks the caller 90 s), 408
 * and 5xx with exponential backoff from 1 s, and network errors. That pipeline cannot be configured
 * from botbuilder (`noRetryPolicy` is declared but ignored; `requestPolicyFactories` is overwritten
 * by its ConnectorFactoryImpl). Its retry policy rethrows at once any error that is not an Azure
 * RestError, so this transport answers every status >= 400 and every network failure with a
 * ConnectorHttpError: the failure surfaces immediately and the core's job queue owns the delays
 * (Retry-After, jittered backoff), as the architecture asks.
 *
 * It speaks node:http(s) over the default keep-alive agents rather than `fetch`: a broadcast makes
 * one connector call per recipient, and fetch's streams, abort signals and header objects cost
 * about four times the CPU of a plain request (0.4–0.6 ms against 0.1 ms per call here).
 */
import http from 'node:http';
import https from 'node:https';
import type { ConnectorClientOptions } from 'botframework-connector';

type CompatHttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
export type ConnectorTransport = CompatHttpClient;
export type WebResource = Parameters<CompatHttpClient['sendRequest']>[0];
type CompatResponse = Awaited<ReturnType<CompatHttpClient['sendRequest']>>;
type HeadersLike = WebResource['headers'];

/** A connector call that failed: HTTP status >= 400, or no answer at all (status undefined). */
export class ConnectorHttpError extends Error {
  readonly statusCode?: number;
  readonly headers: Record<string, string>;
  /** parsed JSON error body (`{ error: { code, message } }`), as botbuilder's RestError exposes it */
  readonly body?: unknown;
  readonly method: string;
  readonly url: string;

  constructor(
    message: string,
    opts: {
      statusCode?: number;
      headers?: Record<string, string>;
      body?: unknown;
      method: string;
      url: string;
      cause?: unknown;
    },
  ) {
    super(message, { cause: opts.cause });
    this.name = 'ConnectorHttpError';
    this.statusCode = opts.statusCode;
    this.headers = opts.headers ?? {};
    this.body = opts.body;
    this.method = opts.method;
    this.url = opts.url;
  }

  /** the connector's own error code, e.g. ConversationBlockedByUser, MessageWritesBlocked */
  get platformCode(): string | undefined {
    const error = (this.body as { error?: { code?: unknown } } | undefined)?.error;
    return typeof error?.code === 'string' ? error.code : undefined;
  }
}

export interface FailFastHttpClientOptions {
  /** per-request timeout; the connector usually answers within a second or two */
  timeoutMs?: number;
}

export function createFailFastHttpClient(options: FailFastHttpClientOptions = {}): CompatHttpClient {
  const timeoutMs = options.timeoutMs ?? 15_000;
  return {
    async sendRequest(request: WebResource): Promise<CompatResponse> {
      const noAnswer = (error: unknown) =>
        new ConnectorHttpError(`${request.method} ${request.url}: no answer (${(error as Error).message})`, {
          method: request.method,
          url: request.url,
          cause: error,
        });
      let answer: Answer;
      try {
        answer = await exchange(request, request.timeout || timeoutMs);
      } catch (error) {
        throw noAnswer(error);
      }
      const { status, headers, bodyAsText } = answer;
      if (status >= 400) {
        throw new ConnectorHttpError(`${request.method} ${request.url}: HTTP ${status}`, {
          statusCode: status,
          headers,
          body: parseJson(bodyAsText),
          method: request.method,
          url: request.url,
        });
      }
      return { request, status, headers: new ConnectorHeaders(headers), bodyAsText };
    },
  };
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  bodyAsText: string;
}

/** One HTTP exchange: rejects on a network failure, on the caller's abort or after `timeoutMs`. */
function exchange(request: WebResource, timeoutMs: number): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const body = bodyOf(request.body);
    const headers: Record<string, string | number> = request.headers.rawHeaders();
    if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
    const url = new URL(request.url);
    const transport = url.protocol === 'https:' ? https : http;
    const abortSignal = request.abortSignal as AbortSignal | undefined;
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => outgoing.destroy(new Error('aborted by the caller'));
    const settle = () => {
      clearTimeout(timer);
      abortSignal?.removeEventListener('abort', onAbort);
    };
    const outgoing = transport.request(url, { method: request.method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => {
        settle();
        reject(error);
      });
      response.on('end', () => {
        settle();
        resolve({
          status: response.statusCode ?? 0,
          headers: flatHeaders(response.headers),
          bodyAsText: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    outgoing.on('error', (error) => {
      settle();
      reject(error);
    });
    timer = setTimeout(() => outgoing.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    if (abortSignal?.aborted) onAbort();
    else abortSignal?.addEventListener('abort', onAbort, { once: true });
    outgoing.end(body);
  });
}

/** The connector client serialises its bodies to JSON strings; anything else is sent as JSON. */
function bodyOf(body: unknown): string | Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  return JSON.stringify(body);
}

function flatHeaders(raw: http.IncomingHttpHeaders): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text; // a proxy's HTML error page: keep it for the log
  }
}

/** The small header bag the compat layer expects (lower-cased names). */
export class ConnectorHeaders implements HeadersLike {
  private readonly values: Map<string, string>;

  constructor(raw: Record<string, string> = {}) {
    this.values = new Map(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), v]));
  }
  set(name: string, value: string | number): void {
    this.values.set(name.toLowerCase(), String(value));
  }
  get(name: string): string | undefined {
    return this.values.get(name.toLowerCase());
  }
  contains(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }
  remove(name: string): boolean {
    return this.values.delete(name.toLowerCase());
  }
  rawHeaders(): Record<string, string> {
    return Object.fromEntries(this.values);
  }
  headersArray() {
    return [...this.values].map(([name, value]) => ({ name, value }));
  }
  headerNames(): string[] {
    return [...this.values.keys()];
  }
  headerValues(): string[] {
    return [...this.values.values()];
  }
  clone(): ConnectorHeaders {
    return new ConnectorHeaders(this.rawHeaders());
  }
  toJson(): Record<string, string> {
    return this.rawHeaders();
  }
}
