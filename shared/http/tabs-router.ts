/**
 * Serves the built tab shell (tabs/dist) at /tabs: hashed assets cached for a year, index.html
 * revalidated on every load so a deploy shows at once, the single-page fallback for any other
 * page path, and /tabs/config.json listing the extra Teams host origins the tab may trust, the
 * privacy contact the legal pages show (RELAIS_PRIVACY_CONTACT) and the language the tabs speak
 * when nothing else says (DEFAULT_LOCALE).
 * When the tabs were not built, pages answer a 503 that says so in French and English.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Response, Router } from 'express';
import type { Core } from '../core.js';
import { translate } from '../i18n/i18n.js';

export interface TabsRouterOptions {
  /** the Vite output directory; tabs/dist by default */
  distDir?: string;
}

export const defaultTabsDistDir = fileURLToPath(new URL('../../tabs/dist/', import.meta.url));

/**
 * Hosts allowed to frame the tab, from Microsoft's "Tab requirements" page (Teams, Microsoft 365,
 * Outlook), plus the operator's TAB_ALLOWED_HOST_ORIGINS.
 */
const microsoftHostAncestors = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.live.com',
];

const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'no-cache';

export function createTabsRouter(
  core: Pick<Core, 'config' | 'logger'>,
  options: TabsRouterOptions = {},
): Router {
  const distDir = path.resolve(options.distDir ?? defaultTabsDistDir);
  const indexPath = path.join(distDir, 'index.html');
  const allowedHostOrigins = core.config.tabAllowedHostOrigins;
  const frameAncestors = ["'self'", ...microsoftHostAncestors, ...allowedHostOrigins].join(' ');
  const router = Router();

  const setPageHeaders = (res: Response) => {
    res.setHeader('Cache-Control', revalidate);
    res.setHeader('Content-Security-Policy', `frame-ancestors ${frameAncestors}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  };

  router.get('/config.json', (_req, res) => {
    res.setHeader('Cache-Control', revalidate);
    res.json({
      allowedHostOrigins,
      privacyContact: core.config.privacyContact,
      defaultLocale: core.config.defaultLocale,
    });
  });

  router.use(
    express.static(distDir, {
      index: false,
      redirect: false,
      setHeaders(res, filePath) {
        // Vite names everything under assets/ by content hash: a changed file gets a new name.
        if (path.relative(distDir, filePath).startsWith(`assets${path.sep}`)) {
          res.setHeader('Cache-Control', immutable);
        } else if (filePath.endsWith('.html')) {
          setPageHeaders(res);
        } else {
          res.setHeader('Cache-Control', revalidate);
        }
      },
    }),
  );

  // Single-page fallback: page paths get index.html; a missing asset stays a 404, so a browser
  // never receives HTML where it expected JavaScript.
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/assets/') || path.extname(req.path) !== '') return next();
    setPageHeaders(res);
    res.sendFile(indexPath, (error?: NodeJS.ErrnoException) => {
      if (!error) return;
      if (error.code === 'ENOENT' && !res.headersSent) {
        core.logger.warn({ distDir }, 'tabs requested but not built: run `npm run build`');
        sendNotBuilt(res);
        return;
      }
      next(error);
    });
  });

  return router;
}

function sendNotBuilt(res: Response): void {
  const section = (locale: 'fr' | 'en') => `
    <section lang="${locale}">
      <h1>${escapeHtml(translate(locale, 'tab.not_built.title'))}</h1>
      <p>${escapeHtml(translate(locale, 'tab.not_built.body')).replace(/`([^`]+)`/g, '<code>$1</code>')}</p>
    </section>`;
  res
    .status(503)
    .setHeader('Cache-Control', 'no-store')
    .type('html')
    .send(`<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Relais</title>
    <style>
      body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; }
      section + section { border-top: 1px solid #ccc; margin-top: 2rem; }
      h1 { font-size: 1.3rem; }
    </style>
  </head>
  <body>
    <main>${section('fr')}${section('en')}
    </main>
  </body>
</html>
`);
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}
