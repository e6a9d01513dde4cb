/**
 * How the server serves the built tab shell at /tabs, over HTTP: cache headers (hashed assets
 * immutable, pages revalidated), the single-page fallback, framing limited to Teams and the
 * configured hosts, /tabs/config.json, and the bilingual 503 page when the tabs were not built.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import { loadConfig } from '../../shared/config/config.js';
import { createTabsRouter } from '../../shared/http/tabs-router.js';
import { createLogger } from '../../shared/logging/logger.js';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { ensureTabsBuilt } from './build-tabs.js';

/** GET without the automatic decompression of fetch: the bytes and headers as sent. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

describe('tabs router', () => {
  describe('with the built tabs', function () {
    this.timeout(90_000);
    let relais: TestRelais;

    before(async () => {
      await ensureTabsBuilt();
      relais = await startTestRelais({
        TAB_ALLOWED_HOST_ORIGINS: 'https://host.example.test,http://127.0.0.1:4321',
      });
    });
    after(() => relais?.close());

    it('serves index.html at /tabs/ uncached, framable only by Teams hosts and the configured ones', async () => {
      const response = await fetch(`${relais.url}/tabs/`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /text\/html/);
      assert.equal(response.headers.get('cache-control'), 'no-cache');
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name = '', ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      const frameAncestors = directives.get('frame-ancestors') ?? [];
      assert.equal(frameAncestors[0], "'self'");
      for (const origin of [
        'https://teams.microsoft.com',
        'https://*.cloud.microsoft',
        'https://host.example.test',
      ]) {
        assert.ok(frameAncestors.includes(origin), `${origin} in ${csp}`);
      }
      // a complete policy: scripts from our origin only, nothing loaded from elsewhere but images
      assert.deepEqual(directives.get('default-src'), ["'self'"], csp);
      assert.deepEqual(directives.get('script-src'), ["'self'"], csp);
      assert.deepEqual(directives.get('connect-src'), ["'self'"], csp);
      assert.deepEqual(directives.get('object-src'), ["'none'"], csp);
      assert.deepEqual(directives.get('base-uri'), ["'self'"], csp);
      assert.match(await response.text(), /<div id="root"><\/div>/);
    });

    it('serves hashed assets as immutable for a year', async () => {
      const html = await (await fetch(`${relais.url}/tabs/`)).text();
      const script = html.match(/src="(\/tabs\/assets\/[^"]+\.js)"/)?.[1];
      assert.ok(script, 'index.html references a hashed script');
      const response = await fetch(`${relais.url}${script}`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /javascript/);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    });

    it('sends hashed assets precompressed as the browser accepts, the raw file to others', async () => {
      const html = await (await fetch(`${relais.url}/tabs/`)).text();
      const scripts = [...html.matchAll(/(?:src|href)="(\/tabs\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
      const fluent = scripts.find((s) => s.includes('fluent'));
      assert.ok(fluent, scripts.join());
      const raw = await rawGet(`${relais.url}${fluent}`, {});
      assert.equal(raw.headers['content-encoding'], undefined);
      assert.match(String(raw.headers.vary), /Accept-Encoding/i);
      for (const [accept, coding, decode] of [
        ['gzip, deflate, br, zstd', 'br', zlib.brotliDecompressSync],
        ['br;q=0, gzip', 'gzip', zlib.gunzipSync],
        ['gzip;q=0.5, *;q=0.1', 'br', zlib.brotliDecompressSync],
      ] as const) {
        const response = await rawGet(`${relais.url}${fluent}`, { 'accept-encoding': accept });
        assert.equal(response.status, 200);
        assert.equal(response.headers['content-encoding'], coding, accept);
        assert.match(String(response.headers['content-type']), /javascript/);
        assert.match(String(response.headers.vary), /Accept-Encoding/i);
        assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable');
        assert.equal(Number(response.headers['content-length']), response.body.length);
        assert.ok(decode(response.body).equals(raw.body), `${coding} decodes to the script`);
      }
      assert.equal(
        (await rawGet(`${relais.url}${fluent}`, { 'accept-encoding': 'identity' })).headers[
          'content-encoding'
        ],
        undefined,
      );
      // what the first page costs: every script index.html loads, brotli against raw
      let rawBytes = 0;
      let brotliBytes = 0;
      for (const script of scripts) {
        rawBytes += (await rawGet(`${relais.url}${script}`, {})).body.length;
        brotliBytes += (await rawGet(`${relais.url}${script}`, { 'accept-encoding': 'br' })).body.length;
      }
      assert.ok(brotliBytes * 3 < rawBytes, `first page ${rawBytes} bytes raw, ${brotliBytes} brotli`);
    });

    it('answers page paths with index.html and missing assets with 404', async () => {
      const page = await fetch(`${relais.url}/tabs/news/42`);
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('cache-control'), 'no-cache');
      assert.match(await page.text(), /<div id="root"><\/div>/);

      const missing = await fetch(`${relais.url}/tabs/assets/gone-1234abcd.js`);
      assert.equal(missing.status, 404);
      assert.doesNotMatch(missing.headers.get('content-type') ?? '', /html/);
    });

    it('lists the allowed host origins in /tabs/config.json', async () => {
      const response = await fetch(`${relais.url}/tabs/config.json`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-cache');
      assert.deepEqual(await response.json(), {
        allowedHostOrigins: ['https://host.example.test', 'http://127.0.0.1:4321'],
        defaultLocale: 'fr',
      });
    });
  });

  it('refuses a TAB_ALLOWED_HOST_ORIGINS entry that is not an origin', () => {
    assert.throws(
      () => loadConfig({ TAB_ALLOWED_HOST_ORIGINS: 'https://teams.example.test/tabs' }),
      /TAB_ALLOWED_HOST_ORIGINS/,
    );
  });

  describe('without a build', () => {
    let server: Server;
    let url: string;
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-tabs-unbuilt-'));

    before(async () => {
      const config = loadConfig({ LOG_LEVEL: 'silent' });
      const app = express().use(
        '/tabs',
        createTabsRouter({ config, logger: createLogger('silent') }, { distDir: emptyDir }),
      );
      server = await new Promise<Server>((resolve) => {
        const s = app.listen(0, '127.0.0.1', () => resolve(s));
      });
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => {
      server?.close();
      fs.rmSync(emptyDir, { recursive: true, force: true });
    });

    it('answers pages with a 503 that explains it in French and English', async () => {
      const response = await fetch(`${url}/tabs/`);
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const html = await response.text();
      assert.match(html, /Les onglets Relais ne sont pas encore construits/);
      assert.match(html, /The Relais tabs are not built yet/);
      assert.match(html, /<code>npm run build<\/code>/);
    });

    it('still serves /tabs/config.json', async () => {
      const response = await fetch(`${url}/tabs/config.json`);
      assert.deepEqual(await response.json(), { allowedHostOrigins: [], defaultLocale: 'fr' });
    });
  });
});
