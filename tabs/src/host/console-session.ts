/**
 * The standalone console's server-side session (/auth/session): whether this browser is signed
 * in (its httpOnly cookie, which scripts never see), the session's CSRF token, and the sign-in
 * providers the server offers. Signing out asks the server to end the session.
 */
export type SigninProvider = 'entra' | 'slack';

export interface ConsoleSessionState {
  signedIn: boolean;
  csrfToken: string | null;
  /** how the session began: 'entra', 'slack', or 'setup' (the first-run link, no account yet) */
  via: string | null;
  providers: SigninProvider[];
}

export async function readConsoleSession(): Promise<ConsoleSessionState> {
  const response = await fetch('/auth/session', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  // an older server without /auth: no providers, the API key form stays the way in
  if (!response.ok) return { signedIn: false, csrfToken: null, via: null, providers: [] };
  const body = (await response.json()) as Partial<ConsoleSessionState>;
  const providers = Array.isArray(body.providers)
    ? body.providers.filter((p): p is SigninProvider => p === 'entra' || p === 'slack')
    : [];
  return {
    signedIn: body.signedIn === true && typeof body.csrfToken === 'string',
    csrfToken: typeof body.csrfToken === 'string' ? body.csrfToken : null,
    via: typeof body.via === 'string' ? body.via : null,
    providers,
  };
}

export async function endConsoleSession(csrfToken: string): Promise<void> {
  await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'X-CSRF-Token': csrfToken },
  });
}

/**
 * The setup administrator links their account: the server records a sign-in attempt marked as a
 * link (CSRF token required) and answers the provider's URL, where the browser then goes.
 */
export async function startAccountLink(provider: SigninProvider, csrfToken: string): Promise<string> {
  const response = await fetch(`/auth/${provider}/link`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'X-CSRF-Token': csrfToken, Accept: 'application/json' },
  });
  const body = (await response.json().catch(() => ({}))) as { url?: unknown };
  if (!response.ok || typeof body.url !== 'string') throw new Error(`link refused (${response.status})`);
  return body.url;
}

/** Where a provider button leads: the server starts the OpenID Connect flow. */
export const signinUrl = (provider: SigninProvider): string => `/auth/${provider}/login`;
