/**
 * The polls console in Chromium (standalone, signed in with an API key): a poll created from the
 * form, its live results page catching up with votes cast meanwhile (the page reads the REST
 * results every few seconds), the satisfaction survey created from the template and listed, a quiz
 * created from its form; each page passes the accessibility check (axe-core, WCAG 2 A/AA).
 * Screenshots go to test-results/polls-console/.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { assertAccessible } from './accessibility.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const screenshots = path.resolve('test-results/polls-console');
const apiKey = 'relais-polls-browser-key';

describeWithChromium('polls console in Chromium', function () {
  this.timeout(60_000);

  let relais: TestRelais;
  let browser: Browser;
  let context: BrowserContext;

  before(async function () {
    this.timeout(120_000);
    await ensureTabsBuilt();
    relais = await startTestRelais({ RELAIS_API_KEYS: apiKey, DEFAULT_LOCALE: 'en' });
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await relais?.close();
  });

  afterEach(async () => {
    await context?.close();
  });

  async function signedIn(): Promise<Page> {
    context = await newHermeticContext(browser, { locale: 'en-US', viewport: { width: 1200, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${relais.url}/tabs/`);
    await p.getByLabel('API key').fill(apiKey);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { level: 1, name: 'Welcome to Relais' }).waitFor();
    return p;
  }

  /** Signed in, on the creation form of a survey or a quiz, which passes the accessibility check. */
  async function creationForm(kind: 'survey' | 'quiz', heading: string): Promise<Page> {
    const p = await signedIn();
    await p.goto(`${relais.url}/tabs/#/polls/new/${kind}`);
    await p.getByRole('heading', { level: 1, name: heading }).waitFor();
    await assertAccessible(p, `new ${kind} form (en)`);
    return p;
  }

  const shot = (p: Page, name: string) =>
    p.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });

  it('creates a poll from the console and shows its results as votes come in', async () => {
    const p = await signedIn();
    await p.getByTestId('feature-polls').getByRole('link', { name: 'New poll' }).click();
    await p.getByRole('heading', { level: 1, name: 'New poll' }).waitFor();
    await assertAccessible(p, 'new poll form (en)');
    await p.getByLabel('Question').fill('Lunch at noon?');
    await p.getByLabel('Options (one per line, 2 to 10)').fill('Yes\nNo\nMaybe');
    await p.getByRole('button', { name: 'Create' }).click();
    await p.getByRole('heading', { level: 1, name: 'Lunch at noon?' }).waitFor();
    await p.getByTestId('poll-voters').getByText('0 voter(s)').waitFor();

    const { polls } = await (
      await fetch(`${relais.url}/api/v1/polls`, { headers: { Authorization: `Bearer ${apiKey}` } })
    ).json();
    assert.equal(polls.length, 1);
    const poll = polls[0];
    assert.deepEqual(
      poll.options.map((o: { label: string }) => o.label),
      ['Yes', 'No', 'Maybe'],
    );
    // two people vote in chat meanwhile; the open page catches up by itself
    for (const [i, choice] of [0, 2].entries()) {
      const voter = await relais.core.people.learn(
        { platform: 'slack', tenantId: 'T0BROWSER', userId: `U0VOTER${i}` },
        { displayName: `Voter ${i}`, email: `voter${i}@polls.test` },
      );
      await relais.core.polls.vote(poll.id, voter, [poll.options[choice].id]);
    }
    await p.getByTestId('poll-voters').getByText('2 voter(s)').waitFor({ timeout: 15_000 });
    const bars = p.getByTestId('result-option');
    assert.equal(await bars.count(), 3);
    await bars.filter({ hasText: 'Yes — 1' }).waitFor();
    await bars.filter({ hasText: 'Maybe — 1' }).waitFor();
    await shot(p, 'poll-results');
    await assertAccessible(p, 'poll results (en)');

    await p.getByRole('link', { name: 'All polls, surveys and quizzes' }).click();
    await p.getByTestId('polls-list-poll').getByRole('link', { name: 'Lunch at noon?' }).waitFor();
    await assertAccessible(p, 'polls list (en)');
  });

  it('creates the satisfaction survey from the template and lists it', async () => {
    const p = await creationForm('survey', 'New survey');
    await p.getByLabel('Start from').selectOption('satisfaction');
    await p.getByLabel('Language', { exact: true }).selectOption('fr');
    await p.getByRole('button', { name: 'Create' }).click();
    await p.getByRole('heading', { level: 1, name: 'Votre avis sur Relais' }).waitFor();
    await p.getByTestId('survey-respondents').getByText('0 respondent(s)').waitFor();
    await shot(p, 'survey-results');
    await assertAccessible(p, 'survey results (en)');
    await p.getByRole('link', { name: 'All polls, surveys and quizzes' }).click();
    await p.getByTestId('polls-list-survey').getByRole('link', { name: 'Votre avis sur Relais' }).waitFor();
  });

  it('says in words when a results page has nothing to show, not the raw server text', async () => {
    const p = await signedIn();
    for (const kind of ['poll', 'survey', 'quiz']) {
      await p.goto(`${relais.url}/tabs/#/polls/${kind}/no-such-${kind}`);
      await p.getByText('This no longer exists, or is not yours to see.').waitFor();
    }
  });

  it('creates a quiz from its form and opens its results', async () => {
    const p = await creationForm('quiz', 'New quiz');
    await p.getByLabel('Title').fill('Company trivia');
    await p.getByLabel('Question').fill('Where were we founded?');
    await p.getByLabel('Options (one per line; start the right ones with *)').fill('*Lyon\nParis');
    await p.getByRole('button', { name: 'Create' }).click();
    await p.getByRole('heading', { level: 1, name: 'Company trivia' }).waitFor();
    await p.getByRole('heading', { level: 2, name: 'Where were we founded?' }).waitFor();
    assert.equal(await p.getByTestId('result-option').filter({ hasText: '✓ Lyon' }).count(), 1);
    await shot(p, 'quiz-results');
    await assertAccessible(p, 'quiz results (en)');
  });
});
