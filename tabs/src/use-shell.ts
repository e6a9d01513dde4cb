/**
 * The tab shell's state: which host we run in (Teams or the standalone console), the theme and
 * locale it gives us, and the signed-in person loaded from /api/v1/me.
 * Inside Teams the SSO token is the credential; outside, an API key typed in the sign-in form.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiClient, ApiError, createApiClient, type Me } from './api/api-client.js';
import { apiKeyStore } from './host/api-key-store.js';
import { endConsoleSession, readConsoleSession, type SigninProvider } from './host/console-session.js';
import { sharedTabConfig } from './host/host-config.js';
import { homeTabSettings } from './host/tab-settings.js';
import {
  connectToTeams,
  type HostTheme,
  mayBeInTeams,
  type TabConfig,
  type TabSettings,
  type TeamsSpace,
  urlSaysInTeams,
} from './host/teams-host.js';
import type { Locale } from './i18n/i18n.js';

/**
 * How long the Teams handshake may take in an ambiguous frame (an iframe whose URL does not say
 * it is Teams): it may be any page framing us, so fall back to the standalone console fast.
 */
export const teamsHandshakeTimeoutMs = 1000;

/**
 * How long it may take when the URL says Teams (`inTeams=1`, the manifest's tab URL): a slow
 * Teams client (cold start, busy machine) must not drop the person to the API-key form, yet a
 * Teams that never answers should not keep them waiting teams-js's own 60 s.
 */
export const teamsClientHandshakeTimeoutMs = 10_000;

export const handshakeTimeoutMs = (win: Window = window): number =>
  urlSaysInTeams(win) ? teamsClientHandshakeTimeoutMs : teamsHandshakeTimeoutMs;

export type Mode = 'teams' | 'standalone';

export type Phase =
  | { name: 'starting' }
  | { name: 'loading' }
  | { name: 'ready'; me: Me }
  | { name: 'failed'; error: Error }
  /** a guest whose group charter is pending: the charter page until they accept */
  | { name: 'charter' }
  /**
   * Teams shows the configuration page of a channel, chat or meeting tab: where it is, what it
   * saved if it exists already, and how to change what Save stores (what it saved, or the home
   * page, until something else is chosen)
   */
  | { name: 'configuring'; space: TeamsSpace; saved?: TabConfig; saveAs(settings: TabSettings): void }
  /**
   * standalone only: the sign-in page (the providers the server offers, and the API key form for
   * automation), with the last attempt's error if any
   */
  | { name: 'signed-out'; checking: boolean; error?: Error; providers: SigninProvider[] };

export interface Shell {
  mode: Mode | undefined;
  phase: Phase;
  theme: HostTheme;
  hostLocale: string | undefined;
  /** the server's DEFAULT_LOCALE, once /tabs/config.json has answered */
  defaultLocale: Locale | undefined;
  retry(): void;
  signIn(apiKey: string): Promise<void>;
  signOut(): void;
  /** the API client of the signed-in session (set before the phase turns ready) */
  api: ApiClient | undefined;
}

export function useShell(): Shell {
  const [mode, setMode] = useState<Mode>();
  const [phase, setPhase] = useState<Phase>({ name: 'starting' });
  const [theme, setTheme] = useState<HostTheme>(prefersDark() ? 'dark' : 'default');
  const [hostLocale, setHostLocale] = useState<string>();
  const [defaultLocale, setDefaultLocale] = useState<Locale>();
  // bumped by retry() when config.json could not be read, to read it again
  const [configAttempt, setConfigAttempt] = useState(0);
  const configFailed = useRef(false);
  const client = useRef<ApiClient | undefined>(undefined);
  // the signed-in console session's CSRF token (sign-out needs it), null for an API key
  const sessionCsrf = useRef<string | null>(null);
  const providers = useRef<SigninProvider[]>([]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: configAttempt only triggers a re-read
  useEffect(() => {
    let cancelled = false;
    configFailed.current = false;
    sharedTabConfig().then(
      (config) => {
        if (!cancelled) setDefaultLocale(config.defaultLocale);
      },
      (error: unknown) => {
        configFailed.current = true;
        console.warn('Relais: /tabs/config.json unavailable, default language French', error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [configAttempt]);

  const load = useCallback(async (api: ApiClient) => {
    setPhase({ name: 'loading' });
    try {
      setPhase({ name: 'ready', me: await api.me() });
    } catch (error) {
      // the API holds a guest back until they accept their group's charter (shared/access)
      if (error instanceof ApiError && error.code === 'charter_pending') setPhase({ name: 'charter' });
      else setPhase({ name: 'failed', error: asError(error) });
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    const startStandalone = async () => {
      setMode('standalone');
      const session = await readConsoleSession().catch(() => undefined);
      if (cancelled) return;
      providers.current = session?.providers ?? [];
      const signedOut = (error?: Error) =>
        setPhase({ name: 'signed-out', checking: false, error, providers: providers.current });
      if (session?.signedIn && session.csrfToken) {
        sessionCsrf.current = session.csrfToken;
        client.current = createApiClient({ csrfToken: session.csrfToken });
        return void load(client.current);
      }
      const key = apiKeyStore.get();
      if (!key) return signedOut();
      const api = createApiClient(async () => key);
      try {
        const me = await api.me();
        if (cancelled) return;
        client.current = api;
        setPhase({ name: 'ready', me });
      } catch (error) {
        if (cancelled) return;
        if (isUnauthenticated(error)) apiKeyStore.clear();
        signedOut(asError(error));
      }
    };

    if (!mayBeInTeams()) {
      void startStandalone();
      return () => {
        cancelled = true;
      };
    }
    connectToTeams(handshakeTimeoutMs()).then(
      (session) => {
        if (cancelled) return;
        setMode('teams');
        setTheme(session.theme);
        setHostLocale(session.locale);
        session.onThemeChange(setTheme);
        client.current = createApiClient(session.getAuthToken);
        if (session.frameContext === 'settings') {
          // Save works at once: a tab being added stores the home page, an existing tab (Teams
          // shows its settings again) keeps what it shows; choosing another portal replaces it
          void session.savedTab().then((saved) => {
            if (cancelled) return;
            session.enableTabSave(saved ?? homeTabSettings());
            setPhase({ name: 'configuring', space: session.space, saved, saveAs: session.enableTabSave });
          });
          return;
        }
        void load(client.current);
      },
      (error: unknown) => {
        if (cancelled) return;
        console.info('Relais: not inside Teams, opening the standalone console', error);
        void startStandalone();
      },
    );
    return () => {
      cancelled = true;
    };
  }, [load]);

  // Outside Teams, follow the system's light/dark preference.
  useEffect(() => {
    if (mode !== 'standalone' || !window.matchMedia) return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => setTheme(query.matches ? 'dark' : 'default');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [mode]);

  const signIn = useCallback(async (apiKey: string) => {
    setPhase({ name: 'signed-out', checking: true, providers: providers.current });
    const api = createApiClient(async () => apiKey);
    try {
      const me = await api.me();
      apiKeyStore.set(apiKey);
      client.current = api;
      setPhase({ name: 'ready', me });
    } catch (error) {
      setPhase({ name: 'signed-out', checking: false, error: asError(error), providers: providers.current });
    }
  }, []);

  const signOut = useCallback(() => {
    apiKeyStore.clear();
    const csrf = sessionCsrf.current;
    sessionCsrf.current = null;
    client.current = undefined;
    const done = () => setPhase({ name: 'signed-out', checking: false, providers: providers.current });
    if (csrf) void endConsoleSession(csrf).then(done, done);
    else done();
  }, []);

  const retry = useCallback(() => {
    if (configFailed.current) setConfigAttempt((n) => n + 1);
    if (client.current) void load(client.current);
  }, [load]);

  return { mode, phase, theme, hostLocale, defaultLocale, retry, signIn, signOut, api: client.current };
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function prefersDark(): boolean {
  return !mayBeInTeams() && Boolean(window.matchMedia?.('(prefers-color-scheme: dark)').matches);
}
