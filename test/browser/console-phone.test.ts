/**
 * Every console page at a phone's width (390 px) and a laptop's (1280 px), in Chromium, signed
 * in with an API key, over real data (a news item sent through the fake Teams connector, a poll
 * sent to an audience, a survey, a quiz, the welcome tour): no page scrolls sideways
 * (document.documentElement.scrollWidth <= innerWidth) and axe-core finds nothing serious or
 * critical. Then the progress and results pages and the tour editor as issue 12 asks: counters and
 * delivery list agree without a reload, recall behind a confirmation, platform named, poll
 * participation and reminders, survey preview, tour steps without keys and previewed as cards.
 * Figures printed: first meaningful render of the console and its initial JavaScript (compressed,
 * as transferred). Screenshots go to test-results/console-phone/.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../harness/fake-teams-connector.js';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { axeViolations, describeViolations } from './accessibility.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const screenshots = path.resolve('test-results/console-phone');
const apiKey = 'relais-phone-browser-key';
const TENANT = 'tenant-phone';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
type Json = any;

describeWithChromium('console at 390 px and 1280 px in Chromium', function () {
  this.timeout(120_000);

  let relais: TestRelais;
  let teams: FakeTeamsConnector;
  let browser: Browser;
  let context: BrowserContext | undefined;
  const ids: Record<string, string> = {};

  async function api(method: string, route: string, body?: unknown): Promise<Json> {
    const res = await fetch(`${relais.url}/api/v1${route}`, {
      method,
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    assert.ok(res.ok, `${method} ${route}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }

  async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
    for (let i = 0; i < 300; i++) {
      const value = await probe();
      if (value !== undefined) return value;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  before(async function () {
    this.timeout(180_000);
    await ensureTabsBuilt();
    teams = await startFakeTeamsConnector();
    relais = await startTestRelais({
      RELAIS_API_KEYS: apiKey,
      DEFAULT_LOCALE: 'en',
      TEAMS_SERVICE_URL: teams.url,
      TEAMS_RATE_PER_SECOND: '50',
    });
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });
    // three Teams people in Sales, with a name long enough to test the narrow lists
    for (const [i, name] of ['Alexandrine Montgolfier-Delacroix', 'Bob Jones', 'Chloé Martin'].entries()) {
      const person = await relais.core.people.learn(
        { platform: 'teams', tenantId: TENANT, userId: `29:phone${i}`, aadObjectId: `aad-phone${i}` },
        { displayName: name, email: `p${i}@phone.test` },
      );
      await relais.core.store.db
        .updateTable('people')
        .set({ department: 'Sales' })
        .where('id', '=', person.id)
        .execute();
    }
    // a channel the bot is in, as the Teams adapter saves it on activity (names from channelData)
    await relais.core.conversations.save({
      platform: 'teams',
      tenantId: TENANT,
      conversationId: '19:announce@thread.tacv2',
      kind: 'channel',
      personId: null,
      reference: {
        channelId: 'msteams',
        serviceUrl: teams.url,
        bot: { id: '28:relais-test-bot', name: 'Relais' },
        conversation: {
          id: '19:announce@thread.tacv2',
          conversationType: 'channel',
          tenantId: TENANT,
          name: 'Announcements',
        },
        teamName: 'Sales team',
      },
    });
    const news = await api('POST', '/news', {
      variants: {
        en: {
          title: 'Canteen reopens with a much longer title than usual to wrap on a phone',
          summary: 'Monday.',
          body: 'A **new** menu.',
          buttons: [],
        },
        fr: { title: 'La cantine rouvre', summary: 'Lundi.', body: 'Menu.', buttons: [] },
      },
      audience: { departments: ['Sales'] },
      strategic: true,
    });
    ids.news = news.id;
    await api('POST', `/news/${news.id}/publish`, {});
    await until(async () => {
      const stats = await api('GET', `/news/${news.id}/stats`);
      return stats.deliveries.done && stats.deliveries.total === 3 ? stats : undefined;
    }, 'the news deliveries');
    const poll = await api('POST', '/polls', {
      poll: { question: 'Lunch at noon?', options: ['Yes', 'No'] },
      target: { audience: { departments: ['Sales'] } },
    });
    ids.poll = poll.poll.id;
    await until(async () => {
      const r = await api('GET', `/polls/${poll.poll.id}/results`);
      return r.recipients === 3 ? r : undefined;
    }, 'the poll deliveries');
    ids.survey = (
      await api('POST', '/surveys', {
        title: 'Pulse',
        locale: 'en',
        questions: [
          { kind: 'single', label: 'Happy here?', options: ['Very much so', 'Not really'] },
          { kind: 'score', label: 'Would you recommend us?' },
        ],
      })
    ).id;
    ids.quiz = (
      await api('POST', '/quizzes', {
        title: 'Trivia',
        locale: 'en',
        questions: [
          {
            label: 'Where were we founded?',
            options: [{ label: 'Lyon', correct: true }, { label: 'Paris' }],
          },
        ],
      })
    ).id;
    const { tours } = await api('GET', '/tours');
    ids.tour = tours[0].id;
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await relais?.close();
    await teams?.close();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  async function assertNoSeriousAxe(p: Page, what: string): Promise<void> {
    const serious = (await axeViolations(p)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious, [], `${what}:\n${describeViolations(serious)}`);
  }

  async function signedIn(width: number, locale: 'en-US' | 'fr-FR' = 'en-US'): Promise<Page> {
    context = await newHermeticContext(browser, { locale, viewport: { width, height: 844 } });
    const p = await context.newPage();
    await p.goto(`${relais.url}/tabs/`);
    await p.getByLabel(locale === 'fr-FR' ? 'Clé d’API' : 'API key').fill(apiKey);
    await p.getByRole('button', { name: locale === 'fr-FR' ? 'Se connecter' : 'Sign in' }).click();
    await p.locator('main h1').first().waitFor();
    return p;
  }

  /** every page of the console, and what shows it is loaded */
  const pages = (): { name: string; hash: string; ready: string }[] => [
    { name: 'home', hash: '#/', ready: 'main h1' },
    { name: 'news list', hash: '#/news', ready: 'main table, main [role="table"]' },
    { name: 'my news', hash: '#/my-news', ready: 'main h1' },
    { name: 'news composer (new)', hash: '#/news/new', ready: '[data-testid="news-preview"]' },
    {
      name: 'news composer (published)',
      hash: `#/news/${ids.news}/edit`,
      ready: '[data-testid="news-preview"]',
    },
    { name: 'news progress', hash: `#/news/${ids.news}`, ready: '[data-testid="deliveries-table"]' },
    { name: 'polls list', hash: '#/polls', ready: '[data-testid="polls-list-poll"]' },
    { name: 'new poll', hash: '#/polls/new/poll', ready: 'main h1' },
    { name: 'new survey', hash: '#/polls/new/survey', ready: '[data-testid="survey-preview"]' },
    { name: 'new quiz', hash: '#/polls/new/quiz', ready: 'main h1' },
    { name: 'poll results', hash: `#/polls/poll/${ids.poll}`, ready: '[data-testid="poll-voters"]' },
    { name: 'survey results', hash: `#/polls/survey/${ids.survey}`, ready: '[data-testid="survey-preview"]' },
    { name: 'quiz results', hash: `#/polls/quiz/${ids.quiz}`, ready: 'main h2' },
    { name: 'tours list', hash: '#/tours', ready: 'main table, main [role="table"]' },
    { name: 'tour editor', hash: `#/tours/${ids.tour}`, ready: '[data-testid="step-1"]' },
    { name: 'new tour', hash: '#/tours/new', ready: '[data-testid="step-1"]' },
    { name: 'tours library', hash: '#/tours/library', ready: 'main h1' },
  ];

  /** the widest elements past the right edge, to say what scrolls */
  const overflowing = (p: Page) =>
    p.evaluate(() => {
      const limit = window.innerWidth;
      // inside a box that scrolls sideways on purpose (a wide card preview) is fine
      const scrollers = [...document.querySelectorAll('body *')].filter((el) =>
        ['auto', 'scroll'].includes(getComputedStyle(el).overflowX),
      );
      return [...document.querySelectorAll('body *')]
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(
          ({ el, box }) =>
            box.width > 1 && box.right > limit + 1 && !scrollers.some((s) => s !== el && s.contains(el)),
        )
        .map(({ el, box }) => ({ el, right: box.right }))
        .sort((a, b) => b.right - a.right)
        .slice(0, 5)
        .map(
          ({ el, right }) =>
            `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} → ${Math.round(right)}px`,
        );
    });

  for (const width of [390, 1280]) {
    it(`shows every page without sideways scrolling and without serious axe findings at ${width} px`, async () => {
      const p = await signedIn(width);
      const problems: string[] = [];
      for (const page of pages()) {
        await p.goto(`${relais.url}/tabs/${page.hash}`);
        await p.locator(page.ready).first().waitFor({ timeout: 20_000 });
        // what loads after the first answer (previews, live counts) is part of the page
        await p.waitForLoadState('networkidle');
        const serious = (await axeViolations(p)).filter(
          (v) => v.impact === 'serious' || v.impact === 'critical',
        );
        if (serious.length > 0) problems.push(`${page.name}: axe\n${describeViolations(serious)}`);
        const { scrollWidth, innerWidth } = await p.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        // content clipped by an overflow rule scrolls nowhere but is cut off just the same
        const beyond = await overflowing(p);
        if (scrollWidth > innerWidth || beyond.length > 0) {
          problems.push(
            `${page.name}: ${scrollWidth}px wide > ${innerWidth}px\n    ${beyond.join('\n    ')}`,
          );
        }
        await p.screenshot({
          path: path.join(screenshots, `${width}-${page.name.replace(/\W+/g, '-')}.png`),
          fullPage: true,
        });
      }
      assert.deepEqual(problems, [], `at ${width} px:\n${problems.join('\n')}`);
    });
  }

  it('renders the console quickly with a small initial script (figures printed)', async () => {
    context = await newHermeticContext(browser, { locale: 'en-US', viewport: { width: 390, height: 844 } });
    const p = await context.newPage();
    // when the first heading appears: the first meaningful render (the sign-in page for a visitor)
    await p.addInitScript(() => {
      const w = window as unknown as { firstRender?: number };
      new MutationObserver((_, observer) => {
        if (document.querySelector('h1')) {
          w.firstRender = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await p.goto(`${relais.url}/tabs/`);
    await p.locator('h1').first().waitFor();
    const figures = await p.evaluate(() => {
      const firstRender = (window as unknown as { firstRender: number }).firstRender;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (r) => r.initiatorType === 'script' || r.name.endsWith('.js'),
      );
      const before = scripts.filter((r) => r.startTime <= firstRender);
      return {
        firstRender,
        bytes: before.reduce((sum, r) => sum + r.encodedBodySize, 0),
        decoded: before.reduce((sum, r) => sum + r.decodedBodySize, 0),
        files: before.length,
        names: before.map((r) => `${r.name.split('/').pop()} ${r.encodedBodySize}`),
      };
    });
    console.log(
      `      first meaningful render ${Math.round(figures.firstRender)} ms; initial JavaScript ${(figures.bytes / 1024).toFixed(1)} kB compressed (${(figures.decoded / 1024).toFixed(1)} kB raw, ${figures.files} files)`,
    );
    // which files, compressed bytes each: where to cut when the figure grows
    console.log(`      initial scripts: ${figures.names.join(', ')}`);
    assert.ok(figures.bytes > 0 && figures.bytes < figures.decoded, 'the scripts came compressed');
    assert.ok(figures.bytes <= 250 * 1024, `initial JavaScript ${figures.bytes} bytes > 250 kB`);
  });

  it('keeps the progress counters and the delivery list in step, names the platform, recalls only once confirmed', async () => {
    // a send Teams paces (429 beyond one call a second): the page is open while it runs
    teams.rateLimit({ perSecond: 1, retryAfterSeconds: 1 });
    const news = await api('POST', '/news', {
      variants: { en: { title: 'Paced news', summary: '', body: 'Slowly.', buttons: [] } },
      audience: { departments: ['Sales'] },
    });
    try {
      await api('POST', `/news/${news.id}/publish`, {});
      const p = await signedIn(390);
      await p.goto(`${relais.url}/tabs/#/news/${news.id}`);
      const list = p.getByTestId('deliveries-table');
      await list.waitFor();
      // once the counters say it is over, the list says so too, without a reload
      await p.getByText('Delivery finished.').waitFor({ timeout: 30_000 });
      const rows = list.locator('tbody tr');
      await until(
        async () =>
          (await rows.allInnerTexts()).filter((t) => /Sent/.test(t)).length === 3 ? true : undefined,
        'the list to show 3 sent',
      );
      for (const text of await rows.allInnerTexts()) assert.match(text, /Teams/);
      await p.getByTestId('delivery-counts').getByText('Sent').waitFor();

      // recall is not the primary action, and asks first
      const recall = p.getByTestId('news-recall');
      assert.doesNotMatch((await recall.getAttribute('class')) ?? '', /primary/);
      await recall.click();
      const confirm = p.getByTestId('confirm');
      await confirm.getByText(/Every delivered copy is replaced/).waitFor();
      await assertNoSeriousAxe(p, 'progress page asking to confirm the recall');
      await confirm.getByRole('button', { name: 'Keep it' }).click();
      await confirm.waitFor({ state: 'detached' });
      assert.equal((await api('GET', `/news/${news.id}`)).status, 'published');
      await recall.click();
      await p.getByTestId('confirm').getByRole('button', { name: 'Recall everywhere' }).click();
      await p
        .getByText(/^Recalled/)
        .first()
        .waitFor();
      assert.equal((await api('GET', `/news/${news.id}`)).status, 'recalled');
      await recall.waitFor({ state: 'detached' });
      // the page stays readable: found by its role, nothing left hidden from screen readers
      await p.getByRole('button', { name: 'Back to the news' }).waitFor();
    } finally {
      teams.rateLimit(undefined);
    }
  });

  it('shows poll participation and reminds non-voters; previews a survey; a test needs a person', async () => {
    const p = await signedIn(390);
    await p.goto(`${relais.url}/tabs/#/polls/poll/${ids.poll}`);
    await p.getByTestId('poll-voters').getByText('0 voter(s) of 3 recipient(s): 0% participation').waitFor();
    await p.getByTestId('poll-remind').click();
    await p
      .getByTestId('poll-notice')
      .getByText('3 reminder(s) sent to people who have not voted.')
      .waitFor();
    // "post to another channel": chosen among the channels the bot is in, by name
    const elsewhere = p.getByTestId('post-elsewhere');
    const choice = elsewhere.getByLabel('Conversation', { exact: true });
    await choice
      .locator('option', { hasText: 'Teams · Sales team › Announcements' })
      .waitFor({ state: 'attached' });
    // an administrator (an API key here) may still type ids, behind its own choice
    assert.equal(await elsewhere.getByLabel('Conversation or channel id').count(), 0);
    await choice.selectOption({ label: 'Teams · Sales team › Announcements' });
    const before = teams.sentActivities().length;
    await elsewhere.getByRole('button', { name: 'Post', exact: true }).click();
    await elsewhere.getByText('Posted. Votes there add to these results.').waitFor();
    assert.ok(
      teams
        .sentActivities()
        .slice(before)
        .some(
          (r) =>
            r.path.includes(encodeURIComponent('19:announce@thread.tacv2')) ||
            r.path.includes('19:announce@thread.tacv2'),
        ),
      'posted into the channel',
    );
    await choice.selectOption({ label: 'Another conversation, by its ids…' });
    await elsewhere.getByLabel('Conversation or channel id').waitFor();
    // signed in with an API key: nobody to send a test to, said in words
    await p.getByTestId('test-send').getByRole('button', { name: 'Send me a test' }).click();
    await p.getByTestId('test-send-notice').waitFor();
    assert.match((await p.getByTestId('test-send-notice').textContent()) ?? '', /signed-in person/);

    await p.goto(`${relais.url}/tabs/#/polls/survey/${ids.survey}`);
    const preview = p.getByTestId('survey-preview');
    await preview.getByText('Happy here?').waitFor();
    await preview.getByText('Very much so').waitFor();
    await preview.getByText('Would you recommend us?').waitFor();

    await p.goto(`${relais.url}/tabs/#/polls/new/survey`);
    await p.getByLabel('Title').fill('Draft pulse');
    await p.getByTestId('survey-preview').getByText('Draft pulse').waitFor();
  });

  it('edits a tour in French without keys, schedules in French, and previews a step as Teams and Slack cards', async () => {
    const p = await signedIn(390, 'fr-FR');
    await p.goto(`${relais.url}/tabs/#/tours/new`);
    const step1 = p.getByTestId('step-1');
    await step1.waitFor();
    assert.equal(await p.getByText('Clé', { exact: true }).count(), 0);
    assert.equal(await step1.getByTestId('step-schedule').inputValue(), 'premier contact');
    await p.getByRole('button', { name: 'Ajouter une étape' }).click();
    assert.equal(await p.getByTestId('step-2').getByTestId('step-schedule').inputValue(), 'jour 2');
    await step1.getByTestId('step-title-fr').fill('Bienvenue chez nous');
    // "only after" names the earlier step by its title
    const onlyAfter = p.getByTestId('step-2').getByTestId('step-only-after');
    assert.match((await onlyAfter.textContent()) ?? '', /Étape 1 : Bienvenue chez nous/);
    await step1.getByTestId('step-preview-toggle').click();
    const preview = step1.getByTestId('step-preview');
    await preview.getByText('Bienvenue chez nous').first().waitFor();
    await preview.getByText('Étape 1 sur 2').first().waitFor();
    // the English card of a French-only step: the French content, the English frame
    await preview.getByRole('tab', { name: 'English' }).click();
    await preview.getByText('Step 1 of 2').first().waitFor();
    const { scrollWidth, innerWidth } = await p.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    assert.ok(scrollWidth <= innerWidth, `tour editor with its preview: ${scrollWidth}px > ${innerWidth}px`);
    await p.screenshot({ path: path.join(screenshots, '390-tour-step-preview-fr.png'), fullPage: true });

    // saved in French only: one language is enough
    await p.getByTestId('step-2').getByTestId('step-title-fr').fill('Votre équipe');
    await p.getByTestId('tour-name').fill('Accueil');
    await p.getByTestId('tour-save').click();
    // a new tour opens at its own address once saved
    await p.waitForURL(/#\/tours\/(?!new)[\w-]+$/, { timeout: 10_000 }).catch(async (error) => {
      const shown = await p.locator('[role="alert"], .fui-MessageBar').allInnerTexts();
      throw new Error(`not saved: ${shown.join(' | ')} (${error})`);
    });
    const { tours } = await api('GET', '/tours');
    const saved = tours.find((t: Json) => t.name === 'Accueil');
    assert.deepEqual(
      saved.steps.map((s: Json) => [s.schedule, s.content.fr.title, s.content.en]),
      [
        ['premier contact', 'Bienvenue chez nous', undefined],
        ['jour 2', 'Votre équipe', undefined],
      ],
    );
  });
});
