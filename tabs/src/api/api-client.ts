/**
 * The tab shell's client for the REST API (/api/v1): openapi-fetch over the types generated from
 * the server's OpenAPI document (relais-api.d.ts, `npm run api:client`). Every request carries
 * `Authorization: Bearer <credential>`: a Teams SSO token inside Teams, an API key in the
 * standalone console. `answerOf` turns failures into ApiError with the server's stable error code.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { ResponseOf } from './api-types.js';
import type { components, paths } from './relais-api.js';

export type Me = ResponseOf<'/me', 'get'>;
export type Person = NonNullable<Me['person']>;
export type Role = Person['roles'][number];

/** One refused field as the server names it: path (indexes from 0), stable reason code, params. */
export type FieldError = NonNullable<components['schemas']['Error400']['error']['fields']>[number];

/**
 * status 0 means the server could not be reached; `code` is the server's error code, `fields`
 * the refused fields of a validation error (the console words them itself).
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldError[] = [],
  ) {
    super(message);
  }
}

/** Where credentials come from: called before each request, so Teams can refresh its token. */
export type CredentialSource = () => Promise<string>;

/**
 * The standalone console's signed-in session: the browser sends its httpOnly cookie by itself;
 * each request carries the session's CSRF token, which the server requires on every change.
 */
export interface ConsoleSessionCredential {
  csrfToken: string;
}

/**
 * Every /api/v1 route, typed by the server's document. The client asks for JSON, so a route that
 * can also answer CSV reads as its JSON shape; a call with `asCsv` (parseAs: 'text') reads as text.
 */
export type RelaisHttp = Client<paths, 'application/json'>;

export interface ApiClient {
  me(): Promise<Me>;
  /** the typed client the feature pages call; wrap each call in `answerOf` */
  http: RelaisHttp;
}

/** One openapi-fetch answer: data on success, the parsed error body otherwise. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful answer; an ApiError carrying the server's code and message otherwise. */
export async function answerOf<T>(pending: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (response.ok) return data as T;
  const body = (error as { error?: { code?: string; message?: string; fields?: FieldError[] } } | undefined)
    ?.error;
  throw new ApiError(
    response.status,
    body?.code ?? (response.status === 401 ? 'unauthenticated' : 'http_error'),
    body?.message ?? response.statusText,
    Array.isArray(body?.fields) ? body.fields : [],
  );
}

/** Options for a CSV export: the answer is read as text (`answerOf` then gives a string). */
export const asCsv = { parseAs: 'text', headers: { Accept: 'text/csv, text/plain, */*' } } as const;

export function createApiClient(
  credential: CredentialSource | ConsoleSessionCredential,
  baseUrl = '/api/v1',
): ApiClient {
  const http = createClient<paths, 'application/json'>({
    baseUrl,
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  });
  http.use({
    async onRequest({ request }) {
      if (typeof credential === 'function')
        request.headers.set('Authorization', `Bearer ${await credential()}`);
      else request.headers.set('X-CSRF-Token', credential.csrfToken);
      // the language the console shows (its switch sets the page's lang): texts the server words
      // for the reader, and its errors, come in it
      const shown = typeof document === 'undefined' ? '' : document.documentElement.lang;
      if (shown) request.headers.set('Accept-Language', shown);
      return request;
    },
    // fetch itself failed: the server could not be reached
    onError({ error }) {
      return new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
    },
  });

  return {
    http,
    async me() {
      const me = await answerOf(http.GET('/me'));
      if (me?.via !== 'session' && me?.via !== 'sso' && me?.via !== 'api_key') {
        throw new ApiError(502, 'bad_response', 'unexpected answer from /api/v1/me');
      }
      return me.person ? { ...me, person: { ...me.person, roles: me.person.roles ?? [] } } : me;
    },
  };
}
