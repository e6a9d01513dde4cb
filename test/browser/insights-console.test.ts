/**
 * The adoption dashboard in Chromium (standalone console, signed in with an API key). A known
 * population is seeded through the real server: people with departments and sites, time in the
 * tab (heartbeats under each person's tab token), a strategic news item delivered over the fake
 * Teams connector and acknowledged in the tab; the day is rolled up over REST. The dashboard at
 * 1280 and 390 px must show those figures: the headline, a department's bar (read in the chart's
 * data table), the strategic item, a CSV download, the filters, the French page, the printable
 * report, and axe finds nothing on each. It prints the first-render time and the JS sizes.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { dayOf } from '../../shared/insights/insights-day.js';
import {
  type FakeTeamsHost,
  type FakeTeamsUser,
  startFakeTeamsHost,
} from '../harness/fake-teams-host/fake-teams-host.js';
import { type KeyServer, startKeyServer } from '../harness/key-server.js';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import {
  API_KEY,
  type NewsWorld,
  startNewsWorld,
  until,
  type WorldPerson,
} from '../integration/news/news-world.js';
import { assertAccessible } from './accessibility.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const screenshots = path.resolve('test-results/insights-console');
const dist = path.resolve('tabs/dist');
const ssoClientId = '00000000-0000-4000-8000-00000000ab1f';
const tenantId = '11111111-1111-4111-8111-111111111112';

/** the first JavaScript the console loads (index.html's scripts and preloads) and the insights chunks */
function jsSizes(): { first: number; insights: number; echarts: number } {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const first = [...html.matchAll(/(?:src|href)="\/tabs\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const size = (file: string) => fs.statSync(path.join(dist, file)).size;
  const assets = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  return {
    first: first.reduce((sum, f) => sum + size(f), 0),
    insights: assets.filter((f) => /^insights-/.test(f)).reduce((sum, f) => sum + size(`assets/${f}`), 0),
    echarts: assets.filter((f) => /^echarts/.test(f)).reduce((sum, f) => sum + size(`assets/${f}`), 0),
  };
}

describeWithChromium('adoption dashboard in Chromium', function () {
  this.timeout(120_000);

  let world: NewsWorld;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let day: string;

  before(async function () {
    this.timeout(180_000);
    await ensureTabsBuilt();
    world = await startNewsWorld({}, { NEWS_REMINDER_COUNT: '0', DEFAULT_LOCALE: 'en' });
    browser = await launchChromium();
    const sales: WorldPerson[] = [];
    const finance: WorldPerson[] = [];
    for (let i = 1; i <= 6; i++)
      sales.push(await world.teamsPerson(`Sales ${i}`, { department: 'Sales', site: 'Lyon' }));
    for (let i = 1; i <= 5; i++)
      finance.push(await world.teamsPerson(`Finance ${i}`, { department: 'Finance', site: 'Paris' }));
    // Tiny and the guests (5) make the rollup's pooled "other", without taking Finance in
    for (let i = 1; i <= 3; i++) await world.teamsPerson(`Tiny ${i}`, { department: 'Tiny', site: 'Paris' });
    // two guests: too few to be shown on their own
    for (let i = 1; i <= 2; i++)
      await world.teamsPerson(`Guest ${i}`, { department: 'Tiny', site: 'Paris', kind: 'guest' });

    // a strategic item for Sales, delivered over the fake Teams connector
    const created = await world.api('POST', '/news', {
      body: {
        strategic: true,
        variants: { fr: { title: 'Procédure sécurité' }, en: { title: 'Safety procedure' } },
        audience: { departments: ['Sales'] },
      },
    });
    assert.equal(created.status, 201, await created.clone().text());
    const newsId = (await created.json()).id;
    assert.equal((await world.api('POST', `/news/${newsId}/publish`, { body: {} })).status, 200);
    await until(async () => {
      const res = await (await world.api('GET', `/news/${newsId}/deliveries`)).json();
      return (
        res.deliveries.length === 6 && res.deliveries.every((d: { status: string }) => d.status === 'sent')
      );
    });
    // 5 of Sales and 2 of Finance have the tab open; 3 of Sales acknowledge the item in the tab
    for (const p of [...sales.slice(0, 5), ...finance.slice(0, 2)])
      assert.equal((await world.api('POST', '/insights/heartbeat', { as: p })).status, 202);
    for (const p of sales.slice(0, 3))
      assert.equal((await world.api('POST', `/news/${newsId}/acknowledge`, { as: p, body: {} })).status, 200);
    // 5 of Sales (already active) answer the satisfaction survey: 4 out of 5, all promoters
    const survey = await world.api('POST', '/surveys', { body: { template: 'satisfaction', locale: 'en' } });
    const surveyId = (await survey.json()).id;
    for (const p of sales.slice(0, 5)) {
      const answered = await world.api('POST', `/surveys/${surveyId}/answers`, {
        as: p,
        body: { answers: { frequency: 'daily', satisfaction: 4, recommend: 9 } },
      });
      assert.equal(answered.status, 200, await answered.clone().text());
    }
    // the event log writes on the next turn: wait for every event before rolling the day up
    await until(async () => {
      const rows = await world.relais.core.store.db
        .selectFrom('events')
        .select('id')
        .where('type', '=', 'news.acknowledged')
        .execute();
      return rows.length === 3;
    });
    day = dayOf(new Date());
    const rolled = await world.api('POST', '/insights/rollups', { body: { day } });
    assert.equal(rolled.status, 200, await rolled.clone().text());
    fs.mkdirSync(screenshots, { recursive: true });
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  after(async () => {
    await browser?.close();
    await world?.close();
  });

  async function signedIn(width: number, locale: 'en' | 'fr'): Promise<Page> {
    context = await newHermeticContext(browser, {
      locale: locale === 'fr' ? 'fr-FR' : 'en-GB',
      viewport: { width, height: 900 },
      acceptDownloads: true,
    });
    const p = await context.newPage();
    await p.goto(`${world.relais.url}/tabs/`);
    await p.getByLabel(locale === 'fr' ? 'Clé d’API' : 'API key').fill(API_KEY);
    await p.getByRole('button', { name: locale === 'fr' ? 'Se connecter' : 'Sign in' }).click();
    await p.getByRole('heading', { level: 1 }).first().waitFor();
    return p;
  }

  const headline = async (p: Page, key: string) =>
    // Intl puts a narrow no-break space before % in French
    (await p.getByTestId(`headline-${key}`).getByTestId('headline-value').textContent())
      ?.replace(/\s/g, ' ')
      .trim();

  /** opens the dashboard from the home page's card, and says how long the first figures took */
  async function openDashboard(p: Page, name: string): Promise<void> {
    const started = Date.now();
    await p.getByTestId('feature-insights').getByRole('link', { name }).first().click();
    await p.getByTestId('headline-people').waitFor();
    await p.locator('[data-testid="chart-trend"] svg').first().waitFor();
    console.log(
      `      first render of the dashboard (click to figures and chart): ${Date.now() - started} ms`,
    );
  }

  it('shows the seeded figures, a bar, the item, a CSV and the filters at 1280 px', async () => {
    const p = await signedIn(1280, 'en');
    await openDashboard(p, 'Adoption dashboard');
    // the week containing today holds only today's figures
    assert.equal(await headline(p, 'people'), '16');
    assert.equal(await headline(p, 'active'), '7');
    // 7 / 16, rounded to 0.4375 by the server
    assert.equal(await headline(p, 'connectionRate'), '43.8%');
    assert.match((await p.getByTestId('headline-tabMinutes').textContent()) ?? '', /approximate/);
    const satisfaction = (await p.getByTestId('headline-satisfaction').textContent()) ?? '';
    assert.match(satisfaction, /Satisfaction: Your opinion of Relais/);
    assert.match(satisfaction, /4 \/ 5.*NPS 100 · 5 answers.*First satisfaction survey/);

    // the departments chart and its data table: Finance 5 people, 2 active; Tiny joins "Other"
    await p.locator('[data-testid="chart-departments"] svg').waitFor();
    const departments = p.getByTestId('insights-departments');
    await departments.getByText('Show as a table').click();
    const finance = p
      .getByTestId('insights-table-departments')
      .locator('tbody tr')
      .filter({ hasText: 'Finance' });
    assert.deepEqual(
      (await finance.locator('td').allTextContents()).slice(0, 4).map((s) => s.trim()),
      ['Finance', '5', '2', '40%'],
    );
    const other = p
      .getByTestId('insights-table-departments')
      .locator('tbody tr')
      .filter({ hasText: 'Other' });
    assert.equal(await other.count(), 1);

    // the strategic item: 6 delivered, 3 acknowledged
    const item = p
      .getByTestId('insights-table-items')
      .locator('tbody tr')
      .filter({ hasText: 'Safety procedure' });
    await item.waitFor();
    const cells = (await item.locator('td').allTextContents()).map((s) => s.trim());
    assert.deepEqual([cells[2], cells[4], cells[6]], ['6', '3', '50%']);
    await assertAccessible(p, 'adoption dashboard at 1280 px (en)');
    await p.screenshot({ path: path.join(screenshots, 'dashboard-1280-en.png'), fullPage: true });

    // CSV of the departments table, downloaded through the API client
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      departments.getByRole('button', { name: 'Download CSV: By department' }).click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    // a BOM first, for spreadsheets
    assert.match(csv, /^\uFEFFdepartment,people,active,connectionRate,interactionRate\r\n/);
    assert.match(csv, /Finance,5,2,0\.4,/);
    assert.match(download.suggestedFilename(), /^insights-departments-week-\d{4}-\d{2}-\d{2}\.csv$/);

    // filters: the day, then Sales only, then a platform nobody uses here
    const filter = (label: string) => p.getByTestId('insights-filters').getByLabel(label, { exact: true });
    await filter('Period').selectOption('day');
    await filter('Including the day').fill(day);
    await p
      .getByTestId('insights-period')
      .filter({ hasText: new RegExp(`${Number(day.slice(8))}`) })
      .waitFor();
    await filter('Department').selectOption('Sales');
    await until(async () => (await headline(p, 'people').catch(() => undefined)) === '6');
    assert.equal(await headline(p, 'active'), '5');
    assert.equal(await headline(p, 'strategicAcknowledgedRate'), '50%');
    await filter('Platform').selectOption('slack');
    await p.getByTestId('insights-nobody').waitFor();
    await filter('Platform').selectOption('');
    await filter('Department').selectOption('');
    await filter('Member or guest').selectOption('member');
    // Sales and Finance: Tiny's three members are pooled with the two guests, counted in "other" only
    await until(async () => (await headline(p, 'people').catch(() => undefined)) === '11');
    // two guests: hidden, no figure at all
    await filter('Member or guest').selectOption('guest');
    await p.getByTestId('insights-hidden').waitFor();
    assert.equal(await p.getByTestId('headline-people').count(), 0);
  });

  it('reads at 390 px without sideways scrolling, in French, and prints the monthly report', async () => {
    const p = await signedIn(390, 'fr');
    await openDashboard(p, 'Tableau de bord de l’adoption');
    await p.getByRole('heading', { level: 1, name: 'Tableau de bord de l’adoption' }).waitFor();
    assert.equal(await headline(p, 'connectionRate'), '43,8 %');
    assert.match((await p.getByTestId('headline-tabMinutes').textContent()) ?? '', /approximatif/);
    await p.getByTestId('insights-sites').getByText('Afficher sous forme de tableau').click();
    await p.getByTestId('insights-table-sites').locator('tbody tr').filter({ hasText: 'Lyon' }).waitFor();
    assert.ok(
      await p.evaluate(() => document.documentElement.scrollWidth <= 390),
      'nothing scrolls sideways',
    );
    await assertAccessible(p, 'adoption dashboard at 390 px (fr)');
    await p.screenshot({ path: path.join(screenshots, 'dashboard-390-fr.png'), fullPage: true });

    const month = day.slice(0, 7);
    await p.goto(`${world.relais.url}/tabs/#/insights/report?month=${month}`);
    await p.getByTestId('insights-report').getByTestId('headline-people').waitFor();
    assert.equal(await headline(p, 'people'), '16');
    await p.locator('[data-testid="chart-departments"] svg').waitFor();
    // every table open in the report, Finance's bar among them
    await p
      .getByTestId('insights-table-departments')
      .locator('tbody tr')
      .filter({ hasText: 'Finance' })
      .waitFor();
    await assertAccessible(p, 'monthly report at 390 px (fr)');
    // A4 at 96 dpi, as printed
    await p.setViewportSize({ width: 794, height: 1123 });
    await p.emulateMedia({ media: 'print' });
    assert.equal(await p.locator('header').first().isVisible(), false, 'the banner is not printed');
    await p.pdf({ path: path.join(screenshots, 'report-fr.pdf'), format: 'A4' }).catch(() => undefined);
    await p.screenshot({ path: path.join(screenshots, 'report-print-fr.png'), fullPage: true });

    const sizes = jsSizes();
    console.log(
      `      JS: first load ${(sizes.first / 1024).toFixed(1)} KiB; insights pages ${(sizes.insights / 1024).toFixed(1)} KiB; echarts chunk ${(sizes.echarts / 1024).toFixed(1)} KiB (uncompressed)`,
    );
  });
});

describeWithChromium('adoption dashboard in the Teams tab', function () {
  this.timeout(60_000);

  let keyServer: KeyServer;
  let host: FakeTeamsHost;
  let relais: TestRelais;
  let browser: Browser;
  let context: BrowserContext | undefined;
  const user = (n: number, name: string): FakeTeamsUser => ({
    oid: `33333333-3333-4333-8333-00000000000${n}`,
    tid: tenantId,
    name,
    upn: `${name.split(' ')[0]!.toLowerCase()}@contoso.test`,
  });

  before(async function () {
    this.timeout(120_000);
    await ensureTabsBuilt();
    keyServer = await startKeyServer();
    host = await startFakeTeamsHost({
      issueToken: (u) =>
        keyServer.sign({ aud: ssoClientId, tid: u.tid, oid: u.oid, name: u.name, preferred_username: u.upn }),
    });
    relais = await startTestRelais({
      TAB_SSO_CLIENT_ID: ssoClientId,
      TAB_SSO_ISSUER: keyServer.issuer,
      TAB_SSO_JWKS_URL: keyServer.jwksUrl,
      TAB_ALLOWED_HOST_ORIGINS: host.origin,
      DEFAULT_LOCALE: 'en',
    });
    browser = await launchChromium();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  after(async () => {
    await browser?.close();
    await relais?.close();
    await host?.close();
    await keyServer?.close();
  });

  async function tabAt(hash: string, u: FakeTeamsUser, locale: string): Promise<Frame> {
    context = await newHermeticContext(browser, { locale: 'en-US', viewport: { width: 1100, height: 800 } });
    const p = await context.newPage();
    await p.goto(host.pageUrl({ tabUrl: `${relais.url}/tabs/?inTeams=1${hash}`, locale, user: u }));
    const frame = await (await p.waitForSelector('iframe#tab')).contentFrame();
    assert.ok(frame, 'the host page has no tab frame');
    return frame;
  }

  it('opens for a communicator, and tells a member in French that it is not for them', async () => {
    const carla = user(1, 'Carla Comms');
    const known = await relais.core.people.signIn({
      tenantId,
      aadObjectId: carla.oid,
      displayName: carla.name,
    });
    await relais.core.people.grant(known.id, 'communicator');
    const tab = await tabAt('#/insights', carla, 'en-us');
    await tab.getByRole('heading', { level: 1, name: 'Adoption dashboard' }).waitFor();
    await tab.getByTestId('insights-period').waitFor();
    assert.equal(await tab.getByTestId('insights-forbidden').count(), 0);
    await assertAccessible(tab, 'adoption dashboard in the Teams tab (en)');

    const member = await tabAt('#/insights', user(2, 'Marc Member'), 'fr-fr');
    await member.getByTestId('insights-forbidden').waitFor();
    assert.match(
      (await member.getByTestId('insights-forbidden').textContent()) ?? '',
      /réservé aux communicants et aux administrateurs/,
    );
    await assertAccessible(member, 'adoption dashboard refused to a member in the Teams tab (fr)');
  });
});
