/**
 * What the legal pages take from where they run, without ever signing in: the theme and the
 * locale (from Teams when framed by it, else the system's light/dark preference) and the
 * organisation's privacy contact from /tabs/config.json. The page renders at once; these only
 * refine it when they arrive, so a silent or absent host never holds the text back.
 */
import { useEffect, useState } from 'react';
import { loadTabConfig } from '../host/host-config.js';
import { connectToTeams, type HostTheme, mayBeInTeams } from '../host/teams-host.js';
import { teamsHandshakeTimeoutMs } from '../use-shell.js';

export interface LegalHost {
  theme: HostTheme;
  /** the Teams client's locale once Teams answered */
  hostLocale: string | undefined;
}

export function useLegalHost(): LegalHost {
  const framed = mayBeInTeams();
  const [theme, setTheme] = useState<HostTheme>(() => (!framed && prefersDark() ? 'dark' : 'default'));
  const [hostLocale, setHostLocale] = useState<string>();

  useEffect(() => {
    if (!framed) {
      if (!window.matchMedia) return;
      const query = window.matchMedia('(prefers-color-scheme: dark)');
      const follow = () => setTheme(query.matches ? 'dark' : 'default');
      query.addEventListener('change', follow);
      return () => query.removeEventListener('change', follow);
    }
    // Framed: Teams may show this page as a tab and waits for the app to say it loaded; the
    // handshake also gives its theme and locale. No SSO token is asked for.
    let cancelled = false;
    connectToTeams(teamsHandshakeTimeoutMs).then(
      (session) => {
        if (cancelled) return;
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

  return { theme, hostLocale };
}

/**
 * The configured privacy contact: undefined while /tabs/config.json loads, null when none is
 * configured or the file could not be read (the page then names the organisation's DPO).
 */
export function usePrivacyContact(): string | null | undefined {
  const [contact, setContact] = useState<string | null>();
  useEffect(() => {
    const controller = new AbortController();
    loadTabConfig(controller.signal).then(
      (config) => setContact(config.privacyContact ?? null),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.warn('Relais: /tabs/config.json unavailable, showing the default privacy contact', error);
        setContact(null);
      },
    );
    return () => controller.abort();
  }, []);
  return contact;
}

function prefersDark(): boolean {
  return Boolean(window.matchMedia?.('(prefers-color-scheme: dark)').matches);
}
