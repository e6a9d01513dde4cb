/**
 * The ambassadors console in Chromium (standalone, signed in with an API key), at 390 px: the
 * roster shows an ambassador named over REST with their scope, "Pause" pauses them (read back
 * over REST), the add form names another one, and the page passes the accessibility check; the
 * leaderboard lists active ambassadors only, filtered by department; "my ambassador page" says
 * so to whoever is not an ambassador.
 */
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { assertAccessible } from './accessibility.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const apiKey = 'relais-ambassadors-browser-key';

describeWithChromium('ambassadors console in Chromium', function () {
  this.timeout(60_000);

  let relais: TestRelais;
  let browser: Browser;
  let context: BrowserContext;

  const api = async (method: string, urlPath: string, body?: unknown) => {
    const response = await fetch(`${relais.url}/api/v1${urlPath}`, {
      method,
      headers: {
        Authorization: `Bearer ${apiKey}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: response JSON
    return { status: response.status, body: (await response.json().catch(() => undefined)) as any };
  };

  before(async function () {
    this.timeout(120_000);
    await ensureTabsBuilt();
    relais = await startTestRelais({ RELAIS_API_KEYS: apiKey, DEFAULT_LOCALE: 'en' });
    browser = await launchChromium();
    const imported = await api('POST', '/people/import', [
      { email: 'amy@amb.test', displayName: 'Amy Ambassador', department: 'Sales', site: 'Lyon' },
      { email: 'bo@amb.test', displayName: 'Bo Second', department: 'Finance' },
    ]);
    assert.equal(imported.status, 200);
    const amy = (await relais.core.people.findByEmail('amy@amb.test'))!;
    assert.equal((await api('POST', '/ambassadors', { personId: amy.id })).status, 201);
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await relais?.close();
  });

  async function signedIn(width: number): Promise<Page> {
    context = await newHermeticContext(browser, { locale: 'en-US', viewport: { width, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${relais.url}/tabs/`);
    await p.getByLabel('API key').fill(apiKey);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { level: 1, name: 'Welcome to Relais' }).waitFor();
    return p;
  }

  it('lists, pauses and adds ambassadors on a 390 px phone', async () => {
    const p = await signedIn(390);
    await p.goto(`${relais.url}/tabs/#/ambassadors`);
    const row = p.getByTestId('ambassadors-roster').locator('tbody tr').filter({ hasText: 'Amy Ambassador' });
    await row.waitFor();
    assert.ok((await row.textContent())?.includes('Sales, Lyon'));
    assert.ok(
      await p.evaluate(() => document.documentElement.scrollWidth <= 390),
      'nothing scrolls sideways',
    );
    await assertAccessible(p, 'ambassadors console on a 390 px phone (en)');

    await row.getByRole('button', { name: 'Pause' }).click();
    await row.getByText('Paused').waitFor();
    const amy = (await relais.core.people.findByEmail('amy@amb.test'))!;
    const roster = await api('GET', '/ambassadors');
    assert.equal(
      roster.body.ambassadors.find((a: { personId: string }) => a.personId === amy.id).status,
      'paused',
    );

    const bo = (await relais.core.people.findByEmail('bo@amb.test'))!;
    await p.getByLabel('Person id').fill(bo.id);
    await p.getByRole('button', { name: 'Add', exact: true }).click();
    await p.getByTestId('ambassadors-roster').locator('tbody tr').filter({ hasText: 'Bo Second' }).waitFor();

    // the leaderboard: Amy is paused, so only Bo; a department without ambassadors lists nobody
    await p.reload();
    const board = p.getByTestId('ambassadors-leaderboard');
    await board.locator('tbody tr').filter({ hasText: 'Bo Second' }).waitFor();
    assert.equal(await board.locator('tbody tr').filter({ hasText: 'Amy Ambassador' }).count(), 0);
    await p.getByLabel('Department (empty: all)').fill('Sales');
    await p.getByText('Nobody on the leaderboard yet.').waitFor();

    await p.goto(`${relais.url}/tabs/#/ambassadors/me`);
    await p
      .getByTestId('my-ambassador-page')
      .getByText('You are not an ambassador', { exact: false })
      .waitFor();
  });
});
