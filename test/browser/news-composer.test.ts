/**
 * The news composer in Debian's Chromium (standalone console, API key): the live preview draws
 * the Teams rendering with Microsoft's official `adaptivecards` renderer and the Slack rendering
 * from the Block Kit blocks, both from the neutral card the server builds (POST
 * /api/v1/news/preview), and both follow what the author types; publishing opens the progress
 * view. Each page (composer, progress, edit, list) passes the accessibility check (axe-core, WCAG 2
 * A/AA). Screenshots go to test-results/news/.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { pollUntil } from '../harness/eventually.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../harness/fake-teams-connector.js';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { assertAccessible } from './accessibility.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const screenshots = path.resolve('test-results/news');
const apiKey = 'relais-news-browser-key';

describeWithChromium('news composer in Chromium', function () {
  this.timeout(90_000);

  let relais: TestRelais;
  let connector: FakeTeamsConnector;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async function () {
    this.timeout(120_000);
    await ensureTabsBuilt();
    connector = await startFakeTeamsConnector();
    relais = await startTestRelais({
      RELAIS_API_KEYS: apiKey,
      TEAMS_SERVICE_URL: connector.url,
      DEFAULT_LOCALE: 'en',
    });
    // one reader on Teams: the strategic item reaches her, and she has not acknowledged it
    await relais.core.people.learn(
      { platform: 'teams', tenantId: 'tenant-news-browser', userId: '29:reader', aadObjectId: 'aad-reader' },
      { displayName: 'Rita Reader', email: 'rita@news.test' },
    );
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });
    context = await newHermeticContext(browser, { locale: 'en-US', viewport: { width: 1300, height: 900 } });
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
    await connector?.close();
  });

  const teams = (): Locator => page.getByTestId('teams-preview');
  const slack = (): Locator => page.getByTestId('slack-preview');
  /** waits until the locator's text satisfies `ok` (the preview is debounced and fetched) */
  const textUntil = (locator: Locator, ok: (text: string) => boolean) =>
    pollUntil(async () => (await locator.textContent()) ?? '', ok, { intervalMs: 100 });

  it('renders the Adaptive Card with the official renderer and follows the title as it is typed', async () => {
    await page.getByLabel('Title').fill('Canteen opens');
    await textUntil(teams(), (t) => t.includes('Canteen opens'));
    // the official renderer's own markup, not ours
    assert.equal(await teams().locator('.ac-adaptiveCard').count(), 1);
    assert.ok((await teams().locator('.ac-textBlock').count()) >= 2, 'heading and context line');

    await page.getByLabel('Title').fill('Canteen opens on Monday');
    await textUntil(teams(), (t) => t.includes('Canteen opens on Monday'));
    await textUntil(slack(), (t) => t.includes('Canteen opens on Monday'));
  });

  it('shows the body markdown as formatting in both renderings', async () => {
    await page.getByLabel('Body').fill('Come **early**, seats are _limited_.');
    await pollUntil(
      () => teams().locator('strong').count(),
      (n) => n > 0,
      { intervalMs: 100 },
    );
    assert.equal(await teams().locator('strong').first().textContent(), 'early');
    // Slack's mrkdwn: *bold*, _italic_ → drawn as bold and italic
    await pollUntil(
      () => slack().locator('b').count(),
      (n) => n > 0,
      { intervalMs: 100 },
    );
    assert.equal(await slack().locator('b').first().textContent(), 'early');
    assert.equal(await slack().locator('i').first().textContent(), 'limited');
    assert.equal(await slack().locator('[data-block="header"]').textContent(), 'Canteen opens on Monday');
    await assertAccessible(page, 'composer with both previews drawn (en)');
  });

  it('adds the "I have read it" button on both sides when the item is strategic', async () => {
    assert.equal(await teams().locator('.ac-pushButton').count(), 0);
    await page.getByLabel('Strategic: ask every recipient to confirm they have read it').check();
    await pollUntil(
      () => teams().locator('.ac-pushButton').count(),
      (n) => n > 0,
      { intervalMs: 100 },
    );
    assert.match((await teams().locator('.ac-pushButton').first().textContent()) ?? '', /I have read it/);
    await textUntil(slack().locator('[data-block="actions"]'), (t) => t.includes('I have read it'));
  });

  it('previews the French variant with the French card wording', async () => {
    await page
      .getByRole('radiogroup', { name: 'Language of the text you are writing' })
      .getByRole('radio', { name: 'Français' })
      .check();
    await page.getByLabel('Title').fill('Le restaurant ouvre lundi');
    const previewTabs = page.getByRole('radiogroup', { name: 'Language of the preview' });
    await pollUntil(
      () => previewTabs.getByRole('radio', { name: 'Français' }).isDisabled(),
      (disabled) => !disabled,
      { intervalMs: 100 },
    );
    await previewTabs.getByRole('radio', { name: 'Français' }).check();
    await textUntil(teams(), (t) => t.includes('Le restaurant ouvre lundi') && t.includes('J’ai lu'));
    await textUntil(slack(), (t) => t.includes('Le restaurant ouvre lundi'));
    await page.screenshot({ path: path.join(screenshots, 'composer-preview.png'), fullPage: true });
    await assertAccessible(page, 'composer previewing the French variant, strategic (en)');
  });

  it('publishes to everyone, once the count is confirmed, and opens the progress view', async () => {
    await page.getByRole('switch', { name: 'Everyone in the organisation' }).check();
    await page.getByTestId('audience-reach').getByText('1 person').waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    // everyone always asks, naming the count
    const confirm = page.getByTestId('audience-confirm');
    // one person, said as one (Intl.PluralRules), in the title, the text and the button
    await confirm.getByText('Send to 1 person?').waitFor();
    await confirm.getByText('This goes to everyone in the organisation: 1 person.').waitFor();
    await confirm.getByRole('button', { name: 'Send to 1 person' }).click();
    await page.getByTestId('news-progress').waitFor();
    await pollUntil(
      async () => (await page.getByTestId('news-progress').textContent()) ?? '',
      (t) => /Published|Sending/.test(t),
      { intervalMs: 200 },
    );
    const id = /#\/news\/([\w-]+)$/.exec(page.url())?.[1];
    assert.ok(id, `the URL names the item: ${page.url()}`);
    const item = await (
      await fetch(`${relais.url}/api/v1/news/${id}`, { headers: { 'X-Api-Key': apiKey } })
    ).json();
    assert.equal(item.variants.en.title, 'Canteen opens on Monday');
    assert.equal(item.variants.fr.title, 'Le restaurant ouvre lundi');
    assert.equal(item.strategic, true);
    assert.equal(item.audience.everyone, true);
    // strategic: who got it and has not acknowledged it, with the platform it reached them on
    const pending = page.getByTestId('news-pending');
    // the send runs through the pacer and the job queue: on a busy machine that takes a while
    await pending.getByText('Not acknowledged yet (1)').waitFor({ timeout: 40_000 });
    const reader = pending.getByRole('row').filter({ hasText: 'Rita Reader' });
    assert.deepEqual(await reader.getByRole('cell').allTextContents(), [
      'Rita Reader <rita@news.test>',
      '',
      'Teams',
    ]);
    await page.screenshot({ path: path.join(screenshots, 'progress.png'), fullPage: true });
    await assertAccessible(page, 'progress view of a strategic item (en)');

    // the delivery list's CSV comes through the API with the session's key
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `news-${id}-deliveries.csv`);
    const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
    assert.match(csv.split('\r\n')[0] ?? '', /status/);
  });

  it('edits the published item (content only) and recalls it from the progress view', async () => {
    const id = /#\/news\/([\w-]+)$/.exec(page.url())?.[1];
    const read = async () =>
      (await fetch(`${relais.url}/api/v1/news/${id}`, { headers: { 'X-Api-Key': apiKey } })).json();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit the news item' }).waitFor();
    await page.getByText('This item is already out').waitFor();
    await pollUntil(
      () => page.getByLabel('Title').inputValue(),
      (v) => v === 'Canteen opens on Monday',
    );
    await assertAccessible(page, 'editing a published item (en)');
    await page.getByLabel('Title').fill('Canteen opens on Tuesday');
    await page.getByRole('button', { name: 'Save and update every copy' }).click();
    await page.getByTestId('news-progress').waitFor();
    const edited = await pollUntil(read, (i) => i.variants.en.title === 'Canteen opens on Tuesday', {
      intervalMs: 100,
    });
    assert.equal(edited.variants.fr.title, 'Le restaurant ouvre lundi', 'the other language kept');

    // recall asks first
    await page.getByRole('button', { name: 'Recall everywhere' }).click();
    await page.getByTestId('confirm').getByRole('button', { name: 'Recall everywhere' }).click();
    await pollUntil(read, (i) => i.status === 'recalled', { intervalMs: 100 });
    await page.getByTestId('news-progress').getByText('Recalled').first().waitFor();

    await page.evaluate(() => {
      window.location.hash = '#/news';
    });
    await page.getByRole('link', { name: 'Canteen opens on Tuesday' }).waitFor();
    await assertAccessible(page, 'news list (en)');
  });

  it('schedules at a local time in the chosen time zone, and cancelling puts it back to draft', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/news/new';
    });
    await page.getByRole('heading', { level: 1, name: 'Write a news item' }).waitFor();
    await page.getByLabel('Title').fill('Planned item');
    await page.getByLabel('Time zone').selectOption('Europe/Paris');
    await page.getByLabel('Publish at a date and time').check();
    await page.getByLabel('Publication date and time (Europe/Paris)').fill('2030-07-01T09:00');
    await page.getByRole('switch', { name: 'Everyone in the organisation' }).check();
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByTestId('audience-confirm').getByRole('button', { name: 'Send to 1 person' }).click();
    await page.getByTestId('news-progress').getByText('Scheduled').first().waitFor();
    const id = /#\/news\/([\w-]+)$/.exec(page.url())?.[1];
    const read = async () =>
      (await fetch(`${relais.url}/api/v1/news/${id}`, { headers: { 'X-Api-Key': apiKey } })).json();
    const item = await read();
    assert.equal(item.status, 'scheduled');
    // 09:00 in Paris in July is 07:00 UTC
    assert.equal(item.publishAt, '2030-07-01T07:00:00.000Z');

    await page.getByRole('button', { name: 'Cancel the publication (back to draft)' }).click();
    await page.getByTestId('confirm').getByText('The item goes back to draft.').waitFor();
    await page
      .getByTestId('confirm')
      .getByRole('button', { name: 'Cancel the publication (back to draft)' })
      .click();
    await pollUntil(read, (i) => i.status === 'draft', { intervalMs: 100 });
  });
});
