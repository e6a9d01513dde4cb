/**
 * The few plain pages the sign-in answers with itself (a refusal, a spent setup link, a closed
 * console): in the browser's language (French or English), every text escaped, no script.
 */
import type { Request, Response } from 'express';
import type { Locale } from '../i18n/i18n.js';
import { type SigninMessage, signinText } from './signin-i18n.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** French or English as the browser prefers (its first of the two), else the server's default. */
export function pageLocale(req: Request, fallback: Locale): Locale {
  const asked = (req.headers['accept-language'] ?? '').toLowerCase().match(/\b(fr|en)\b/);
  return (asked?.[1] as Locale | undefined) ?? fallback;
}

export function sendPage(
  res: Response,
  status: number,
  locale: Locale,
  page: { title: SigninMessage; body: SigninMessage; back?: boolean; code: string },
): void {
  const t = (key: SigninMessage) => escapeHtml(signinText(locale, key));
  res
    .status(status)
    .set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(`<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(page.title)} · Relais</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}a{color:#0f6cbd}</style>
</head><body><main><h1>${t(page.title)}</h1><p data-code="${escapeHtml(page.code)}">${t(page.body)}</p>
${page.back === false ? '' : `<p><a href="/tabs/">${t('signin.page.back')}</a></p>`}</main></body></html>`);
}
