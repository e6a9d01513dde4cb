/**
 * Console sign-in in Chromium: the sign-in page offers Microsoft and Slack (French and English,
 * at 390 px, axe-clean); each provider's full flow through the local OpenID providers lands on
 * the console with the person's name in the header and a working sign-out; the first-run link
 * lands an administrator on the setup guide, from which the roles page grants a role.
 * Screenshots go to test-results/console-signin/.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type SigninWorld, startSigninWorld, TENANT } from '../integration/signin/signin-world.js';
import { assertAccessible } from './accessibility.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const screenshots = path.resolve('test-results/console-signin');
const phone = { width: 390, height: 844 };

describeWithChromium('console sign-in in Chromium', function () {
  this.timeout(60_000);

  let world: SigninWorld;
  let browser: Browser;
  let context: BrowserContext;

  before(async function () {
    this.timeout(180_000);
    await ensureTabsBuilt();
    world = await startSigninWorld({}, { DEFAULT_LOCALE: 'en' });
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await world?.close();
  });
  afterEach(async () => {
    await context?.close();
  });

  const open = async (locale: string, viewport = { width: 1280, height: 900 }): Promise<Page> => {
    context = await newHermeticContext(browser, { locale, viewport });
    return context.newPage();
  };
  const shot = (p: Page, name: string) =>
    p.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  const noHorizontalScroll = async (p: Page) =>
    assert.ok(
      await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'no horizontal scroll',
    );

  /** through the local provider's developer login and consent forms */
  const loginAtProvider = async (p: Page, login: string) => {
    await p.locator('input[name="login"]').fill(login);
    await p.locator('input[name="password"]').fill('any');
    await p.locator('button[type="submit"]').click();
    await p.getByRole('button', { name: 'Continue' }).click();
  };

  it('offers only the configured providers, in French and English, at 390 px, axe-clean', async () => {
    for (const [locale, entra, slack] of [
      ['fr-FR', 'Se connecter avec Microsoft', 'Se connecter avec Slack'],
      ['en-US', 'Sign in with Microsoft', 'Sign in with Slack'],
    ] as const) {
      const p = await open(locale, phone);
      await p.goto(`${world.relais.url}/tabs/`);
      await p.getByTestId('signin-entra').waitFor();
      assert.equal((await p.getByTestId('signin-entra').textContent())?.trim(), entra);
      assert.equal((await p.getByTestId('signin-slack').textContent())?.trim(), slack);
      await noHorizontalScroll(p);
      await assertAccessible(p, `sign-in page (${locale}, 390 px)`);
      await shot(p, `sign-in-${locale}-390`);
      await context.close();
    }
  });

  it('signs in with Microsoft, shows who is signed in, and signs out', async () => {
    await world.entraPerson('oid-browser-ada', 'Ada Lovelace', ['communicator']);
    world.entra.accounts.set('ada', { tid: 'tenant-home', oid: 'oid-browser-ada', name: 'Ada' });
    const p = await open('en-US', phone);
    await p.goto(`${world.relais.url}/tabs/`);
    await p.getByTestId('signin-entra').click();
    await loginAtProvider(p, 'ada');
    await p.getByTestId('person-name').waitFor();
    assert.equal(await p.getByTestId('person-name').textContent(), 'Ada Lovelace');
    await noHorizontalScroll(p);
    await assertAccessible(p, 'home after Microsoft sign-in (390 px)');
    await shot(p, 'signed-in-microsoft-390');

    await p.getByRole('button', { name: 'Sign out' }).click();
    await p.getByTestId('signin-entra').waitFor();
    // the session is gone on the server too: a reload stays signed out
    await p.reload();
    await p.getByTestId('signin-entra').waitFor();
    assert.equal(await p.getByTestId('person-name').count(), 0);
  });

  it('signs in with Slack', async () => {
    await world.slackPerson('U0BROWSER', 'Grace Hopper');
    world.slack.accounts.set('grace', {
      'https://slack.com/team_id': 'T0HOME',
      'https://slack.com/user_id': 'U0BROWSER',
    });
    const p = await open('fr-FR');
    await p.goto(`${world.relais.url}/tabs/`);
    await p.getByTestId('signin-slack').click();
    await loginAtProvider(p, 'grace');
    await p.getByTestId('person-name').waitFor();
    assert.equal(await p.getByTestId('person-name').textContent(), 'Grace Hopper');
    assert.equal(await p.getByRole('button', { name: 'Se déconnecter' }).count(), 1);
  });

  it('lands the first-run link on the setup guide, then grants a role from the roles page', async () => {
    const token = await world.relais.signin.setup.issueIfNoAdmin();
    assert.ok(token, 'no administrator yet');
    const target = await world.entraPerson('oid-browser-cy', 'Cyrille Roux');
    const p = await open('fr-FR', phone);
    await p.goto(`${world.relais.url}/auth/setup?token=${token}`);
    // the link's page only shows a button (a previewer's GET spends nothing); pressing it POSTs
    await assertAccessible(p, 'setup link page (fr, 390 px)');
    await p.getByRole('button', { name: 'Continuer en tant que premier administrateur' }).click();
    await p.getByTestId('welcome-page').waitFor();
    assert.equal(await p.getByRole('heading', { level: 1 }).textContent(), 'Bienvenue, administrateur');
    assert.match((await p.getByTestId('welcome-page').textContent()) ?? '', /\/auth\/entra\/callback/);
    await noHorizontalScroll(p);
    await assertAccessible(p, 'setup guide (fr, 390 px)');
    await shot(p, 'welcome-fr-390');

    await p.getByRole('link', { name: 'Ouvrir la page Rôles' }).click();
    await p.getByTestId('roles-page').waitFor();
    await p.getByRole('searchbox').fill('Cyrille');
    await p.getByRole('button', { name: 'Rechercher des personnes' }).click();
    await p.getByRole('button', { name: 'Gérer les rôles · Cyrille Roux' }).click();
    await p.getByLabel('Rôle', { exact: true }).selectOption('communicator');
    await p.getByLabel('Pour').selectOption('department');
    await p.getByLabel('Nom du service, du site ou du groupe').fill('Finances');
    await p.getByRole('button', { name: 'Attribuer' }).click();
    await p.getByText('Rôles de Cyrille Roux enregistrés.').waitFor();
    await noHorizontalScroll(p);
    await assertAccessible(p, 'roles page (fr, 390 px)');
    await shot(p, 'roles-fr-390');
    assert.deepEqual((await world.relais.core.people.get(target))!.roles, [
      { role: 'communicator', scope: 'department:Finances' },
    ]);
    const logged = await world.relais.core.store.db
      .selectFrom('events')
      .select(['type', 'subject_id', 'data'])
      .where('type', '=', 'people.role_granted')
      .where('subject_id', '=', target)
      .execute();
    assert.equal(logged.length, 1);

    // the setup administrator links their own Microsoft account, unknown to Relais yet: it is
    // attached to them, and the header names them as the provider did
    world.entra.accounts.set('camille', { tid: TENANT, oid: 'oid-browser-camille', name: 'Camille Admin' });
    await p.goto(`${world.relais.url}/tabs/#/welcome`);
    const link = p.getByTestId('link-account');
    await link.getByRole('button', { name: 'Relier mon compte Microsoft' }).click();
    await loginAtProvider(p, 'camille');
    await p.getByTestId('welcome-page').waitFor();
    await p.getByTestId('person-name').getByText('Camille Admin').waitFor();
    assert.equal(await p.getByTestId('link-account').count(), 0, 'linked: nothing left to link');

    // spent: the same link again says so
    const again = await p.goto(`${world.relais.url}/auth/setup?token=${token}`);
    assert.equal(again?.status(), 410);
  });
});
