/**
 * The operations endpoints over HTTP: /healthz open, /metrics only for the METRICS_TOKEN bearer
 * (and off without one), /readyz open but naming its checks only to the token holder.
 */
import assert from 'node:assert/strict';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';

const METRICS_TOKEN = 'prometheus-scrape-token-0123456789';

describe('operations endpoints', () => {
  describe('with METRICS_TOKEN', () => {
    let relais: TestRelais;
    before(async () => {
      relais = await startTestRelais({ METRICS_TOKEN });
    });
    after(async () => {
      await relais?.close();
    });
    const get = (path: string, token?: string) =>
      fetch(`${relais.url}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});

    it('keeps /healthz open', async () => {
      const response = await get('/healthz');
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ok' });
    });

    it('answers /metrics only to the bearer token', async () => {
      for (const token of [undefined, 'wrong', `${METRICS_TOKEN}x`, METRICS_TOKEN.slice(0, -1)]) {
        const refused = await get('/metrics', token);
        assert.equal(refused.status, 401, String(token));
        assert.equal((await refused.json()).error.code, 'unauthenticated');
        assert.match(refused.headers.get('www-authenticate') ?? '', /^Bearer/);
      }
      const scraped = await get('/metrics', METRICS_TOKEN);
      assert.equal(scraped.status, 200);
      const text = await scraped.text();
      assert.match(text, /relais_process_cpu_user_seconds_total/);
      assert.match(
        text,
        /relais_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="2xx"\}/,
      );
    });

    it('says only ready on an open /readyz, and which checks to the token holder', async () => {
      const open = await get('/readyz');
      assert.equal(open.status, 200);
      assert.deepEqual(await open.json(), { status: 'ready' });
      const detailed = await get('/readyz', METRICS_TOKEN);
      assert.deepEqual(await detailed.json(), { status: 'ready', checks: { database: true } });
    });
  });

  describe('without METRICS_TOKEN', () => {
    let relais: TestRelais;
    before(async () => {
      relais = await startTestRelais({});
    });
    after(async () => {
      await relais?.close();
    });

    it('turns /metrics off, whatever the caller sends', async () => {
      for (const headers of [{}, { Authorization: 'Bearer anything-at-all-here' }] as Record<
        string,
        string
      >[]) {
        const response = await fetch(`${relais.url}/metrics`, { headers });
        assert.equal(response.status, 404);
        assert.match((await response.json()).error.message, /METRICS_TOKEN/);
      }
      assert.equal((await fetch(`${relais.url}/healthz`)).status, 200);
    });
  });
});
