/**
 * The tours console in Chromium (standalone, signed in with an API key): the list, editing a
 * tour (name and a step's English title, saved through PUT /api/v1/tours/{id} and read back
 * over REST), and the funnel and completion tables drawn from GET /api/v1/tours/{id}/stats for
 * journeys the test ran through the core (one step done, one skipped); each page passes the
 * accessibility check (axe-core, WCAG 2 A/AA). Screenshots go to test-results/tours-console/.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../harness/fake-teams-connector.js';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { assertAccessible } from './accessibility.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const screenshots = path.resolve('test-results/tours-console');
const apiKey = 'relais-tours-browser-key';
const tenantId = 'tenant-tours-browser';

describeWithChromium('tours console in Chromium', function () {
  this.timeout(60_000);

  let relais: TestRelais;
  let connector: FakeTeamsConnector;
  let browser: Browser;
  let context: BrowserContext;
  let tourId: string;

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
    connector = await startFakeTeamsConnector();
    relais = await startTestRelais({
      RELAIS_API_KEYS: apiKey,
      TEAMS_SERVICE_URL: connector.url,
      DEFAULT_LOCALE: 'en',
    });
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });

    const created = await api('POST', '/tours', {
      name: 'Browser tour',
      description: 'Two steps',
      status: 'active',
      audience: { who: 'everyone' },
      triggers: ['manual'],
      steps: [
        {
          key: 'hello',
          schedule: 'first contact',
          content: { fr: { title: 'Bonjour' }, en: { title: 'Hello' } },
        },
        {
          key: 'later',
          schedule: 'P30D',
          content: { fr: { title: 'Plus tard' }, en: { title: 'Later' } },
        },
      ],
    });
    assert.ok(created.status < 300, JSON.stringify(created.body));
    tourId = created.body.id;

    // three people on Teams, from two departments; their first step is sent through the fake connector
    const imported = await api('POST', '/people/import', [
      { email: 'ana@tours.test', displayName: 'Ana', department: 'Sales', site: 'Lyon' },
      { email: 'ben@tours.test', displayName: 'Ben', department: 'Sales', site: 'Paris' },
      { email: 'chloe@tours.test', displayName: 'Chloé', department: 'Finance', site: 'Paris' },
    ]);
    assert.equal(imported.status, 200);
    const { core } = relais;
    const journeys = [];
    for (const [i, email] of ['ana@tours.test', 'ben@tours.test', 'chloe@tours.test'].entries()) {
      const person = await core.people.learn(
        { platform: 'teams', tenantId, userId: `29:browser-${i}`, aadObjectId: `aad-browser-${i}` },
        { email, displayName: email },
      );
      journeys.push(await core.tours.startTour(tourId, person.id));
    }
    const [ana, ben] = journeys;
    const anaPerson = (await core.people.findByEmail('ana@tours.test'))!;
    const benPerson = (await core.people.findByEmail('ben@tours.test'))!;
    await core.tours.act('done', anaPerson, ana.id, 0, 'en');
    await core.tours.act('skip', benPerson, ben.id, 0, 'en');
  });

  after(async () => {
    await browser?.close();
    await relais?.close();
    await connector?.close();
  });

  afterEach(async () => {
    await context?.close();
  });

  async function signedIn(width = 1200): Promise<Page> {
    context = await newHermeticContext(browser, { locale: 'en-US', viewport: { width, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${relais.url}/tabs/`);
    await p.getByLabel('API key').fill(apiKey);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { level: 1, name: 'Welcome to Relais' }).waitFor();
    return p;
  }

  const shot = (p: Page, name: string) =>
    p.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });

  it('shows the list as stacked cards on a 390 px phone, as a table on a wide screen', async () => {
    const p = await signedIn(390);
    await p.goto(`${relais.url}/tabs/#/tours`);
    const list = p.getByTestId('tours-list');
    const row = list.locator('tbody tr').filter({ hasText: 'Browser tour' });
    const [name, status] = [row.locator('td').nth(0), row.locator('td').nth(1)];
    await name.waitFor();
    // nothing scrolls sideways; the column names sit in each card, not in a header row
    assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= 390));
    assert.equal(await list.locator('thead').isVisible(), false);
    assert.equal(await status.getAttribute('data-label'), 'Status');
    const [nameBox, statusBox] = [await name.boundingBox(), await status.boundingBox()];
    assert.ok(
      nameBox && statusBox && statusBox.y >= nameBox.y + nameBox.height - 1,
      'the status is under the name',
    );
    await shot(p, 'list-390');
    await assertAccessible(p, 'tours list on a 390 px phone (en)');

    await p.setViewportSize({ width: 1200, height: 900 });
    assert.equal(await list.locator('thead').isVisible(), true);
    const [wideName, wideStatus] = [await name.boundingBox(), await status.boundingBox()];
    assert.ok(wideName && wideStatus && wideStatus.y === wideName.y, 'the status is beside the name');
  });

  it('lists the tours from the home page, edits one and shows its funnel', async () => {
    const p = await signedIn();
    await p.getByTestId('feature-tours').getByRole('link', { name: 'Welcome tours' }).click();
    await p.getByRole('heading', { level: 1, name: 'Welcome tours' }).waitFor();
    await p.getByTestId('tours-list').getByRole('link', { name: 'Browser tour' }).waitFor();
    await shot(p, 'list');
    await assertAccessible(p, 'tours list (en)');

    await p.getByTestId('tours-list').getByRole('link', { name: 'Browser tour' }).click();
    await p.getByRole('heading', { level: 1, name: 'Edit the tour' }).waitFor();

    // the funnel: three journeys reached step 1, one did it, one skipped it, nobody reached step 2 yet
    const first = p.getByTestId('funnel-hello');
    await first.waitFor();
    // the step's title in the reader's language (English here; French is 'Bonjour')
    assert.match((await first.textContent()) ?? '', /^1\. Hello/);
    assert.equal(await first.getByTestId('reached').textContent(), '3');
    assert.equal(await first.getByTestId('done').textContent(), '1');
    assert.equal(await first.getByTestId('skipped').textContent(), '1');
    assert.equal(await p.getByTestId('funnel-later').getByTestId('reached').textContent(), '0');
    assert.match((await p.getByTestId('tour-summary').textContent()) ?? '', /^3 journeys/);
    const byDepartment = p.getByRole('table', { name: 'Completion by department' });
    await byDepartment.getByRole('cell', { name: 'Sales' }).waitFor();
    await byDepartment.getByRole('cell', { name: 'Finance' }).waitFor();
    await assertAccessible(p, 'tour editor with its funnel (en)');

    // edit: the tour's name and the second step's English title
    await p.getByTestId('tour-name').fill('Browser tour, edited');
    await p.getByTestId('step-2').getByTestId('step-title-en').fill('Later, edited');
    // the schedule hint comes from the server's calendar; a schedule it cannot read is said so
    const schedule = p.getByTestId('step-2').getByTestId('step-schedule');
    await schedule.fill('week 2 Monday at 10:15');
    await p
      .getByTestId('step-2')
      .getByText(/this step arrives on Monday.*10:15/)
      .waitFor();
    await schedule.fill('someday');
    await p
      .getByTestId('step-2')
      .getByText(/This schedule is not understood/)
      .waitFor();
    await schedule.fill('day 1 at 09:30');
    await p
      .getByTestId('step-2')
      .getByText(/this step arrives on .*09:30/)
      .waitFor();
    await p.getByTestId('tour-save').click();
    await p
      .getByTestId('tour-notice')
      .getByText(/Saved \(version 2\)/)
      .waitFor();
    await shot(p, 'edited-with-funnel');
    await assertAccessible(p, 'tour editor after saving, with schedule hints (en)');

    const saved = await api('GET', `/tours/${tourId}`);
    assert.equal(saved.body.name, 'Browser tour, edited');
    assert.equal(saved.body.steps[1].content.en.title, 'Later, edited');
    assert.equal(saved.body.steps[1].content.fr.title, 'Plus tard', 'the other language is kept');
    assert.equal(saved.body.steps[1].schedule, 'day 1 at 09:30');
    assert.equal(saved.body.version, 2);
  });

  it('creates a tour and keeps its "saved" notice on the tour page it moves to', async () => {
    const p = await signedIn();
    await p.goto(`${relais.url}/tabs/#/tours/new`);
    await p.getByTestId('tour-name').fill('Tour made in the console');
    await p.getByTestId('step-1').getByTestId('step-title-en').fill('First day');
    await p.getByTestId('tour-save').click();
    // the editor moved to the new tour's address and still says it was saved
    await p.waitForURL(/#\/tours\/(?!new)[^/]+$/);
    await p
      .getByTestId('tour-notice')
      .getByText(/Saved \(version 1\)/)
      .waitFor();
    const id = decodeURIComponent(new URL(p.url()).hash.replace('#/tours/', ''));
    const saved = await api('GET', `/tours/${id}`);
    assert.equal(saved.body.name, 'Tour made in the console');
  });

  it('picks the audience from the directory on a 390 px phone: a typo offers nothing, a department is saved', async () => {
    const p = await signedIn(390);
    await p.goto(`${relais.url}/tabs/#/tours/${encodeURIComponent(tourId)}`);
    await p.getByRole('heading', { level: 1, name: 'Edit the tour' }).waitFor();
    const reach = p.getByTestId('tour-reach');
    const departments = p.getByRole('combobox', { name: 'Departments' });
    // "everyone": every active person, and nothing to narrow it with
    await reach.getByText(/^3 people · 3 on Teams/).waitFor();
    assert.equal(await departments.count(), 0, 'no department picker beside everyone');

    await p.getByTestId('tour-who').selectOption({ label: 'Newcomers' });
    await reach.getByText(/^3 people · 3 on Teams/).waitFor();
    assert.ok(
      await p.evaluate(() => document.documentElement.scrollWidth <= 390),
      'nothing scrolls sideways',
    );
    await assertAccessible(p, 'tour audience fields on a 390 px phone (en)');
    await departments.click();
    await departments.pressSequentially('Salse');
    await p.getByRole('option', { name: 'Nothing in the directory matches' }).waitFor();
    await departments.press('Enter');
    assert.equal(await p.getByTestId('tour-departments').locator('.fui-Tag').count(), 0, 'no tag from text');
    await departments.fill('');
    await departments.pressSequentially('sal');
    await p.getByRole('option', { name: 'Sales (2)' }).click();
    await p.keyboard.press('Escape');
    await reach.getByText(/^2 people · 2 on Teams/).waitFor();
    // a site narrows the department (and, not or): Ben is the one in Sales at Paris
    const sites = p.getByRole('combobox', { name: 'Sites' });
    await sites.click();
    await sites.pressSequentially('par');
    await p.getByRole('option', { name: 'Paris (2)' }).click();
    await p.keyboard.press('Escape');
    await p.locator('.fui-TagPickerList').waitFor({ state: 'hidden' });
    await reach.getByText(/^1 person · 1 on Teams/).waitFor();
    assert.ok(
      await p.evaluate(() => document.documentElement.scrollWidth <= 390),
      'nothing scrolls sideways',
    );
    await shot(p, 'audience-390');
    // with tags chosen too (tabster's focus guards around the tag group are set aside by the
    // helper, and only them: accessibility.ts)
    await assertAccessible(p, 'tour audience with a department and a site chosen (390 px, en)');

    await p.getByTestId('tour-save').click();
    await p.getByTestId('tour-notice').getByText(/Saved/).waitFor();
    const saved = await api('GET', `/tours/${tourId}`);
    assert.deepEqual(saved.body.audience, { who: 'newcomers', departments: ['Sales'], sites: ['Paris'] });

    // back to everyone: the narrowing lists go, and the count is everyone again
    await p.getByTestId('tour-who').selectOption({ label: 'Everyone' });
    assert.equal(await departments.count(), 0);
    await reach.getByText(/^3 people · 3 on Teams/).waitFor();
  });
});
