/**
 * The console's sign-in endpoints under /auth:
 *   GET  /auth/session              who is signed in (and the session's CSRF token), the providers
 *   GET  /auth/:provider/login      to Microsoft or Slack, with state, nonce and PKCE
 *   GET  /auth/:provider/callback   back from the provider: a session, then the console
 *   POST /auth/:provider/link       the setup administrator links their account (X-CSRF-Token):
 *                                   answers the provider's URL; the callback then links
 *   POST /auth/logout               ends the session (X-CSRF-Token required)
 *   GET  /auth/setup?token=…        the first-run link's page; its button POSTs /auth/setup
 *                                   (setup-routes.ts) for a session as the first administrator
 * Refusals are plain pages in the browser's language; nothing here answers 5xx for a bad input.
 */
import { type Request, type Response, Router } from 'express';
import type { Config } from '../config/config.js';
import { AppError } from '../errors/errors.js';
import type { Logger } from '../logging/logger.js';
import type { ConsoleSignin } from './console-signin.js';
import { attemptCookie, linkCookie, readCookie, sessionCookie, setCookie } from './cookies.js';
import { attemptLifetimeMs, SigninRefused } from './oidc-sign-in.js';
import { addSetupRoutes } from './setup-routes.js';
import type { SigninProviderName } from './signin-config.js';
import { pageLocale, sendPage } from './signin-pages.js';

const consoleUrl = '/tabs/';

export function createSigninRouter(signin: ConsoleSignin, deps: { config: Config; logger: Logger }): Router {
  const { config, logger } = deps;
  const router = Router();
  const secure = (req: Request) => config.publicUrl.startsWith('https:') || req.secure;
  const providerOf = (req: Request): SigninProviderName | undefined => {
    const name = req.params.provider;
    return name === 'entra' || name === 'slack'
      ? signin.providers.includes(name)
        ? name
        : undefined
      : undefined;
  };
  const locale = (req: Request) => pageLocale(req, config.defaultLocale);
  const startSession = async (req: Request, res: Response, personId: string, via: string) => {
    // a new sign-in replaces whatever session this browser held: never two at once
    const previous = readCookie(req, sessionCookie);
    if (previous) await signin.sessions.close(previous);
    const { token } = await signin.sessions.open(personId, via);
    // no Max-Age: the server ends the session (idle, absolute); the browser forgets it on closing
    setCookie(res, sessionCookie, token, { secure: secure(req), path: '/' });
  };

  /** the person of this browser's setup session (the first-run link's), if it holds one */
  const setupSessionPerson = async (req: Request) => {
    const token = readCookie(req, sessionCookie);
    const session = token ? await signin.sessions.find(token) : undefined;
    return session?.via === 'setup' ? session.personId : undefined;
  };

  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.get('/session', async (req, res, next) => {
    try {
      const token = readCookie(req, sessionCookie);
      const session = token ? await signin.sessions.find(token) : undefined;
      res.json({
        signedIn: Boolean(session),
        csrfToken: session?.csrfToken ?? null,
        via: session?.via ?? null,
        providers: signin.providers,
      });
    } catch (error) {
      next(error);
    }
  });

  router.get('/:provider/login', async (req, res, next) => {
    const provider = providerOf(req);
    if (!provider) return next();
    try {
      const { url, state } = await signin.oidc.begin(provider);
      setCookie(res, attemptCookie, state, {
        secure: secure(req),
        path: '/auth',
        maxAge: attemptLifetimeMs / 1000,
      });
      res.redirect(303, url);
    } catch (error) {
      logger.warn({ err: error, provider }, 'sign-in could not start (provider discovery)');
      sendPage(res, 502, locale(req), {
        title: 'signin.refused.title',
        body: 'signin.refused.provider',
        code: 'provider',
      });
    }
  });

  router.post('/:provider/link', async (req, res, next) => {
    const provider = providerOf(req);
    if (!provider) return next();
    try {
      // authenticate() checks the CSRF header: another site cannot start a link
      const principal = await signin.authenticate(req);
      const token = readCookie(req, sessionCookie);
      const session = principal && token ? await signin.sessions.find(token) : undefined;
      if (session?.via !== 'setup') {
        throw new AppError('forbidden', 'only the setup administrator’s session links an account');
      }
      const { url, state } = await signin.oidc.begin(provider);
      const cookie = { secure: secure(req), path: '/auth', maxAge: attemptLifetimeMs / 1000 };
      setCookie(res, attemptCookie, state, cookie);
      // which attempt is a link: the callback links only for this state, in this browser
      setCookie(res, linkCookie, state, cookie);
      res.json({ url });
    } catch (error) {
      next(error);
    }
  });

  router.get('/:provider/callback', async (req, res, next) => {
    const provider = providerOf(req);
    if (!provider) return next();
    // the attempt is spent whatever happens: clear its cookies
    setCookie(res, attemptCookie, '', { secure: secure(req), path: '/auth', maxAge: 0 });
    const linkState = readCookie(req, linkCookie);
    if (linkState) setCookie(res, linkCookie, '', { secure: secure(req), path: '/auth', maxAge: 0 });
    const refuse = (
      reason: 'attempt' | 'provider' | 'claims' | 'tenant' | 'unknown' | 'inactive' | 'taken',
    ) =>
      sendPage(res, 403, locale(req), {
        title: 'signin.refused.title',
        body: `signin.refused.${reason}`,
        code: reason,
      });
    try {
      const callback = new URL(req.originalUrl, 'http://callback.invalid');
      const account = await signin.oidc.finish(provider, callback, readCookie(req, attemptCookie));
      const setupPersonId =
        linkState === callback.searchParams.get('state') ? await setupSessionPerson(req) : undefined;
      if (setupPersonId) {
        const linked = await signin.linkSetupAdmin(setupPersonId, account);
        if (!linked.ok) {
          logger.info({ provider, reason: linked.reason }, 'setup administrator link refused');
          return refuse(linked.reason);
        }
        logger.info({ provider, linked: linked.linked }, 'setup administrator linked an account');
        await startSession(req, res, linked.personId, provider);
        return res.redirect(303, '/tabs/#/welcome');
      }
      const found = await signin.personFor(account);
      if (!found.ok) {
        logger.info({ provider, reason: found.reason }, 'console sign-in refused');
        return refuse(found.reason);
      }
      await startSession(req, res, found.person.id, provider);
      res.redirect(303, consoleUrl);
    } catch (error) {
      if (error instanceof SigninRefused) {
        logger.info({ provider, reason: error.reason }, 'console sign-in refused');
        return refuse(error.reason);
      }
      next(error);
    }
  });

  router.post('/logout', async (req, res, next) => {
    try {
      // authenticate() checks the CSRF header: another site cannot sign anyone out either
      const principal = await signin.authenticate(req);
      const token = readCookie(req, sessionCookie);
      if (principal && token) await signin.sessions.close(token);
      setCookie(res, sessionCookie, '', { secure: secure(req), path: '/', maxAge: 0 });
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });

  addSetupRoutes(router, signin, { config, secure, locale, startSession });

  return router;
}

/** Mounted before the tabs: on a public interface with no sign-in configured, the console stays shut. */
export function consoleGuard(signin: ConsoleSignin, config: Config): Router {
  const router = Router();
  router.use((req, res, next) => {
    if (signin.consoleOpen) return next();
    sendPage(res, 503, pageLocale(req, config.defaultLocale), {
      title: 'signin.closed.title',
      body: 'signin.closed.body',
      code: 'console_unconfigured',
      back: false,
    });
  });
  return router;
}
