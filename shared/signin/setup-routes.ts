/**
 * The first-run link's two steps:
 *   GET  /auth/setup?token=…   a page with one button; spends nothing, so the link previewers of
 *                              chat apps and mail clients, and browsers' prefetch, cannot use it up
 *   POST /auth/setup           the button: spends the link, signs in as the first administrator
 * The POST must come from that page in the same browser: a nonce cookie the GET set, repeated in
 * the form (double submit), and the browser's Origin / Sec-Fetch-Site naming this site.
 */
import express, { type Request, type Response, type Router } from 'express';
import type { Config } from '../config/config.js';
import type { Locale } from '../i18n/i18n.js';
import type { ConsoleSignin } from './console-signin.js';
import { readCookie, setCookie } from './cookies.js';
import { randomToken } from './session-store.js';
import { setupLinkLifetimeMs } from './setup-link.js';
import { signinText } from './signin-i18n.js';
import { sendPage } from './signin-pages.js';

const setupNonceCookie = 'relais_setup';
const welcomeUrl = '/tabs/#/welcome';
const wellFormed = (value: unknown): string =>
  typeof value === 'string' && /^[\w-]{1,100}$/.test(value) ? value : '';

export interface SigninRouteContext {
  config: Config;
  secure(req: Request): boolean;
  locale(req: Request): Locale;
  startSession(req: Request, res: Response, personId: string, via: string): Promise<void>;
}

/** Whether the browser says this request comes from one of this server's own pages. */
export function fromOwnPage(req: Request, publicUrl: string): boolean {
  // a browser that says where the request comes from is believed (it cannot be forged by a page)
  const site = req.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = req.get('origin');
  if (!origin) return true;
  const own = new Set([new URL(publicUrl).origin, `${req.protocol}://${req.get('host')}`]);
  return own.has(origin);
}

export function addSetupRoutes(router: Router, signin: ConsoleSignin, ctx: SigninRouteContext): void {
  const spent = (req: Request, res: Response, reason: string) =>
    sendPage(res, 410, ctx.locale(req), {
      title: 'signin.setup.title',
      body: `signin.setup.${reason}` as 'signin.setup.used',
      code: reason,
      back: false,
    });

  router.get('/setup', async (req, res, next) => {
    try {
      const token = wellFormed(req.query.token);
      const outcome = token ? await signin.setup.inspect(token) : ({ ok: false, reason: 'unknown' } as const);
      if (!outcome.ok) return spent(req, res, outcome.reason);
      const nonce = randomToken();
      setCookie(res, setupNonceCookie, nonce, {
        secure: ctx.secure(req),
        path: '/auth/setup',
        maxAge: setupLinkLifetimeMs / 1000,
      });
      sendPage(res, 200, ctx.locale(req), {
        title: 'signin.setup.ready.title',
        body: 'signin.setup.ready.body',
        code: 'ready',
        back: false,
        form: { action: '/auth/setup', button: 'signin.setup.ready.button', fields: { token, nonce } },
      });
    } catch (error) {
      next(error);
    }
  });

  router.post('/setup', express.urlencoded({ extended: false, limit: '2kb' }), async (req, res, next) => {
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const nonce = wellFormed(body.nonce);
      if (!nonce || nonce !== readCookie(req, setupNonceCookie) || !fromOwnPage(req, ctx.config.publicUrl)) {
        return sendPage(res, 403, ctx.locale(req), {
          title: 'signin.csrf.title',
          body: 'signin.csrf.body',
          code: 'csrf_failed',
          back: false,
        });
      }
      setCookie(res, setupNonceCookie, '', { secure: ctx.secure(req), path: '/auth/setup', maxAge: 0 });
      const token = wellFormed(body.token);
      const outcome = token
        ? await signin.setup.redeem(token, signinText(ctx.config.defaultLocale, 'signin.setup.admin_name'))
        : ({ ok: false, reason: 'unknown' } as const);
      if (!outcome.ok) return spent(req, res, outcome.reason);
      await ctx.startSession(req, res, outcome.personId, 'setup');
      res.redirect(303, welcomeUrl);
    } catch (error) {
      next(error);
    }
  });
}
