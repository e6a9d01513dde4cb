/**
 * The console under its Content-Security-Policy, in Debian's Chromium: every page the console
 * opens (home, news composer with its Adaptive Card and Block Kit previews, polls, tours, the
 * legal pages) runs with the policy the server sends and the browser reports no violation
 * (`securitypolicyviolation` events, and the console messages Chromium writes for them).
 */
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pollUntil } from '../harness/eventually.js';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const apiKey = 'relais-csp-browser-key';

describeWithChromium('console pages under the Content-Security-Policy', function () {
  this.timeout(90_000);

  let relais: TestRelais;
  let browser: Browser;
  let context: BrowserContext;
  const violations: string[] = [];

  before(async function () {
    this.timeout(120_000);
    await ensureTabsBuilt();
    relais = await startTestRelais({ RELAIS_API_KEYS: apiKey, DEFAULT_LOCALE: 'en' });
    browser = await launchChromium();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await relais?.close();
  });

  async function watchedPage(): Promise<Page> {
    context = await newHermeticContext(browser, { locale: 'en-US', viewport: { width: 1200, height: 900 } });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
      });
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      const text = message.text();
      if (/CSP violation|Content Security Policy/i.test(text)) violations.push(text);
    });
    return page;
  }

  it('runs the console pages with a complete policy and no violation', async () => {
    const page = await watchedPage();
    const response = await page.goto(`${relais.url}/tabs/`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self'(;|$)/, csp);
    assert.match(csp, /default-src 'self'/, csp);

    await page.getByLabel('API key').fill(apiKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Relais' }).waitFor();

    await page.goto(`${relais.url}/tabs/#/news/new`);
    await page.getByRole('heading', { level: 1, name: 'Write a news item' }).waitFor();
    await page.getByLabel('Title').fill('Canteen opens');
    await page.getByLabel('Body').fill('Come **early**, seats are _limited_.');
    // both previews drawn: the official Adaptive Cards renderer and the Block Kit one
    await page.getByTestId('teams-preview').locator('.ac-adaptiveCard').waitFor();
    await page.getByTestId('slack-preview').getByText('Canteen opens').first().waitFor();

    await page.goto(`${relais.url}/tabs/#/polls/new/poll`);
    await page.getByRole('heading', { level: 1, name: 'New poll' }).waitFor();
    await page.goto(`${relais.url}/tabs/#/tours`);
    await page.getByRole('heading', { level: 1, name: 'Welcome tours' }).waitFor();

    await page.goto(`${relais.url}/tabs/privacy?lang=en`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto(`${relais.url}/tabs/terms?lang=fr`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    assert.deepEqual(violations, []);
  });

  it('reports a violation when a page breaks the policy (the watch works)', async () => {
    const page = await watchedPage();
    await page.goto(`${relais.url}/tabs/`);
    await page.getByLabel('API key').waitFor();
    violations.length = 0;
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await pollUntil(
      async () => violations.length,
      (n) => n > 0,
      { what: 'the violation report' },
    );
    assert.equal(await page.evaluate(() => 'injected' in window), false, 'the inline script did not run');
  });
});
