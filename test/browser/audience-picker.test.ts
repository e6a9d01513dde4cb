/**
 * The console's audience picker in Chromium (news composer, standalone console, API key), over a
 * known population: Finance (2 on Teams, 1 on Slack, which this console does not serve) and Plant (120 on Teams). Departments come
 * from the directory's suggestions (no free text: a typo matches nothing), "everyone" hides the
 * other choices, the reach count follows what is chosen, and publishing to more than 100 people
 * asks first, naming the count. Axe-clean, and no horizontal scroll at 390 px.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pollUntil } from '../harness/eventually.js';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { assertAccessible } from './accessibility.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const screenshots = path.resolve('test-results/audience');
const apiKey = 'relais-audience-browser-key';

describeWithChromium('audience picker in Chromium', function () {
  this.timeout(90_000);

  let relais: TestRelais;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  async function person(platform: 'teams' | 'slack', n: string, department: string) {
    const identity =
      platform === 'teams'
        ? { platform, tenantId: 'tenant-aud', userId: `29:${n}`, aadObjectId: `aad-${n}` }
        : { platform, tenantId: 'T0AUD', userId: `U${n.toUpperCase()}` };
    const p = await relais.core.people.learn(identity, {
      displayName: `Person ${n}`,
      email: `${n}@aud.test`,
    });
    await relais.core.store.db
      .updateTable('people')
      .set({ department, kind: 'member', kind_source: 'directory' })
      .where('id', '=', p.id)
      .execute();
  }

  before(async function () {
    this.timeout(180_000);
    await ensureTabsBuilt();
    relais = await startTestRelais({ RELAIS_API_KEYS: apiKey, DEFAULT_LOCALE: 'en' });
    await person('teams', 'fa', 'Finance');
    await person('teams', 'fb', 'Finance');
    await person('slack', 'fc', 'Finance');
    for (let i = 0; i < 120; i++) await person('teams', `p${i}`, 'Plant');
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });
    context = await newHermeticContext(browser, { locale: 'en-US', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${relais.url}/tabs/#/news/new`);
    await page.getByLabel('API key').fill(apiKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Write a news item' }).waitFor();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await relais?.close();
  });

  const reach = () => page.getByTestId('audience-reach');
  const departments = () => page.getByRole('combobox', { name: 'Departments' });

  it('starts with nobody chosen, and offers only the departments the directory holds', async () => {
    await reach().getByText('Choose who receives it.').waitFor();
    await departments().click();
    await departments().fill('Finanse');
    await page.getByRole('option', { name: 'Nothing in the directory matches' }).waitFor();
    await departments().press('Enter');
    assert.equal(
      await page.getByTestId('audience-departments').locator('.fui-Tag').count(),
      0,
      'no tag from text',
    );
    await reach().getByText('Choose who receives it.').waitFor();
    await departments().fill('');
    await departments().click();
    await departments().pressSequentially('fin');
    await page.getByRole('option', { name: 'Finance (3)' }).click();
    await reach().getByText('3 people · 2 on Teams · 0 on Slack · 1 unreachable').waitFor();
    // Slack is not connected in this console: its person is counted unreachable, with why
    await reach().getByText('1 only on a platform not connected').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.fui-TagPickerList').waitFor({ state: 'hidden' });
    await assertAccessible(page, 'composer with a department chosen (en)');
  });

  it('makes "everyone" exclude the other choices, and counts everyone', async () => {
    // by keyboard: the departments list's portal stays over the switch for the pointer
    await page.getByRole('switch', { name: 'Everyone in the organisation' }).focus();
    await page.keyboard.press('Space');
    await reach().getByText('123 people · 122 on Teams · 0 on Slack · 1 unreachable').waitFor();
    assert.equal(await departments().count(), 0, 'no department picker beside everyone');
    await page.keyboard.press('Space');
    await reach().getByText('3 people · 2 on Teams · 0 on Slack · 1 unreachable').waitFor();
  });

  it('asks before publishing to more than 100 people, naming the count, and sends nothing on "Go back"', async () => {
    await page.getByLabel('Title').fill('Plant safety day');
    await departments().click();
    await departments().pressSequentially('Pla');
    await page.getByRole('option', { name: 'Plant (120)' }).click();
    await page.keyboard.press('Escape');
    await page.locator('.fui-TagPickerList').waitFor({ state: 'hidden' });
    await reach().getByText('123 people · 122 on Teams · 0 on Slack · 1 unreachable').waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const confirm = page.getByTestId('audience-confirm');
    await confirm.getByText('This goes to 123 people.').waitFor();
    await page.screenshot({ path: path.join(screenshots, 'confirm.png') });
    await assertAccessible(page, 'confirmation before a send to 123 people (en)');
    await confirm.getByRole('button', { name: 'Go back' }).click();
    await confirm.waitFor({ state: 'detached' });
    // the dialog hands the page back: nothing of it stays hidden from assistive technology
    await page.waitForFunction(() => document.getElementById('root')?.getAttribute('aria-hidden') !== 'true');
    const list = await relais.core.store.db.selectFrom('delivery_subjects').select('subject_id').execute();
    assert.equal(list.length, 0, 'nothing was sent');
  });

  it('fits a 390 px phone without horizontal scroll', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await reach().getByText('123 people').waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390));
    await page.screenshot({ path: path.join(screenshots, 'picker-390.png'), fullPage: true });
    await assertAccessible(page, 'audience picker at 390 px (en)');
  });

  it('schedules an item that reaches nobody yet only once the author ticks that it may', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${relais.url}/tabs/#/news/new`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Write a news item' }).waitFor();
    await page.getByLabel('Title').fill('Group managers meetup');
    // nobody holds this role yet: people who get it before the date will receive the item
    await page.getByRole('checkbox', { name: /Group managers/ }).check();
    await reach().getByText('This audience reaches nobody.').waitFor();
    await page.getByRole('radio', { name: 'Publish at a date and time' }).check();
    await page.getByLabel(/Publication date and time/).fill('2099-06-01T09:00');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    const confirm = page.getByTestId('audience-confirm');
    await confirm.getByText('Nobody in this audience yet').waitFor();
    const go = confirm.getByRole('button', { name: 'Schedule', exact: true });
    assert.ok(await go.isDisabled(), 'not without the tick');
    await assertAccessible(page, 'scheduled send that reaches nobody yet (en)');
    await page.screenshot({ path: path.join(screenshots, 'allow-empty.png') });
    await confirm.getByRole('checkbox', { name: 'Keep it scheduled even if it reaches nobody now' }).check();
    await go.click();
    await confirm.waitFor({ state: 'detached' });
    await pollUntil(
      async () => {
        const answer = await fetch(`${relais.url}/api/v1/news?status=scheduled`, {
          headers: { 'X-Api-Key': apiKey },
        });
        return (await answer.json()) as { items?: { status: string }[] };
      },
      (body) => (body.items ?? []).some((item) => item.status === 'scheduled'),
      { what: 'the item scheduled' },
    );
  });
});
