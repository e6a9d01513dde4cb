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

/** The path of a legal page, keeping an explicitly chosen language. */
export function legalPageHref(page: LegalPage, lang?: string, base = import.meta.env.BASE_URL): string {
  return `${base}${page}${lang ? `?lang=${lang}` : ''}`;
}
