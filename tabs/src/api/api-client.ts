/**
 * The tab shell's client for the REST API (/api/v1). Every request carries
 * `Authorization: Bearer <credential>`: a Teams SSO token inside Teams, an API key in the
 * standalone console. Failures become ApiError with the server's stable error code.
 */

export interface Role {
  role: string;
  scope: string | null;
}

export interface Person {
  id: string;
  displayName: string;
  email: string | null;
  locale: 'fr' | 'en' | null;
  kind: 'member' | 'guest';
  roles: Role[];
}

export interface Me {
  person: Person | null;
  via: 'sso' | 'api_key';
}

/** status 0 means the server could not be reached; `code` is the server's error code. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Where credentials come from: called before each request, so Teams can refresh its token. */
export type CredentialSource = () => Promise<string>;

export interface ApiClient {
  me(): Promise<Me>;
  /** any other /api/v1 call (feature pages); JSON in, JSON out, failures as ApiError */
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
  /** a non-JSON answer (CSV exports), as text */
  text(path: string): Promise<string>;
}

export function createApiClient(credential: CredentialSource, baseUrl = '/api/v1'): ApiClient {
  async function send(method: string, path: string, body: unknown, accept: string): Promise<Response> {
    const bearer = await credential();
    const headers: Record<string, string> = { Accept: accept, Authorization: `Bearer ${bearer}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) {
      const parsed: unknown = await response.json().catch(() => undefined);
      const error = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error;
      throw new ApiError(
        response.status,
        error?.code ?? (response.status === 401 ? 'unauthenticated' : 'http_error'),
        error?.message ?? response.statusText,
      );
    }
    return response;
  }

  async function request<T>(method: string, path: string, payload?: unknown): Promise<T> {
    const response = await send(method, path, payload, 'application/json');
    if (response.status === 204) return undefined as T;
    return (await response.json().catch(() => undefined)) as T;
  }

  async function get<T>(path: string): Promise<T> {
    const bearer = await credential();
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, {
        headers: { Accept: 'application/json', Authorization: `Bearer ${bearer}` },
      });
    } catch (error) {
      throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
      throw new ApiError(
        response.status,
        error?.code ?? (response.status === 401 ? 'unauthenticated' : 'http_error'),
        error?.message ?? response.statusText,
      );
    }
    return body as T;
  }

  return {
    async me() {
      const me = await get<Me>('/me');
      if (me?.via !== 'sso' && me?.via !== 'api_key') {
        throw new ApiError(502, 'bad_response', 'unexpected answer from /api/v1/me');
      }
      return me.person ? { ...me, person: { ...me.person, roles: me.person.roles ?? [] } } : me;
    },
    request,
    async text(path) {
      return (await send('GET', path, undefined, 'text/csv, text/plain, */*')).text();
    },
  };
}
