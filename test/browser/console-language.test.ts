/**
 * The console in the reader's language, in Chromium (standalone, API key): the home page shows the
 * work from GET /api/v1/home (a draft, an open poll, an active tour) in French; the header's
 * language switch turns the console to English and is remembered after a reload; a refused field
 * is said in French on the field itself ("Étape 1, tâche en anglais : obligatoire"); and every
 * console page passes axe-core (WCAG 2 A/AA) with no violation at all.
 * Screenshots go to test-results/console-language/.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { assertAccessible } from './accessibility.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const screenshots = path.resolve('test-results/console-language');
const apiKey = 'relais-language-browser-key';

describeWithChromium('console language, home page and accessibility in Chromium', function () {
  this.timeout(90_000);

  let relais: TestRelais;
  let browser: Browser;
  let context: BrowserContext;
  const ids = { draft: '', published: '', poll: '', tour: '' };

  const api = async (method: string, urlPath: string, body?: unknown) => {
    const response = await fetch(`${relais.url}/api/v1${urlPath}`, {
      method,
      headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: response JSON
    const answer = (await response.json()) as any;
    assert.ok(response.status < 300, JSON.stringify(answer));
    return answer;
  };

  before(async function () {
    this.timeout(120_000);
    await ensureTabsBuilt();
    relais = await startTestRelais({ RELAIS_API_KEYS: apiKey, DEFAULT_LOCALE: 'en' });
    browser = await launchChromium();
    fs.mkdirSync(screenshots, { recursive: true });
    ids.draft = (
      await api('POST', '/news', {
        variants: { fr: { title: 'Cantine rénovée' }, en: { title: 'Canteen renovated' } },
        audience: { everyone: true },
      })
    ).id;
    // one imported person, not met on any platform yet: an audience reaches them, a send to them
    // ends unreachable, and the progress page still has a page to check
    await api('POST', '/people/import', [
      { email: 'lea@language.test', displayName: 'Léa', department: 'Sales' },
    ]);
    ids.published = (
      await api('POST', '/news', {
        variants: { fr: { title: 'Publiée' }, en: { title: 'Published' } },
        audience: { everyone: true },
      })
    ).id;
    await api('POST', `/news/${ids.published}/publish`, {});
    ids.poll = (
      await api('POST', '/polls', { poll: { question: 'Quel jour ?', options: ['Lundi', 'Mardi'] } })
    ).poll.id;
    ids.tour = (
      await api('POST', '/tours', {
        name: 'Accueil des nouveaux',
        status: 'active',
        audience: { who: 'everyone' },
        triggers: ['manual'],
        steps: [
          {
            key: 'hello',
            schedule: 'first contact',
            content: { fr: { title: 'Bonjour' }, en: { title: 'Hello' } },
          },
        ],
      })
    ).id;
  });

  after(async () => {
    await browser?.close();
    await relais?.close();
  });
  afterEach(async () => {
    await context?.close();
  });

  /** a French browser, signed in with the API key, on the home page */
  async function signedIn(): Promise<Page> {
    context = await newHermeticContext(browser, { locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${relais.url}/tabs/`);
    await p.getByLabel('Clé d’API').fill(apiKey);
    await p.getByRole('button', { name: 'Se connecter' }).click();
    await p.getByRole('heading', { level: 1, name: 'Bienvenue dans Relais' }).waitFor();
    return p;
  }

  const shot = (p: Page, name: string) =>
    p.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });

  it('shows the work on the home page, in French, and no feature still to come', async () => {
    const p = await signedIn();
    const drafts = p.getByTestId('home-drafts');
    await drafts.getByRole('link', { name: 'Cantine rénovée' }).waitFor();
    assert.equal(
      await drafts.getByRole('link', { name: 'Cantine rénovée' }).getAttribute('href'),
      `#/news/${ids.draft}/edit`,
      `#/news/${ids.published}`,
    );
    const polls = p.getByTestId('home-polls');
    await polls.getByRole('link', { name: 'Quel jour ?' }).waitFor();
    await polls.getByText('0 votants').waitFor();
    const tour = p
      .getByTestId('home-tours')
      .getByRole('listitem')
      .filter({ hasText: 'Accueil des nouveaux' });
    await tour.getByText('0 parcours terminés sur 0 (0 %)').waitFor();
    // the ready-made tour's two-language name, in the reader's
    await p
      .getByTestId('home-tours')
      .getByRole('link', { name: 'Bienvenue dans Relais', exact: true })
      .waitFor();
    assert.equal(await p.getByText('Bientôt disponible').count(), 0);
    // the extranet groups have their panel, in French
    await p.getByTestId('feature-groups').getByText('Groupes', { exact: true }).first().waitFor();
    await shot(p, 'home-fr');
    await assertAccessible(p, 'home page with the work (fr)');
  });

  it('switches to English from the header and remembers it after a reload', async () => {
    const p = await signedIn();
    await p.getByTestId('home-drafts').getByRole('link', { name: 'Cantine rénovée' }).waitFor();
    await p.getByLabel('Langue d’affichage').selectOption('en');
    await p.getByRole('heading', { level: 1, name: 'Welcome to Relais' }).waitFor();
    assert.equal(await p.evaluate(() => document.documentElement.lang), 'en');
    // the content too: the draft's English title
    await p.getByTestId('home-drafts').getByRole('link', { name: 'Canteen renovated' }).waitFor();
    await p.getByTestId('home-polls').getByText('0 voters').waitFor();

    // the key stays for the tab's session: the reload signs in again by itself
    await p.reload();
    await p.getByRole('heading', { level: 1, name: 'Welcome to Relais' }).waitFor();
    assert.equal(await p.getByLabel('Display language').inputValue(), 'en');
    await shot(p, 'home-en');
    await assertAccessible(p, 'home page (en)');
    await p.getByLabel('Display language').selectOption('fr');
    await p.getByRole('heading', { level: 1, name: 'Bienvenue dans Relais' }).waitFor();
  });

  it('says a refused field in French on the field itself, counting steps from 1', async () => {
    const p = await signedIn();
    await p.goto(`${relais.url}/tabs/#/tours/${ids.tour}`);
    // a French task longer than the API takes (the input sets no maximum, so the browser lets it
    // through and the answer comes from the API)
    const task = p
      .getByTestId('step-1')
      .getByLabel('Tâche (français), rappelée jusqu’à ce qu’elle soit faite');
    await task.waitFor();
    await task.fill('Compléter votre profil '.repeat(10));
    await p.getByTestId('tour-save').click();
    const onField = p.getByTestId('step-1').getByText('Étape 1, tâche en français : au plus 200 caractères');
    await onField.waitFor();
    // the Field ties its message to the input, so a screen reader says it with the field
    const describedBy = (await task.getAttribute('aria-describedby')) ?? '';
    const messageId = await onField.getAttribute('id');
    assert.ok(messageId && describedBy.split(' ').includes(messageId), `${describedBy} / ${messageId}`);
    await p
      .getByText(/^Certains champs sont à corriger : Étape 1, tâche en français : au plus 200 caractères\.$/)
      .waitFor();
    assert.equal(
      await p.getByText(/Invalid|Too small|steps\.0/).count(),
      0,
      'no server English, no raw path',
    );
    await shot(p, 'tour-field-error-fr');
    await assertAccessible(p, 'tour editor with a field error (fr)');
  });

  it('passes axe-core on every console page (0 violations)', async () => {
    const p = await signedIn();
    const pages = [
      '#/',
      '#/news',
      '#/news/new',
      `#/news/${ids.draft}/edit`,
      '#/my-news',
      '#/polls',
      '#/polls/new/poll',
      '#/polls/new/survey',
      '#/polls/new/quiz',
      `#/polls/poll/${ids.poll}`,
      '#/tours',
      '#/tours/new',
      `#/tours/${ids.tour}`,
      '#/tours/library',
    ];
    for (const hash of pages) {
      await p.goto(`${relais.url}/tabs/${hash}`);
      await p.locator('h1').first().waitFor();
      await p.waitForLoadState('networkidle');
      await assertAccessible(p, `${hash} (fr)`);
    }
  });
});
