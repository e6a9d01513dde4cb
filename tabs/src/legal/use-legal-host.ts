/**
 * What the legal pages take from where they run, without ever signing in: the theme and the
 * locale (from Teams when framed by it, else the system's light/dark preference), whether links
 * should stay marked as inside Teams, and from /tabs/config.json the organisation's privacy
 * contact and the server's default language. The page renders at once; these only refine it when
 * they arrive, so a silent or absent host never holds the text back.
 */
import { useEffect, useState } from 'react';
import { sharedTabConfig } from '../host/host-config.js';
import { connectToTeams, type HostTheme, mayBeInTeams, urlSaysInTeams } from '../host/teams-host.js';
import type { Locale } from '../i18n/i18n.js';
import { handshakeTimeoutMs } from '../use-shell.js';

export interface LegalHost {
  theme: HostTheme;
  /** the Teams client's locale once Teams answered */
  hostLocale: string | undefined;
  /** the address says Teams, or Teams answered: links keep inTeams=1 */
  inTeams: boolean;
}

export function useLegalHost(): LegalHost {
  const framed = mayBeInTeams();
  const [theme, setTheme] = useState<HostTheme>(() => (!framed && prefersDark() ? 'dark' : 'default'));
  const [hostLocale, setHostLocale] = useState<string>();
  const [teamsAnswered, setTeamsAnswered] = useState(false);

  useEffect(() => {
    if (!framed) {
      if (!window.matchMedia) return;
      const query = window.matchMedia('(prefers-color-scheme: dark)');
      const follow = () => setTheme(query.matches ? 'dark' : 'default');
      query.addEventListener('change', follow);
      return () => query.removeEventListener('change', follow);
    }
    // Framed: Teams may show this page as a tab and waits for the app to say it loaded; the
    // handshake also gives its theme and locale. No SSO token is asked for. Same time budget as
    // the shell: the full one when the address says Teams, a short one in an ambiguous frame.
    let cancelled = false;
    connectToTeams(handshakeTimeoutMs()).then(
      (session) => {
        if (cancelled) return;
        setTeamsAnswered(true);
        setTheme(session.theme);
        setHostLocale(session.locale);
        session.onThemeChange(setTheme);
      },
      (error: unknown) =>
        console.info('Relais: legal page framed outside Teams, keeping the defaults', error),
    );
    return () => {
      cancelled = true;
    };
  }, [framed]);

  return { theme, hostLocale, inTeams: teamsAnswered || urlSaysInTeams() };
}

export interface LegalConfig {
  /**
   * The configured privacy contact: undefined while /tabs/config.json loads, null when none is
   * configured or the file could not be read (the page then names the organisation's DPO).
   */
  contact: string | null | undefined;
  /** the server's DEFAULT_LOCALE, once known */
  defaultLocale: Locale | undefined;
}

/** The page's read of /tabs/config.json, shared with the Teams handshake (one request). */
export function useLegalConfig(): LegalConfig {
  const [config, setConfig] = useState<LegalConfig>({ contact: undefined, defaultLocale: undefined });
  useEffect(() => {
    let cancelled = false;
    sharedTabConfig().then(
      (loaded) => {
        if (!cancelled)
          setConfig({ contact: loaded.privacyContact ?? null, defaultLocale: loaded.defaultLocale });
      },
      (error: unknown) => {
        if (cancelled) return;
        console.warn('Relais: /tabs/config.json unavailable, showing the default privacy contact', error);
        setConfig({ contact: null, defaultLocale: undefined });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return config;
}

function prefersDark(): boolean {
  return Boolean(window.matchMedia?.('(prefers-color-scheme: dark)').matches);
}
