/**
 * The ambassadors console in Chromium (standalone, signed in with an API key), at 390 px: the
 * roster shows an ambassador named over REST with their scope, "Pause" pauses them (read back
 * over REST), the add form names another one, and the page passes the accessibility check; the
 * leaderboard lists active ambassadors only, filtered by department; "my ambassador page" says
 * so to whoever is not an ambassador. "Ask ambassadors to relay" on a news item's page opens a
 * dialog whose campaign then has its own page (accessible at 390 px), the week's assignments are
 * listed, and the roster import reports each line. Guest groups, at 390 px: a guest is named
 * ambassador of their group with the group picker, the roster shows the group by name, the import
 * names one by the group's name and refuses an unknown group on its line only, and a group item's
 * relay is asked of the group's ambassadors with the picker in the dialog.
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

  it('asks for a relay from a news item, shows its campaign, the assignments and a roster import', async () => {
    const imported = await api('POST', '/people/import', [
      { email: 'cy@amb.test', displayName: 'Cy Relay', department: 'Support' },
      { email: 'di@amb.test', displayName: 'Di Import', department: 'Support' },
    ]);
    assert.equal(imported.status, 200);
    const cy = (await relais.core.people.findByEmail('cy@amb.test'))!;
    assert.equal((await api('POST', '/ambassadors', { personId: cy.id })).status, 201);
    const item = await api('POST', '/news', {
      variants: { en: { title: 'Relay from the console' } },
      audience: { everyone: true },
    });
    assert.equal(item.status, 201);
    assert.equal((await api('POST', `/news/${item.body.id}/publish`, {})).status, 200);

    const p = await signedIn(390);
    await p.goto(`${relais.url}/tabs/#/news/${item.body.id}`);
    await p.getByRole('button', { name: 'Ask ambassadors to relay' }).click();
    const dialog = p.getByTestId('ask-relay-dialog');
    await dialog.getByLabel('Departments whose ambassadors are asked (comma separated)').fill('Support');
    await dialog.getByLabel('Suggested message in French').fill('Partagez-la avec votre équipe');
    await dialog.getByLabel('Suggested message in English').fill('Share it with your team');
    await assertAccessible(p, 'ask for a relay dialog at 390 px (en)');
    await dialog.getByRole('button', { name: 'Ask', exact: true }).click();
    const done = p.getByTestId('ask-relay-done');
    await done.getByText('1 ambassadors asked', { exact: false }).waitFor();
    // the item's campaigns, listed under the button
    await p
      .getByTestId('item-relay-campaigns')
      .getByText('0 of 1 ambassadors relayed', { exact: false })
      .waitFor();
    await done.getByRole('link', { name: 'See the campaign' }).click();
    const requests = p.getByTestId('relay-campaign-requests');
    await requests.locator('tbody tr').filter({ hasText: 'Cy Relay' }).waitFor();
    assert.ok((await p.getByTestId('relay-campaign-summary').textContent())?.includes('News item'));
    assert.ok(
      await p.evaluate(() => document.documentElement.scrollWidth <= 390),
      'nothing scrolls sideways',
    );
    await assertAccessible(p, 'relay campaign page at 390 px (en)');

    await p.goto(`${relais.url}/tabs/#/ambassadors`);
    await p.getByRole('heading', { name: 'This week’s assignments' }).waitFor();
    await p.getByText('No colleague assigned this week.').waitFor();
    await p.getByLabel('Roster (CSV)').fill('email,departments,sites\ndi@amb.test,Support,\nnobody@amb.test');
    await p.getByRole('button', { name: 'Import', exact: true }).click();
    const results = p.getByTestId('roster-import-results');
    await results.locator('tbody tr').filter({ hasText: 'di@amb.test' }).getByText('named').waitFor();
    await results.locator('tbody tr').filter({ hasText: 'nobody@amb.test' }).getByText('unknown').waitFor();
    await p.getByTestId('ambassadors-roster').locator('tbody tr').filter({ hasText: 'Di Import' }).waitFor();
    await assertAccessible(p, 'ambassadors console with assignments and import (en)');
  });

  it('names, imports and asks the ambassadors of a guest group on a 390 px phone', async () => {
    const imported = await api('POST', '/people/import', [
      { email: 'max@amb.test', displayName: 'Max Manager', department: 'Partners' },
      { email: 'gia@partner.test', displayName: 'Gia Guest', kind: 'guest' },
      { email: 'gil@partner.test', displayName: 'Gil Guest', kind: 'guest' },
    ]);
    assert.equal(imported.status, 200, JSON.stringify(imported.body));
    const find = async (email: string) => (await relais.core.people.findByEmail(email))!;
    const [max, gia, gil] = [
      await find('max@amb.test'),
      await find('gia@partner.test'),
      await find('gil@partner.test'),
    ];
    const group = await api('POST', '/groups', {
      nameEn: 'North partners',
      nameFr: 'Partenaires du Nord',
      kind: 'partners',
      managers: [max.id],
    });
    assert.equal(group.status, 201, JSON.stringify(group.body));
    for (const who of [gia, gil])
      assert.equal((await api('POST', `/groups/${group.body.id}/members`, { person: who.id })).status, 201);

    const p = await signedIn(390);
    await p.goto(`${relais.url}/tabs/#/ambassadors`);
    await p.getByLabel('Person id').fill(gia.id);
    const picker = p.getByRole('combobox', { name: 'Guest groups they look after (they must be in them)' });
    await picker.click();
    await p.getByRole('option', { name: 'North partners' }).click();
    await p.keyboard.press('Escape');
    await p.getByRole('button', { name: 'Add', exact: true }).click();
    const giaRow = p.getByTestId('ambassadors-roster').locator('tbody tr').filter({ hasText: 'Gia Guest' });
    await giaRow.getByText('North partners').waitFor();
    const named = await api('GET', '/ambassadors');
    assert.deepEqual(named.body.ambassadors.find((a: { personId: string }) => a.personId === gia.id).scope, {
      departments: [],
      sites: [],
      groups: [group.body.id],
    });
    assert.ok(
      await p.evaluate(() => document.documentElement.scrollWidth <= 390),
      'nothing scrolls sideways',
    );
    await assertAccessible(p, 'ambassadors console with a guest group ambassador at 390 px (en)');

    await p
      .getByLabel('Roster (CSV)')
      .fill(
        'email,departments,sites,groups\ngil@partner.test,,,north partners\nmax@amb.test,,,Nowhere partners',
      );
    await p.getByRole('button', { name: 'Import', exact: true }).click();
    const results = p.getByTestId('roster-import-results');
    await results.locator('tbody tr').filter({ hasText: 'gil@partner.test' }).getByText('named').waitFor();
    const refused = results.locator('tbody tr').filter({ hasText: 'max@amb.test' });
    await refused.getByText('refused').waitFor();
    await refused.getByText('There is no group Nowhere partners.').waitFor();
    await p
      .getByTestId('ambassadors-roster')
      .locator('tbody tr')
      .filter({ hasText: 'Gil Guest' })
      .getByText('North partners')
      .waitFor();

    const item = await api('POST', '/news', {
      variants: { en: { title: 'For the north partners' } },
      audience: { groups: [group.body.id] },
    });
    assert.equal(item.status, 201, JSON.stringify(item.body));
    assert.equal((await api('POST', `/news/${item.body.id}/publish`, {})).status, 200);
    await p.goto(`${relais.url}/tabs/#/news/${item.body.id}`);
    await p.getByRole('button', { name: 'Ask ambassadors to relay' }).click();
    const dialog = p.getByTestId('ask-relay-dialog');
    const groups = dialog.getByRole('combobox', { name: 'Guest groups whose ambassadors are asked' });
    await groups.click();
    await p.getByRole('option', { name: 'North partners' }).click();
    // closes the list (Escape would close the dialog once the list is closed)
    await dialog.getByRole('heading', { name: 'Ask the ambassadors to relay this item' }).click();
    await dialog.getByLabel('Suggested message in French').fill('Partagez-la avec le groupe');
    await dialog.getByLabel('Suggested message in English').fill('Share it with the group');
    await assertAccessible(p, 'ask for a relay dialog with a guest group at 390 px (en)');
    await dialog.getByRole('button', { name: 'Ask', exact: true }).click();
    await p.getByTestId('ask-relay-done').getByText('2 ambassadors asked', { exact: false }).waitFor();
    const campaigns = await api(
      'GET',
      `/relay-campaigns?limit=20&offset=0&subjectType=news&subjectId=${item.body.id}`,
    );
    assert.equal(campaigns.status, 200, JSON.stringify(campaigns.body));
    assert.deepEqual(campaigns.body.campaigns[0].scope.groups, [group.body.id]);
  });
});
