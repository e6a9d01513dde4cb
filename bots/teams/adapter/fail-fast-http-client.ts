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
 */
import type { ConnectorClientOptions } from 'botframework-connector';

type CompatHttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
type WebResource = Parameters<CompatHttpClient['sendRequest']>[0];
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
      const signals = [AbortSignal.timeout(request.timeout || timeoutMs)];
      if (request.abortSignal) signals.push(request.abortSignal as AbortSignal);
      let response: Response;
      try {
        response = await fetch(request.url, {
          method: request.method,
          headers: request.headers.rawHeaders(),
          body: request.body ?? undefined,
          signal: AbortSignal.any(signals),
        });
      } catch (error) {
        throw new ConnectorHttpError(
          `${request.method} ${request.url}: no answer (${(error as Error).message})`,
          {
            method: request.method,
            url: request.url,
            cause: error,
          },
        );
      }
      const bodyAsText = await response.text();
      const headers = Object.fromEntries(response.headers.entries());
      if (response.status >= 400) {
        throw new ConnectorHttpError(`${request.method} ${request.url}: HTTP ${response.status}`, {
          statusCode: response.status,
          headers,
          body: parseJson(bodyAsText),
          method: request.method,
          url: request.url,
        });
      }
      return { request, status: response.status, headers: new Headers(headers), bodyAsText };
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text; // a proxy's HTML error page: keep it for the log
  }
}

/** The small header bag the compat layer expects (lower-cased names). */
class Headers implements HeadersLike {
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
  clone(): Headers {
    return new Headers(this.rawHeaders());
  }
  toJson(): Record<string, string> {
    return this.rawHeaders();
  }
}
