/**
 * The privacy notice and terms of use (/tabs/privacy, /tabs/terms) in Debian's Chromium
 * (playwright-core), against a real server: French by default, English by the switch or the
 * browser's language, readable without signing in and without a single /api/v1 request, the
 * organisation's contact from RELAIS_PRIVACY_CONTACT, and inside a fake Teams host (framed, with
 * its theme and locale, no SSO token asked). Screenshots go to test-results/legal-pages/.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { type FakeTeamsHost, startFakeTeamsHost } from '../harness/fake-teams-host/fake-teams-host.js';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { assertAccessible } from './accessibility.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const screenshots = path.resolve('test-results/legal-pages');
const privacyContact = 'dpo@contoso.test';

const frenchPrivacyHeadings = [
  'Qui est responsable de vos données',
  'Les données traitées',
  'Ce que Relais ne collecte pas',
  'À quoi servent ces données',
  'Où elles sont conservées',
  'Durée de conservation',
  'Qui les reçoit',
  'Vos droits',
];
const englishTermsHeadings = [
  'The service',
  'Who may use it',
  'Acceptable use',
  'Guests',
  'Content',
  'Availability and warranty',
  'Personal data',
  'Changes and contact',
];

describeWithChromium('legal pages in Chromium', function () {
  this.timeout(30_000);

  let relais: TestRelais;
  let relaisWithContact: TestRelais;
  let host: FakeTeamsHost;
  let browser: Browser;
  let context: BrowserContext;
  /** every URL the page (and its frames) asked for */
  let requests: string[];

  before(async function () {
    this.timeout(90_000);
    await ensureTabsBuilt();
    // The legal pages never ask for a token: the fake host refuses to make one.
    host = await startFakeTeamsHost({
      issueToken: () => Promise.reject(new Error('the legal pages must not ask for an SSO token')),
    });
    [relais, relaisWithContact] = await Promise.all([
      startTestRelais({ TAB_ALLOWED_HOST_ORIGINS: host.origin }),
      startTestRelais({ RELAIS_PRIVACY_CONTACT: privacyContact, DEFAULT_LOCALE: 'en' }),
    ]);
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await Promise.all([relais?.close(), relaisWithContact?.close()]);
    await host?.close();
  });

  async function openPage(locale: string): Promise<Page> {
    context = await newHermeticContext(browser, { locale, viewport: { width: 1000, height: 900 } });
    requests = [];
    context.on('request', (request) => requests.push(request.url()));
    return context.newPage();
  }

  afterEach(async () => {
    await context?.close();
  });

  const shot = (p: Page, name: string) =>
    p.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: name.endsWith('-full') });

  const sectionHeadings = (scope: Page | Frame) => scope.locator('main section > h2').allTextContents();

  function assertNoApiCall() {
    const api = requests.filter((url) => new URL(url).pathname.startsWith('/api/'));
    assert.deepEqual(api, [], 'the legal pages call no API');
    assert.ok(
      requests.some((url) => url.endsWith('/tabs/config.json')),
      'the page read /tabs/config.json for the contact',
    );
  }

  it('shows the privacy notice in French by default, without signing in, as an accessible page', async () => {
    const p = await openPage('de-DE'); // neither French nor English: French is the default
    await p.goto(`${relais.url}/tabs/privacy`);
    await p.getByRole('heading', { level: 1, name: 'Politique de confidentialité' }).waitFor();
    assert.deepEqual(await sectionHeadings(p), frenchPrivacyHeadings);
    assert.equal(await p.evaluate(() => document.documentElement.lang), 'fr');
    assert.equal(await p.title(), 'Politique de confidentialité – Relais');
    assert.match(
      (await p.getByTestId('template-notice').textContent()) ?? '',
      /Un modèle que votre organisation doit relire/,
    );
    // no configured contact: the organisation's DPO is named, in both places the text refers to
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="privacy-contact"]').length === 2);
    for (const text of await p.getByTestId('privacy-contact').allTextContents()) {
      assert.equal(text, 'Contact\u00a0: le délégué à la protection des données (DPO) de votre organisation');
    }
    assert.match((await p.locator('main').textContent()) ?? '', /CNIL/);

    // landmarks and heading order: one banner, one main, two labelled navigations, one h1
    assert.equal(await p.getByRole('banner').count(), 1);
    assert.equal(await p.getByRole('main').count(), 1);
    assert.equal(await p.getByRole('navigation', { name: 'Informations légales' }).count(), 1);
    assert.equal(await p.getByRole('navigation', { name: 'Sur cette page' }).count(), 1);
    assert.equal(await p.getByRole('heading', { level: 1 }).count(), 1);
    assert.equal(await p.locator('h3, h4, h5, h6').count(), 0, 'no heading level is skipped');
    assert.equal(
      await p.getByRole('link', { name: 'Retour à la console Relais' }).getAttribute('href'),
      '/tabs/',
    );
    assert.equal(await p.getByTestId('mode').count(), 0, 'no host badge: the shell did not start');
    assert.equal(await p.getByLabel('Clé d’API').count(), 0, 'no sign-in form');
    assertNoApiCall();
    assert.ok(!requests.some((url) => url.includes('teams-js')), 'teams-js is not loaded outside Teams');
    await shot(p, 'privacy-fr');
    await shot(p, 'privacy-fr-full');
    await assertAccessible(p, 'privacy notice (fr)');
  });

  it('switches to English in place, keeps the choice in the address and across pages', async () => {
    const p = await openPage('fr-FR');
    await p.goto(`${relais.url}/tabs/privacy`);
    await p.getByRole('heading', { level: 1, name: 'Politique de confidentialité' }).waitFor();
    const loads = requests.filter((url) => url.endsWith('/tabs/privacy')).length;

    await p.getByRole('link', { name: 'English' }).click();
    await p.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
    assert.equal(requests.filter((url) => url.endsWith('/tabs/privacy')).length, loads, 'no reload');
    assert.equal(new URL(p.url()).searchParams.get('lang'), 'en');
    assert.equal(await p.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await p.getByRole('link', { name: 'English' }).getAttribute('aria-current'), 'true');
    assert.equal((await sectionHeadings(p))[0], 'Who is responsible for your data');
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="privacy-contact"]').length === 2);
    assert.equal(
      await p.getByTestId('privacy-contact').first().textContent(),
      'Contact: your organisation’s data protection officer',
    );
    await shot(p, 'privacy-en');
    await assertAccessible(p, 'privacy notice (en)');

    await p.reload();
    await p.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();

    await p
      .getByRole('navigation', { name: 'Legal information' })
      .getByRole('link', { name: 'Terms of use' })
      .click();
    await p.getByRole('heading', { level: 1, name: 'Terms of use' }).waitFor();
    assert.equal(new URL(p.url()).pathname, '/tabs/terms');
    assert.deepEqual(await sectionHeadings(p), englishTermsHeadings);
    assertNoApiCall();
  });

  it('shows the terms of use in the browser language (English), and in French by the switch', async () => {
    const p = await openPage('en-GB');
    await p.goto(`${relais.url}/tabs/terms`);
    await p.getByRole('heading', { level: 1, name: 'Terms of use' }).waitFor();
    assert.deepEqual(await sectionHeadings(p), englishTermsHeadings);
    assert.match(
      (await p.getByTestId('template-notice').textContent()) ?? '',
      /A template for your organisation to review/,
    );
    assert.equal(await p.getByRole('link', { name: 'Terms of use' }).getAttribute('aria-current'), 'page');
    await shot(p, 'terms-en');
    await assertAccessible(p, 'terms of use (en)');

    await p.getByRole('link', { name: 'Français' }).click();
    await p.getByRole('heading', { level: 1, name: 'Conditions d’utilisation' }).waitFor();
    assert.equal((await sectionHeadings(p))[2], 'Bon usage');
    const privacyLink = p.getByRole('link', { name: /La façon dont Relais traite vos données personnelles/ });
    assert.equal(await privacyLink.getAttribute('href'), '/tabs/privacy?lang=fr');
    assertNoApiCall();
    await shot(p, 'terms-fr');
    await assertAccessible(p, 'terms of use (fr)');
  });

  it('shows the contact the organisation configured (RELAIS_PRIVACY_CONTACT)', async () => {
    const config = await (await fetch(`${relaisWithContact.url}/tabs/config.json`)).json();
    assert.equal(config.privacyContact, privacyContact);

    const p = await openPage('en-US');
    await p.goto(`${relaisWithContact.url}/tabs/privacy`);
    await p.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
    const contacts = p.getByTestId('privacy-contact');
    await contacts.getByRole('link', { name: privacyContact }).first().waitFor();
    assert.equal(await contacts.count(), 2);
    for (const text of await contacts.allTextContents()) assert.equal(text, `Contact: ${privacyContact}`);
    assert.equal(await contacts.first().getByRole('link').getAttribute('href'), `mailto:${privacyContact}`);
    assert.equal(await p.getByText('data protection officer').count(), 0);

    await p.goto(`${relaisWithContact.url}/tabs/terms`);
    await contacts.getByRole('link', { name: privacyContact }).waitFor();
    assertNoApiCall();
    await shot(p, 'privacy-contact-terms-en');
  });

  it('speaks the server’s DEFAULT_LOCALE when the browser speaks neither French nor English', async () => {
    const p = await openPage('de-DE');
    await p.goto(`${relaisWithContact.url}/tabs/privacy`);
    await p.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
    assert.equal(await p.evaluate(() => document.documentElement.lang), 'en');
  });

  it('is linked from the console footer, in the console’s language, before signing in', async () => {
    const p = await openPage('en-US');
    await p.goto(`${relais.url}/tabs/`);
    await p.getByLabel('API key').waitFor();
    const footer = p.getByRole('contentinfo');
    assert.equal(
      await footer.getByRole('link', { name: 'Terms of use' }).getAttribute('href'),
      '/tabs/terms?lang=en',
    );
    await footer.getByRole('link', { name: 'Privacy notice' }).click();
    await p.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
    assert.equal(new URL(p.url()).pathname, '/tabs/privacy');
    await p.getByRole('link', { name: 'Back to the Relais console' }).click();
    await p.getByLabel('API key').waitFor();
  });

  it('renders inside Teams (framed) with its theme and locale, without asking for a token', async () => {
    const p = await openPage('en-US');
    await p.goto(
      host.pageUrl({
        // as reached from the console's footer inside a Teams tab
        tabUrl: `${relais.url}/tabs/privacy?inTeams=1`,
        theme: 'dark',
        locale: 'fr-fr',
        user: { oid: 'unused', tid: 'unused', name: 'Nobody', upn: 'nobody@contoso.test' },
      }),
    );
    const handle = await p.waitForSelector('iframe#tab');
    const tab = await handle.contentFrame();
    assert.ok(tab, 'the host page has no tab frame');
    // the browser says English, Teams says French: Teams wins once it answers
    await tab.getByRole('heading', { level: 1, name: 'Politique de confidentialité' }).waitFor();
    await tab.waitForSelector('[data-theme="dark"]');
    assert.deepEqual(await sectionHeadings(tab), frenchPrivacyHeadings);
    // links stay marked as inside Teams, so the next page gives the handshake its full time
    const nav = tab.getByRole('navigation', { name: 'Informations légales' });
    assert.equal(
      await nav.getByRole('link', { name: 'Conditions d’utilisation' }).getAttribute('href'),
      '/tabs/terms?inTeams=1',
    );
    assert.equal(
      await nav.getByRole('link', { name: 'Retour à la console Relais' }).getAttribute('href'),
      '/tabs/?inTeams=1',
    );

    type Host = { fakeTeamsHost: { calls: string[] } };
    const calls = await p.evaluate(() => (window as unknown as Host).fakeTeamsHost.calls);
    assert.ok(calls.includes('initialize'), calls.join());
    assert.ok(!calls.includes('authentication.getAuthToken'), `no SSO token asked: ${calls.join()}`);
    assertNoApiCall();
    await shot(p, 'privacy-teams-dark-fr');
    await assertAccessible(tab, 'privacy notice in Teams, dark theme (fr)');
  });
});
