/**
 * The language a REST caller reads: a signed-in person's own first (set by the API router once
 * the caller is known), else what their browser or console asks (Accept-Language), else
 * DEFAULT_LOCALE. Errors and the texts a route words for its reader both use it.
 */
import type { Request, Response } from 'express';
import { type Locale, locales, toLocale } from '../i18n/i18n.js';

/** Set by the API router once the caller is known: a person's own language comes first. */
export const setCallerLocale = (res: Response, locale: string | null | undefined): void => {
  const known = toLocale(locale);
  if (known) res.locals.callerLocale = known;
};

export function callerLocale(req: Request, res: Response, defaultLocale: Locale): Locale {
  const own = toLocale(res.locals.callerLocale as string | undefined);
  if (own) return own;
  if (!req.headers['accept-language']) return defaultLocale;
  return toLocale(req.acceptsLanguages([...locales]) || undefined) ?? defaultLocale;
}
