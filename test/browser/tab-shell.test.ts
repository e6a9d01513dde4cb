/**
 * The tab shell in Debian's Chromium (playwright-core): inside a fake Teams host page that
 * answers teams-js (SSO token signed by a local key server, validated by the real server), and
 * top-level as the standalone console signed in with an API key. Screenshots of each state go
 * to test-results/tab-shell/.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { personIdByDirectoryId } from '../../shared/people/identity-links.js';
import type { FakeTeamsUser } from '../harness/fake-teams-host/fake-teams-host.js';
import type { TestRelais } from '../harness/relais.js';
import { assertAccessible } from './accessibility.js';
import { describeWithChromium } from './chromium.js';
import { startTeamsTabWorld, type TeamsTabWorld } from './teams-tab.js';

const screenshots = path.resolve('test-results/tab-shell');
const ssoClientId = '00000000-0000-4000-8000-00000000ab1e';
const tenantId = '11111111-1111-4111-8111-111111111111';
const apiKey = 'relais-browser-test-key';

describeWithChromium('tab shell in Chromium', function () {
  this.timeout(30_000);

  let world: TeamsTabWorld;
  let relais: TestRelais;
  let context: BrowserContext;
  let page: Page;
  const audience = { value: ssoClientId };

  before(async function () {
    this.timeout(90_000);
    world = await startTeamsTabWorld({
      ssoClientId,
      tokenAudience: () => audience.value,
      env: {
        RELAIS_API_KEYS: apiKey,
        // not the tabs' built-in French: a browser speaking neither language must get this one
        DEFAULT_LOCALE: 'en',
      },
    });
    relais = world.relais;
    fs.mkdirSync(screenshots, { recursive: true });
  });

  after(async () => {
    await world?.close();
  });

  /** console lines of the page and its frames, for asserting on why the tab did what it did */
  let consoleLines: string[] = [];

  async function openPage(locale = 'en-US'): Promise<Page> {
    page = await world.newPage({ locale, viewport: { width: 1100, height: 760 } });
    context = page.context();
    consoleLines = [];
    page.on('console', async (message) => {
      const args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => '')));
      consoleLines.push(
        [message.text(), ...args.map((a) => (a instanceof Object ? JSON.stringify(a) : String(a)))].join(' '),
      );
    });
    return page;
  }

  /** Well below teams-js's own 60 s wait for a silent parent, generous for a slow machine. */
  const longBeforeTeamsJsGivesUp = 20_000;

  afterEach(async () => {
    await context?.close();
  });

  const user = (n: number, name: string): FakeTeamsUser => ({
    oid: `22222222-2222-4222-8222-00000000000${n}`,
    tid: tenantId,
    name,
    upn: `${name.split(' ')[0].toLowerCase()}@contoso.test`,
  });

  const shot = (p: Page, name: string) => p.screenshot({ path: path.join(screenshots, `${name}.png`) });

  /** relative luminance (0 black … 1 white) of an element's computed background */
  async function backgroundLuminance(frame: Frame, selector: string): Promise<number> {
    const rgb = await frame.$eval(selector, (el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  }

  describe('inside Microsoft Teams (fake host)', () => {
    it('signs in with the SSO token, shows the person, the Teams mode and the dark theme', async () => {
      const p = await openPage();
      const ada = user(1, 'Ada Lovelace');
      const tab = await world.showTab(p, { theme: 'dark', teamsLocale: 'en-us', user: ada });

      await tab.getByTestId('person-name').waitFor();
      assert.equal(await tab.getByTestId('person-name').textContent(), 'Ada Lovelace');
      assert.match((await tab.getByTestId('signed-in').textContent()) ?? '', /Signed in as/);
      assert.equal(await tab.getByTestId('mode').textContent(), 'In Microsoft Teams');
      assert.equal(await tab.getAttribute('[data-mode]', 'data-theme'), 'dark');
      assert.ok((await backgroundLuminance(tab, '[data-mode]')) < 0.2, 'the dark theme paints a dark page');
      assert.equal(await tab.getByRole('heading', { level: 1 }).textContent(), 'Welcome to Relais');
      // one panel per capability, none for a feature not built yet
      const panels = await tab
        .locator('[data-testid^="feature-"]')
        .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-testid')));
      assert.deepEqual(panels.sort(), [
        'feature-ambassadors',
        'feature-groups',
        'feature-insights',
        'feature-news',
        'feature-people',
        'feature-polls',
        'feature-tours',
      ]);
      assert.equal(await tab.getByTestId('feature-news').getByText('Coming soon').count(), 0);
      // the legal pages opened from the footer stay marked as inside Teams
      assert.equal(
        await tab.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice' }).getAttribute('href'),
        '/tabs/privacy?lang=en&inTeams=1',
      );

      const calls: string[] = await p.evaluate(
        () => (window as unknown as { fakeTeamsHost: { calls: string[] } }).fakeTeamsHost.calls,
      );
      assert.ok(calls.includes('initialize') && calls.includes('getContext'), calls.join());
      assert.ok(calls.includes('authentication.getAuthToken'), calls.join());

      // found by tenant + object id: a token's email claim is nobody's address
      const personId = await personIdByDirectoryId(relais.core.store.db, ada.tid, ada.oid);
      const person = personId ? await relais.core.people.get(personId) : undefined;
      assert.equal(person?.displayName, 'Ada Lovelace', 'the server created the person on first sign-in');
      await shot(p, 'teams-dark-en');
      await assertAccessible(tab, 'home page in Teams, dark theme (en)');

      // Teams tells the tab when the user switches theme
      await p.evaluate(() =>
        (window as unknown as { fakeTeamsHost: { setTheme(t: string): void } }).fakeTeamsHost.setTheme(
          'default',
        ),
      );
      await tab.waitForSelector('[data-theme="default"]');
      assert.ok((await backgroundLuminance(tab, '[data-mode]')) > 0.8, 'the light theme paints a light page');
      await p.evaluate(() =>
        (window as unknown as { fakeTeamsHost: { setTheme(t: string): void } }).fakeTeamsHost.setTheme(
          'contrast',
        ),
      );
      await tab.waitForSelector('[data-theme="contrast"]');
      assert.ok((await backgroundLuminance(tab, '[data-mode]')) < 0.1, 'high contrast paints a black page');
      await assertAccessible(tab, 'home page in Teams, high contrast theme (en)');
    });

    it('speaks French when the Teams context locale is French, with role badges', async () => {
      const p = await openPage('en-US');
      const grace = user(2, 'Grace Hopper');
      const known = await relais.core.people.signIn({
        tenantId,
        aadObjectId: grace.oid,
        displayName: grace.name,
      });
      await relais.core.people.grant(known.id, 'communicator');
      // hold /api/v1/me back until the loading state has been seen
      let releaseMe!: () => void;
      const meHeld = new Promise<void>((resolve) => {
        releaseMe = resolve;
      });
      await context.route('**/api/v1/me', async (route) => {
        await meHeld;
        await route.continue();
      });
      const tab = await world.showTab(p, { teamsLocale: 'fr-fr', user: grace });
      await tab.getByRole('status').getByText('Chargement de Relais…').waitFor();
      await shot(p, 'teams-loading-fr');
      releaseMe();

      await tab.getByTestId('person-name').waitFor();
      assert.match((await tab.getByTestId('signed-in').textContent()) ?? '', /Connecté en tant que/);
      assert.equal(await tab.getByTestId('mode').textContent(), 'Dans Microsoft Teams');
      assert.equal(await tab.getByRole('heading', { level: 1 }).textContent(), 'Bienvenue dans Relais');
      assert.equal(await tab.getByText('Communicant').count(), 1);
      assert.equal(await tab.getAttribute('[data-mode]', 'data-theme'), 'default');
      assert.equal(await tab.evaluate(() => document.documentElement.lang), 'fr');
      await shot(p, 'teams-light-fr');
      await assertAccessible(tab, 'home page in Teams, light theme (fr)');
    });

    it('shows an error when Teams refuses the SSO token', async () => {
      const p = await openPage();
      const tab = await world.showTab(p, {
        user: user(3, 'Alan Turing'),
        tokenError: 'resourceRequiresConsent',
      });
      const alert = tab.getByRole('alert');
      await alert.waitFor();
      assert.match(
        (await alert.textContent()) ?? '',
        /Microsoft Teams did not provide a sign-in token \(resourceRequiresConsent\)/,
      );
      await shot(p, 'teams-sso-error');
      await assertAccessible(tab, 'sign-in error in Teams (en)');
    });

    it('shows an error when the server rejects the token (wrong audience)', async () => {
      const p = await openPage();
      audience.value = 'api://someone-else';
      try {
        const tab = await world.showTab(p, { user: user(4, 'Hedy Lamarr') });
        const alert = tab.getByRole('alert');
        await alert.waitFor();
        assert.match((await alert.textContent()) ?? '', /The server did not accept your sign-in/);
        assert.equal(await tab.getByRole('button', { name: 'Try again' }).count(), 1);
        await shot(p, 'teams-api-401');
      } finally {
        audience.value = ssoClientId;
      }
    });

    it('enables Save on the configuration page of a channel tab and saves the home page', async () => {
      const p = await openPage();
      const tab = await world.showTab(p, {
        tabUrl: `${relais.url}/tabs/config?inTeams=1`,
        frameContext: 'settings',
        user: user(6, 'Mary Jackson'),
      });
      await tab.getByRole('heading', { level: 1, name: 'Add Relais to this conversation' }).waitFor();
      type Host = { fakeTeamsHost: { calls: string[]; savedSettings: unknown[]; save(): void } };
      await p.waitForFunction(() =>
        (window as unknown as Host).fakeTeamsHost.calls.includes('settings.setValidityState'),
      );
      await p.evaluate(() => (window as unknown as Host).fakeTeamsHost.save());
      await p.waitForFunction(() =>
        (window as unknown as Host).fakeTeamsHost.calls.includes('settings.save.success'),
      );
      const saved = await p.evaluate(() => (window as unknown as Host).fakeTeamsHost.savedSettings);
      assert.deepEqual(saved, [
        {
          entityId: 'relais-home',
          contentUrl: `${relais.url}/tabs/?inTeams=1`,
          websiteUrl: `${relais.url}/tabs/`,
          suggestedDisplayName: 'Relais',
        },
      ]);
      await shot(p, 'teams-configure-en');
      await assertAccessible(tab, 'configuration page in Teams (en)');
    });

    it('falls back to the standalone console by its own 1 s timer in a frame that does not say Teams', async () => {
      const p = await openPage();
      const tab = await world.showTab(p, {
        tabUrl: `${relais.url}/tabs/`,
        user: user(5, 'Katherine Johnson'),
        silent: true,
      });
      await tab.getByLabel('API key').waitFor({ timeout: longBeforeTeamsJsGivesUp });
      assert.equal(await tab.getByTestId('mode').textContent(), 'Standalone console');
      // the fallback came from the shell's short timer for an ambiguous frame, not from teams-js
      assert.ok(
        consoleLines.some((line) => /no answer from a Teams host within 1000 ms/.test(line)),
        consoleLines.join('\n'),
      );
    });

    it('waits for a slow Teams client when the URL says Teams (inTeams=1)', async () => {
      const p = await openPage();
      const tab = await world.showTab(p, {
        user: user(7, 'Dorothy Vaughan'),
        // slower than the 1 s an ambiguous frame gets
        initializeDelayMs: 2_500,
      });
      await tab.getByTestId('person-name').waitFor({ timeout: longBeforeTeamsJsGivesUp });
      assert.equal(await tab.getByTestId('person-name').textContent(), 'Dorothy Vaughan');
      assert.equal(await tab.getByTestId('mode').textContent(), 'In Microsoft Teams');
      assert.equal(await tab.getByLabel('API key').count(), 0, 'never dropped to the API-key form');
    });

    it('still falls back, by its own 10 s timer, when a Teams URL’s host never answers', async () => {
      const p = await openPage();
      const tab = await world.showTab(p, { user: user(8, 'Annie Easley'), silent: true });
      await tab.getByLabel('API key').waitFor({ timeout: longBeforeTeamsJsGivesUp });
      assert.equal(await tab.getByTestId('mode').textContent(), 'Standalone console');
      assert.ok(
        consoleLines.some((line) => /no answer from a Teams host within 10000 ms/.test(line)),
        consoleLines.join('\n'),
      );
    });
  });

  describe('standalone console (top-level window)', () => {
    it('appears at once, rejects a wrong key, signs in with a good one and remembers it for the tab', async () => {
      const p = await openPage('en-US');
      const requests: string[] = [];
      p.on('request', (request) => requests.push(request.url()));
      await p.goto(`${relais.url}/tabs/`);
      await p.getByLabel('API key').waitFor();
      assert.equal(await p.getByTestId('mode').textContent(), 'Standalone console');
      // "at once": a top-level page never tries the Teams handshake, so it never waits for it
      assert.ok(!requests.some((url) => url.includes('teams-js')), 'teams-js is not loaded outside Teams');
      assert.ok(
        !consoleLines.some((line) => /not inside Teams/.test(line)),
        'no Teams handshake was attempted (and timed out)',
      );
      await shot(p, 'standalone-sign-in-en');

      await p.getByLabel('API key').fill('not-the-key');
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByText('This key was not accepted. Check it and try again.').waitFor();
      await shot(p, 'standalone-wrong-key-en');
      await assertAccessible(p, 'sign-in form with a refused key (en)');

      await p.getByLabel('API key').fill(apiKey);
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByRole('heading', { level: 1, name: 'Welcome to Relais' }).waitFor();
      assert.match((await p.getByTestId('signed-in').textContent()) ?? '', /API key/);
      await shot(p, 'standalone-home-en');
      await assertAccessible(p, 'home page, standalone (en)');

      await p.reload();
      await p.getByRole('heading', { level: 1, name: 'Welcome to Relais' }).waitFor();

      await p.getByRole('button', { name: 'Sign out' }).click();
      await p.getByLabel('API key').waitFor();
      assert.equal(await p.evaluate(() => sessionStorage.length), 0);
    });

    it('speaks the server’s DEFAULT_LOCALE when the browser speaks neither French nor English', async () => {
      const p = await openPage('de-DE');
      await p.goto(`${relais.url}/tabs/`);
      await p.getByRole('heading', { level: 1, name: 'Sign in to the console' }).waitFor();
      assert.equal(await p.evaluate(() => document.documentElement.lang), 'en');
    });

    it('speaks the browser language (French) and labels the form for assistive technology', async () => {
      const p = await openPage('fr-FR');
      await p.goto(`${relais.url}/tabs/`);
      await p.getByLabel('Clé d’API').waitFor();
      assert.equal(await p.getByRole('heading', { level: 1 }).textContent(), 'Connexion à la console');
      await assertAccessible(p, 'sign-in form (fr)');
      assert.equal(await p.getByRole('banner').count(), 1);
      assert.equal(await p.getByRole('main').count(), 1);
      // the key field has focus: a keyboard user can type at once
      assert.equal(
        await p.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name),
        'apiKey',
      );
      await p.keyboard.type(apiKey);
      await p.keyboard.press('Enter');
      await p.getByRole('heading', { level: 1, name: 'Bienvenue dans Relais' }).waitFor();
      await shot(p, 'standalone-home-fr');
      await assertAccessible(p, 'home page, standalone (fr)');
    });
  });
});
