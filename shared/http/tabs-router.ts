/**
 * Serves the built tab shell (tabs/dist) at /tabs: hashed assets cached for a year and sent
 * precompressed (brotli, else gzip, as the build wrote them) to browsers that accept it,
 * index.html revalidated on every load so a deploy shows at once, the single-page fallback for
 * any other page path, and /tabs/config.json listing the extra Teams host origins the tab may trust, the
 * privacy contact the legal pages show (RELAIS_PRIVACY_CONTACT) and the language the tabs speak
 * when nothing else says (DEFAULT_LOCALE).
 * When the tabs were not built, pages answer a 503 that says so in French and English.
 */
import fs from 'node:fs/promises';
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

/**
 * The pages' Content-Security-Policy. Scripts come only from our own origin (Vite emits no inline
 * script, and teams-js talks to its host by postMessage, which CSP does not govern); styles also
 * inline, because Fluent UI (Griffel) and the Adaptive Cards renderer write style elements and
 * attributes at run time; images from anywhere over https (news images and card previews link
 * to them) and data:/blob: URLs; the API on our origin only; no plugins, no <base> or form target
 * elsewhere; framed only by Teams, Microsoft 365, Outlook and the configured hosts.
 */
export function tabsContentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'no-cache';

/** The copies the build writes next to each asset (tabs/build/precompress.ts), best first. */
const precompressed = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

/**
 * Whether an Accept-Encoding header accepts `coding`: named with a q above 0, or covered by `*`
 * when not named. No header means identity only (RFC 9110 allows any, but old proxies lie).
 */
export function acceptsCoding(header: string | undefined, coding: string): boolean {
  if (!header) return false;
  let wildcard = false;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (name.trim() === coding) return accepted;
    if (name.trim() === '*') wildcard = accepted;
  }
  return wildcard;
}

export function createTabsRouter(
  core: Pick<Core, 'config' | 'logger'>,
  options: TabsRouterOptions = {},
): Router {
  const distDir = path.resolve(options.distDir ?? defaultTabsDistDir);
  const indexPath = path.join(distDir, 'index.html');
  const allowedHostOrigins = core.config.tabAllowedHostOrigins;
  const contentSecurityPolicy = tabsContentSecurityPolicy(
    ["'self'", ...microsoftHostAncestors, ...allowedHostOrigins].join(' '),
  );
  const router = Router();

  const setPageHeaders = (res: Response) => {
    res.setHeader('Cache-Control', revalidate);
    res.setHeader('Content-Security-Policy', contentSecurityPolicy);
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

  // Hashed assets go out precompressed when the browser takes brotli or gzip; the raw file is
  // the fallback (express.static below), and caches keep one copy per coding (Vary).
  const assetsDir = path.join(distDir, 'assets');
  router.use('/assets', async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.vary('Accept-Encoding');
    const file = path.join(assetsDir, req.path);
    if (!file.startsWith(`${assetsDir}${path.sep}`)) return next();
    const accept = req.headers['accept-encoding'];
    for (const { coding, suffix } of precompressed) {
      if (!acceptsCoding(accept, coding) || !(await isFile(`${file}${suffix}`))) continue;
      res.setHeader('Content-Encoding', coding);
      res.setHeader('Cache-Control', immutable);
      res.type(path.extname(file));
      res.sendFile(`${file}${suffix}`, { cacheControl: false, dotfiles: 'deny' }, (error) => {
        if (error && !res.headersSent) next(error);
      });
      return;
    }
    next();
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

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false; // no precompressed copy (a small file, or an older build): send the raw one
  }
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
