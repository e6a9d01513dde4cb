/**
 * Which legal page, if any, a path under /tabs names. The Teams manifest links the privacy
 * notice and the terms of use here; they render without signing in, so the entry point picks
 * them before the shell (which signs in) is started.
 */
export type LegalPage = 'privacy' | 'terms';

const legalPages: readonly LegalPage[] = ['privacy', 'terms'];

/** '/tabs/privacy', '/tabs/terms/' → the page; anything else → undefined. */
export function legalPageOf(pathname: string, base = import.meta.env.BASE_URL): LegalPage | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = pathname.slice(base.length).replace(/\/$/, '');
  return legalPages.find((page) => page === rest);
}

export interface LegalLinkOptions {
  /** an explicitly chosen language, kept in the address */
  lang?: string;
  /**
   * The link is followed inside a Teams tab: keep `inTeams=1`, so the page it opens gives the
   * Teams handshake its full time (an ambiguous frame gets only a short one).
   */
  inTeams?: boolean;
}

/** The path of a legal page. */
export function legalPageHref(
  page: LegalPage,
  options: LegalLinkOptions = {},
  base = import.meta.env.BASE_URL,
): string {
  return `${base}${page}${query(options)}`;
}

/** The path of the console (the tab's home), from a legal page. */
export function consoleHref(
  options: Pick<LegalLinkOptions, 'inTeams'> = {},
  base = import.meta.env.BASE_URL,
): string {
  return `${base}${query(options)}`;
}

function query({ lang, inTeams }: LegalLinkOptions): string {
  const params = new URLSearchParams();
  if (lang) params.set('lang', lang);
  if (inTeams) params.set('inTeams', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}
