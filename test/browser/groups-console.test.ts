/**
 * The groups console in Chromium (standalone, signed in with an API key, so as an administrator),
 * at 390 px: the list shows a group created over REST, its page lists the members and guests
 * with their status, publishing a charter version shows the acceptance rate, removing a guest
 * shows them removed (read back over REST) and the audit log lists it; both pages pass the
 * accessibility check and nothing scrolls sideways. In French, the group's review settings refuse
 * a reminder at or after the due date and a delay out of bounds beside the field, then save the
 * action, the delays and the review period (read back over REST); the audit log's CSV then has
 * French headers and the change.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { assertAccessible } from './accessibility.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const apiKey = 'relais-groups-browser-key';

describeWithChromium('groups console in Chromium', function () {
  this.timeout(60_000);

  let relais: TestRelais;
  let browser: Browser;
  let context: BrowserContext;
  let groupId: string;

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
      { email: 'mia@groups.test', displayName: 'Mia Manager', department: 'Sales' },
      { email: 'gina@partner.test', displayName: 'Gina Guest', kind: 'guest' },
    ]);
    assert.equal(imported.status, 200, JSON.stringify(imported.body));
    const mia = (await relais.core.people.findByEmail('mia@groups.test'))!;
    const created = await api('POST', '/groups', {
      nameEn: 'North partners',
      nameFr: 'Partenaires du Nord',
      kind: 'partners',
      managers: [mia.id],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    groupId = created.body.id;
    const gina = (await relais.core.people.findByEmail('gina@partner.test'))!;
    assert.equal((await api('POST', `/groups/${groupId}/members`, { person: gina.id })).status, 201);
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await relais?.close();
  });

  async function signedIn(width: number, locale: 'en-US' | 'fr-FR' = 'en-US'): Promise<Page> {
    await context?.close();
    context = await newHermeticContext(browser, { locale, viewport: { width, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${relais.url}/tabs/`);
    await p.getByLabel(locale === 'fr-FR' ? 'Clé d’API' : 'API key').fill(apiKey);
    await p.getByRole('button', { name: locale === 'fr-FR' ? 'Se connecter' : 'Sign in' }).click();
    await p.locator('main h1').first().waitFor();
    return p;
  }

  const noSideScroll = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth <= 390);

  it('lists the groups and runs a group’s page on a 390 px phone', async () => {
    const p = await signedIn(390);
    await p.goto(`${relais.url}/tabs/#/groups`);
    const row = p.getByTestId('groups-list').locator('tbody tr').filter({ hasText: 'North partners' });
    await row.waitFor();
    assert.ok(await noSideScroll(p), 'nothing scrolls sideways on the list');
    await assertAccessible(p, 'groups list on a 390 px phone (en)');

    await row.getByRole('button', { name: 'Open North partners' }).click();
    const members = p.getByTestId('group-members');
    const gina = members.locator('tbody tr').filter({ hasText: 'Gina Guest' });
    await gina.getByText('Invited').waitFor();
    await members.locator('tbody tr').filter({ hasText: 'Mia Manager' }).waitFor();

    await p.getByLabel('Text in English').fill('Be kind to each other.');
    await p.getByRole('button', { name: 'Publish a new version' }).click();
    await p.getByTestId('group-charter-rate').getByText('Version 1: 0 of 1 guests accepted (0 %).').waitFor();
    assert.ok(await noSideScroll(p), 'nothing scrolls sideways on the group page');
    await assertAccessible(p, 'a group’s page on a 390 px phone (en)');

    await gina.getByRole('button', { name: 'Remove Gina Guest' }).click();
    await gina.getByText('Removed').waitFor();
    const page = await api('GET', `/groups/${groupId}`);
    const removed = page.body.members.find((m: { displayName: string }) => m.displayName === 'Gina Guest');
    assert.equal(removed.status, 'removed');
    await p.getByTestId('group-audit').locator('tbody tr').filter({ hasText: 'removed' }).first().waitFor();
  });

  it('sets the group’s review settings in French, refusing a late reminder beside its field', async () => {
    const p = await signedIn(390, 'fr-FR');
    await p.goto(`${relais.url}/tabs/#/groups/${groupId}`);
    const form = p.getByTestId('group-review-settings');
    const remind = form.getByLabel('Relance aux responsables après (jours)');
    const due = form.getByLabel('Échéance de la revue après (jours)');
    const period = form.getByLabel('Une revue tous les (jours)');
    await remind.waitFor();
    assert.equal(await remind.inputValue(), '4');
    assert.equal(await due.inputValue(), '7');
    assert.equal(await period.inputValue(), '90');
    assert.ok(
      await form
        .getByRole('radio', { name: 'Signaler les invités non décidés aux administrateurs' })
        .isChecked(),
    );

    // a reminder on the due date, and a due date out of bounds: said beside each field, nothing sent
    await remind.fill('7');
    await form.getByRole('button', { name: 'Enregistrer les réglages des revues' }).click();
    await form.getByText('La relance part avant l’échéance : moins de 7 jours.').waitFor();
    await due.fill('120');
    await form.getByRole('button', { name: 'Enregistrer les réglages des revues' }).click();
    await form.getByText('Un nombre entier de jours, de 2 à 90.').waitFor();
    assert.deepEqual((await api('GET', `/groups/${groupId}/review-settings`)).body, {
      unreviewedAction: 'report',
      remindAfterDays: 4,
      answerDays: 7,
    });
    assert.ok(await noSideScroll(p), 'nothing scrolls sideways with the refused fields');
    await assertAccessible(p, 'a group’s review settings with refused fields on a 390 px phone (fr)');

    await remind.fill('3');
    await due.fill('10');
    await period.fill('30');
    await form.getByRole('radio', { name: 'Retirer les invités non décidés' }).check();
    await form.getByRole('button', { name: 'Enregistrer les réglages des revues' }).click();
    await form.getByTestId('review-settings-saved').getByText('Réglages des revues enregistrés.').waitFor();
    assert.deepEqual((await api('GET', `/groups/${groupId}/review-settings`)).body, {
      unreviewedAction: 'remove',
      remindAfterDays: 3,
      answerDays: 10,
    });
    assert.equal((await api('GET', `/groups/${groupId}`)).body.group.reviewPeriodDays, 30);
    assert.equal(await form.getByText('La relance part avant').count(), 0, 'no refusal left once saved');

    // the audit log's CSV: headers in French, the change of settings recorded, a byte order mark
    // so a spreadsheet reads the accents
    await p.getByTestId('group-audit').getByText('updated').first().waitFor();
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Télécharger le CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `group-${groupId}-audit.csv`);
    const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
    assert.equal(csv.split('\r\n')[0], '\uFEFFDate,Événement,Par,Par (id),Concerne,Concerne (id),Détails');
    assert.match(csv, /group\.updated,/);
  });
});
