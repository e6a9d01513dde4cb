/**
 * Microsoft Graph calls by plain fetch under GRAPH_API_URL with an app-only token: 429, 503 and
 * 504 are retried after Retry-After (else a jittered backoff), a bounded number of times; a 401
 * asks for a fresh token once; a 403 stops the run naming the permission it lacks. Links Graph
 * returns (nextLink, deltaLink) are followed only under GRAPH_API_URL, so the token never leaves.
 */
import { DirectoryStop } from './directory-errors.js';
import type { TokenSource } from './entra-token.js';

export interface GraphClientOptions {
  baseUrl: string;
  token: TokenSource;
  maxRetries: number;
  /** waits between retries; tests and the benchmark keep the real one */
  sleep?: (ms: number) => Promise<void>;
  /** waits for a slot before every request, retries included (graph-pacer.ts) */
  beforeRequest?: () => Promise<void>;
  /** Graph answered 429 with this wait: the pacer holds every later slot */
  onThrottled?: (retryAfterMs: number) => Promise<void>;
}

export interface GraphAnswer {
  status: number;
  body: unknown;
  /** a 2xx whose body was not JSON */
  malformed?: boolean;
}

const retryable = new Set([429, 503, 504]);
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After in seconds (or an HTTP date) → ms; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface GraphClient {
  /** GET a path below GRAPH_API_URL or a link Graph gave; retried as described above */
  get(pathOrLink: string, headers?: Record<string, string>): Promise<GraphAnswer>;
  post(path: string, body: unknown): Promise<GraphAnswer>;
  /** DELETE a path below GRAPH_API_URL (a team membership), retried like the others */
  delete(path: string): Promise<GraphAnswer>;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const sleep = options.sleep ?? realSleep;
  const base = options.baseUrl.replace(/\/$/, '');
  const urlOf = (pathOrLink: string) => {
    if (!/^https?:\/\//.test(pathOrLink))
      return `${base}${pathOrLink.startsWith('/') ? '' : '/'}${pathOrLink}`;
    if (!pathOrLink.startsWith(`${base}/`))
      throw new DirectoryStop(
        'graph_unavailable',
        `Graph returned a link outside GRAPH_API_URL: ${pathOrLink.slice(0, 100)}`,
      );
    return pathOrLink;
  };

  async function call(
    method: string,
    pathOrLink: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ) {
    const url = urlOf(pathOrLink);
    let renewed = false;
    for (let attempt = 0; ; attempt += 1) {
      const token = await options.token();
      await options.beforeRequest?.();
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            ...(body !== undefined && { 'Content-Type': 'application/json' }),
            ...extra,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch (error) {
        if (attempt >= options.maxRetries)
          throw new DirectoryStop(
            'graph_unavailable',
            `Graph unreachable at GRAPH_API_URL: ${(error as Error).message}`,
          );
        await sleep(backoff(attempt));
        continue;
      }
      if (retryable.has(response.status) && attempt < options.maxRetries) {
        await response.body?.cancel();
        const wait = retryAfterMs(response.headers.get('retry-after')) ?? backoff(attempt);
        if (response.status === 429) await options.onThrottled?.(wait);
        await sleep(wait);
        continue;
      }
      if (response.status === 401 && !renewed) {
        // a token revoked or expired early: MSAL's cache hands the same one, so this is rare
        renewed = true;
        await response.body?.cancel();
        continue;
      }
      const text = await response.text();
      try {
        return { status: response.status, body: text ? JSON.parse(text) : undefined };
      } catch {
        if (response.ok) return { status: response.status, body: undefined, malformed: true };
        return { status: response.status, body: { error: { message: text.slice(0, 300) } } };
      }
    }
  }

  return {
    get: (pathOrLink, headers) => call('GET', pathOrLink, undefined, headers),
    post: (path, body) => call('POST', path, body),
    delete: (path) => call('DELETE', path),
  };
}

/** 1 s, 2 s, 4 s… with jitter, at most a minute. */
const backoff = (attempt: number) => Math.min(60_000, 1000 * 2 ** attempt) * (0.5 + Math.random() / 2);

/** Graph's own words for a failed answer, for a message. */
export const graphMessage = (answer: GraphAnswer): string => {
  const error = (answer.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  return `${answer.status}${error?.code ? ` ${error.code}` : ''}${error?.message ? `: ${error.message}` : ''}`;
};
