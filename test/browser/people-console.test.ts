/**
 * The People page in Chromium (standalone, signed in with an administrator's API key), against a
 * server syncing from the fake Microsoft Graph: search and filters narrowing the list, a person's
 * values with their sources and their reach per platform with the reason, "sync now" followed
 * live while the fake Graph holds the run's first page, and the CSV import checked (dry run, line
 * by line) before it is applied. At 1280 px and at 390 px (nothing scrolls sideways), in English
 * and French; each page passes axe-core's WCAG 2 A/AA check. Screenshots go to
 * test-results/people-console/.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DIRECTORY_API_KEY, entraDirectoryEnv, type RunBody } from '../harness/directory-world.js';
import { pollUntil } from '../harness/eventually.js';
import { FakeGraph } from '../harness/fake-graph.js';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { assertAccessible } from './accessibility.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const screenshots = path.resolve('test-results/people-console');
const domain = 'people-browser.example';
const at = (name: string) => `${name}@${domain}`;

describeWithChromium('People page in Chromium', function () {
  this.timeout(90_000);

  let graph: FakeGraph;
  let relais: TestRelais;
  let browser: Browser;
  let context: BrowserContext;

  const api = (urlPath: string, init: RequestInit = {}) =>
    fetch(`${relais.url}/api/v1${urlPath}`, {
      ...init,
      headers: { 'X-Api-Key': DIRECTORY_API_KEY, ...init.headers },
    });
  const runs = async () => ((await (await api('/directory/runs')).json()) as { runs: RunBody[] }).runs;

  before(async function () {
    this.timeout(120_000);
    await ensureTabsBuilt();
    graph = await new FakeGraph({ tenantId: 'tenant-people-browser' }).start();
    relais = await startTestRelais({ ...entraDirectoryEnv(graph), DEFAULT_LOCALE: 'en' });
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });

    const csv = [
      'email,name,department,site,kind,active,manager',
      `${at('ana')},Ana Arnaud,Finances,Paris,member,true,`,
      `${at('ben')},Ben Bernard,Finances,Lyon,member,true,${at('ana')}`,
      `${at('chloe')},Chloé Caron,Ventes,Paris,guest,true,`,
      `${at('dan')},Dan Durand,Ventes,Lyon,member,false,`,
    ].join('\n');
    const imported = await api('/people/import', {
      method: 'POST',
      body: csv,
      headers: { 'Content-Type': 'text/csv' },
    });
    assert.equal(imported.status, 200, await imported.text());
    graph.setUser({
      id: 'obj-ana',
      userPrincipalName: at('ana'),
      mail: at('ana'),
      displayName: 'Ana Arnaud',
      department: 'Finance (Entra)',
    });
    graph.setUser({ id: 'obj-eve', userPrincipalName: at('eve'), mail: at('eve'), displayName: 'Eve Entra' });
    const started = await api('/directory/sync', { method: 'POST' });
    assert.equal(started.status, 202);
    await pollUntil(runs, (all) => all.length === 1 && all[0].status !== 'running', {
      what: 'the first sync to end',
    });
    // first contacts: Ana on Teams, Ben on Slack
    await relais.core.people.learn(
      { platform: 'teams', tenantId: 'tenant-people-browser', userId: '29:ana', aadObjectId: 'obj-ana' },
      { email: at('ana'), displayName: 'Ana Arnaud', kind: 'member' },
    );
    await relais.core.people.learn(
      { platform: 'slack', tenantId: 'T-PEOPLE', userId: 'U-BEN' },
      { email: at('ben'), displayName: 'Ben Bernard', kind: 'member' },
    );
  });

  after(async () => {
    await browser?.close();
    await relais?.close();
    await graph?.close();
  });

  afterEach(async () => {
    await context?.close();
  });

  async function signedIn(width: number, locale: 'en-US' | 'fr-FR' = 'en-US'): Promise<Page> {
    context = await newHermeticContext(browser, { locale, viewport: { width, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${relais.url}/tabs/`);
    await p.getByLabel(locale === 'en-US' ? 'API key' : 'Clé d’API').fill(DIRECTORY_API_KEY);
    await p.getByRole('button', { name: locale === 'en-US' ? 'Sign in' : 'Se connecter' }).click();
    await p.getByRole('heading', { level: 1 }).first().waitFor();
    return p;
  }
  const shot = (p: Page, name: string) =>
    p.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  const noSideScroll = async (p: Page, width: number) =>
    assert.ok(
      await p.evaluate((w) => document.documentElement.scrollWidth <= w, width),
      'nothing scrolls sideways',
    );
  const listed = async (p: Page) => {
    const list = p.getByTestId('people-list');
    await list.waitFor();
    return list.locator('tbody tr td:first-child').allTextContents();
  };
  const listIs = async (p: Page, names: string[]) => {
    await p.waitForFunction(
      (expected) =>
        JSON.stringify(
          [...document.querySelectorAll('[data-testid="people-list"] tbody tr td:first-child')].map((td) =>
            td.textContent?.replace(/^Name/, ''),
          ),
        ) === JSON.stringify(expected),
      names,
    );
  };

  it('searches, filters and opens a person with their sources and reach (1280 px, English)', async () => {
    const p = await signedIn(1280);
    await p.getByTestId('feature-people').getByRole('link', { name: 'People' }).click();
    await p.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    assert.deepEqual(await listed(p), [
      'Ana Arnaud',
      'Ben Bernard',
      'Chloé Caron',
      'Dan Durand',
      'Eve Entra',
    ]);
    await p.getByText('1–5 of 5 people').waitFor();
    await shot(p, 'list-1280');
    await assertAccessible(p, 'People list (en, 1280 px)');

    // search: accents ignored
    await p.getByRole('searchbox', { name: 'Search by name or email' }).fill('chloe');
    await listIs(p, ['Chloé Caron']);
    await p.getByRole('button', { name: 'Clear the filters' }).click();
    await listIs(p, ['Ana Arnaud', 'Ben Bernard', 'Chloé Caron', 'Dan Durand', 'Eve Entra']);

    // filters: reach, then department on top of a source
    await p.getByRole('combobox', { name: 'Reach' }).selectOption({ label: 'Not reachable' });
    await listIs(p, ['Chloé Caron', 'Dan Durand', 'Eve Entra']);
    await p.getByRole('combobox', { name: 'Reach' }).selectOption({ label: 'All' });
    await p.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'Entra ID' });
    await listIs(p, ['Ana Arnaud', 'Eve Entra']);
    await p.getByRole('combobox', { name: 'Department' }).selectOption({ label: 'Finances' });
    await listIs(p, ['Ana Arnaud']);
    await assertAccessible(p, 'People list filtered (en, 1280 px)');

    // the person: reach per platform with the reason, each value with its source
    await p.getByTestId('people-list').getByRole('link', { name: 'Ana Arnaud' }).click();
    await p.getByRole('heading', { level: 1, name: 'Ana Arnaud' }).waitFor();
    const reach = p.getByTestId('person-reach');
    await reach
      .getByRole('row', { name: /Teams.*Reachable.*Reachable: the bot has a chat with them/ })
      .waitFor();
    await reach.getByRole('row', { name: /Slack.*Not reachable.*No account on this platform/ }).waitFor();
    const department = p.getByTestId('person-values').getByRole('row', { name: /^Department/ });
    await department.getByText('HR file: Finances').waitFor();
    await department.getByText('Entra ID: Finance (Entra)').waitFor();
    assert.equal(await department.locator('td').nth(1).textContent(), 'Finances', 'the HR file wins');
    await shot(p, 'person-1280');
    await assertAccessible(p, 'a person (en, 1280 px)');

    // back to the list, its filters kept
    await p.getByRole('link', { name: 'All people' }).click();
    await listIs(p, ['Ana Arnaud']);
  });

  it('fits a 390 px phone: the list as cards, a person, nothing scrolling sideways (French)', async () => {
    const p = await signedIn(390, 'fr-FR');
    await p.goto(`${relais.url}/tabs/#/people`);
    await p.getByRole('heading', { level: 1, name: 'Personnes' }).waitFor();
    await listIs(p, ['Ana Arnaud', 'Ben Bernard', 'Chloé Caron', 'Dan Durand', 'Eve Entra']);
    assert.equal(await p.getByTestId('people-list').locator('thead').isVisible(), false);
    await noSideScroll(p, 390);
    await shot(p, 'list-390-fr');
    await assertAccessible(p, 'People list (fr, 390 px)');

    await p.getByRole('combobox', { name: 'Joignabilité' }).selectOption({ label: 'Joignable sur Slack' });
    await listIs(p, ['Ben Bernard']);
    await p.getByTestId('people-list').getByRole('link', { name: 'Ben Bernard' }).click();
    await p.getByRole('heading', { level: 1, name: 'Ben Bernard' }).waitFor();
    await p
      .getByTestId('person-reach')
      .getByText('Joignable par message direct (sans premier contact)')
      .waitFor();
    await p.getByTestId('person-values').getByText('Fichier RH: Lyon').waitFor();
    await noSideScroll(p, 390);
    await shot(p, 'person-390-fr');
    await assertAccessible(p, 'a person (fr, 390 px)');

    // the manager by name, a link to them (never their id): in use, and as the HR file gives it
    const values = p.getByTestId('person-values');
    await values.getByText('Fichier RH: Ana Arnaud').waitFor();
    assert.equal(await values.getByRole('link', { name: 'Ana Arnaud' }).count(), 2);
    await values.getByRole('link', { name: 'Ana Arnaud' }).first().click();
    await p.getByRole('heading', { level: 1, name: 'Ana Arnaud' }).waitFor();
  });

  it('starts a sync now and follows it live until it ends (1280 and 390 px)', async () => {
    const p = await signedIn(1280);
    await p.goto(`${relais.url}/tabs/#/people/sync`);
    await p.getByRole('heading', { level: 1, name: 'Directory sync' }).waitFor();
    await p.getByTestId('sync-runs').getByRole('cell', { name: 'Succeeded' }).waitFor();
    graph.setUser({
      id: 'obj-fanny',
      userPrincipalName: at('fanny'),
      mail: at('fanny'),
      displayName: 'Fanny',
    });
    // the run's first Graph page waits: the run is caught under way
    const held = graph.hold('/users/delta');
    await p.getByRole('button', { name: 'Sync now' }).click();
    await held.reached();
    await p
      .getByTestId('sync-progress')
      .getByText(/^Sync under way: 0 pages read/)
      .waitFor();
    assert.equal(await p.getByRole('button', { name: 'Sync now' }).isDisabled(), true);
    await p.getByTestId('sync-runs').getByRole('cell', { name: 'Running' }).waitFor();
    await assertAccessible(p, 'directory sync, a run going (en, 1280 px)');
    held.release();
    // the page reads the runs again by itself until the run ends
    await p.getByTestId('sync-runs').getByRole('cell', { name: 'Running' }).waitFor({ state: 'detached' });
    const newest = p.getByTestId('sync-runs').locator('tbody tr').first();
    assert.match((await newest.textContent()) ?? '', /Console or API.*Succeeded/);
    assert.equal(await p.getByTestId('sync-progress').textContent(), '');
    assert.equal((await runs())[0].created, 1);
    await shot(p, 'sync-1280');

    await p.setViewportSize({ width: 390, height: 900 });
    await noSideScroll(p, 390);
    await shot(p, 'sync-390');
    await assertAccessible(p, 'directory sync (en, 390 px)');
  });

  it('checks a CSV file line by line before applying it', async () => {
    const p = await signedIn(390);
    await p.goto(`${relais.url}/tabs/#/people/import`);
    await p.getByRole('heading', { level: 1, name: 'Import a file' }).waitFor();
    const csv = [
      'email;nom;service',
      `${at('ana')};Ana Arnaud;Audit`,
      `${at('gus')};Gus;Audit`,
      'nope;X;Audit',
    ].join('\n');
    await p
      .getByLabel('CSV file')
      .setInputFiles({ name: 'hr.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    assert.equal(await p.getByRole('button', { name: 'Apply the import' }).isDisabled(), true);
    await p.getByRole('button', { name: 'Check the file' }).click();
    await p
      .getByTestId('import-summary')
      .getByText('If applied: 1 people created, 1 updated, 1 lines rejected. Nothing was written.')
      .waitFor();
    const lines = p.getByTestId('import-lines').locator('tbody tr');
    // each cell's column name is drawn by CSS (::before), not part of its text
    assert.deepEqual(await lines.allTextContents(), [
      `2${at('ana')}Would update`,
      `3${at('gus')}Would be created`,
      '4nopeRejectedemail: is not a valid email address',
    ]);
    assert.equal((await (await api(`/people?q=gus`)).json()).total, 0, 'nothing written by the check');
    await noSideScroll(p, 390);
    await shot(p, 'import-checked-390');
    await assertAccessible(p, 'import checked (en, 390 px)');

    await p.getByRole('button', { name: 'Apply the import' }).click();
    await p
      .getByTestId('import-summary')
      .getByText('Imported: 1 people created, 1 updated, 1 lines rejected.')
      .waitFor();
    assert.equal((await (await api(`/people?q=gus`)).json()).total, 1);
  });
});
