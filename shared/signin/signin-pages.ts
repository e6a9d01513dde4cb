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
  page: {
    title: SigninMessage;
    body: SigninMessage;
    back?: boolean;
    code: string;
    /** a button that POSTs these hidden fields to `action` (same origin) */
    form?: { action: string; button: SigninMessage; fields: Record<string, string> };
  },
): void {
  const t = (key: SigninMessage) => escapeHtml(signinText(locale, key));
  const form = page.form
    ? `<form method="post" action="${escapeHtml(page.form.action)}">${Object.entries(page.form.fields)
        .map(
          ([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
        )
        .join('')}<button type="submit">${t(page.form.button)}</button></form>`
    : '';
  res
    .status(status)
    // form-action does not fall back to default-src: the only form posts to this origin
    .set(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    )
    .set('Cache-Control', 'no-store')
    // a setup link's token is in the URL: never hand it to another site ('no-referrer' would also
    // make the browser send `Origin: null` on the page's own form)
    .set('Referrer-Policy', 'same-origin')
    .type('html')
    .send(`<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(page.title)} · Relais</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}a{color:#0f6cbd}button{font:inherit;padding:.5rem 1rem;border:0;border-radius:4px;background:#0f6cbd;color:#fff;cursor:pointer}</style>
</head><body><main><h1>${t(page.title)}</h1><p data-code="${escapeHtml(page.code)}">${t(page.body)}</p>${form}
${page.back === false ? '' : `<p><a href="/tabs/">${t('signin.page.back')}</a></p>`}</main></body></html>`);
}
