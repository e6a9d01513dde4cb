/**
 * "My news" in the personal tab, in Debian's Chromium inside the fake Teams host (SSO token
 * signed by a local key server, validated by the real server): the person sees what was
 * addressed to them, newest first, and nothing addressed elsewhere; "I have read it" on a
 * strategic item records the acknowledgement (stats) and shows its date; showing the items
 * records views. The page passes the accessibility check (axe-core, WCAG 2 A/AA) before and after
 * the acknowledgement. Screenshots go to test-results/news/.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { pollUntil } from '../harness/eventually.js';
import { assertAccessible } from './accessibility.js';
import { describeWithChromium } from './chromium.js';
import { startTeamsTabWorld, type TeamsTabWorld } from './teams-tab.js';

const screenshots = path.resolve('test-results/news');
const ssoClientId = '00000000-0000-4000-8000-0000000feed1';
const tenantId = '11111111-1111-4111-8111-11111111feed';
const apiKey = 'relais-news-feed-key';

describeWithChromium('My news (personal tab) in Chromium', function () {
  this.timeout(60_000);

  let world: TeamsTabWorld;
  const ids: Record<string, string> = {};

  const api = async (method: string, apiPath: string, body?: unknown) => {
    const response = await fetch(`${world.relais.url}/api/v1${apiPath}`, {
      method,
      headers: { 'X-Api-Key': apiKey, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    assert.ok(response.ok, `${method} ${apiPath}: ${response.status} ${await response.clone().text()}`);
    return response.json();
  };

  async function publish(key: string, title: string, strategic: boolean, audience: Record<string, unknown>) {
    const item = await api('POST', '/news', {
      strategic,
      variants: { en: { title, summary: `About ${title}`, body: 'Read **this**.' } },
      audience,
    });
    await api('POST', `/news/${item.id}/publish`, {});
    await pollUntil(
      () => api('GET', `/news/${item.id}`),
      (i) => i.status === 'published',
      { intervalMs: 100 },
    );
    ids[key] = item.id;
  }

  before(async function () {
    this.timeout(120_000);
    world = await startTeamsTabWorld({ ssoClientId, env: { RELAIS_API_KEYS: apiKey } });
    // colleagues from the HR file, one of them in Finance: each item's audience reaches someone
    await api('POST', '/people/import', [
      { email: 'fanny@feed.test', displayName: 'Fanny', department: 'Finance' },
      { email: 'sam@feed.test', displayName: 'Sam', department: 'Sales' },
    ]);
    // oldest first: the feed must show them the other way round
    await publish('canteen', 'Canteen opens', false, { everyone: true });
    await publish('elsewhere', 'Only for Finance', false, { departments: ['Finance'] });
    await publish('safety', 'Safety procedure', true, { everyone: true });
    fs.mkdirSync(screenshots, { recursive: true });
  });

  after(async () => {
    await world?.close();
  });

  async function openFeed(): Promise<Frame> {
    const { tab: frame } = await world.openTeamsTab({
      hash: '#/my-news',
      user: {
        oid: '22222222-2222-4222-8222-00000000feed',
        tid: tenantId,
        name: 'Nina Reader',
        upn: 'nina@contoso.test',
      },
    });
    await frame.getByRole('heading', { level: 1, name: 'My news' }).waitFor({ timeout: 20_000 });
    await frame.getByTestId('news-feed').locator('li').first().waitFor();
    return frame;
  }

  it('shows what was addressed to the person, newest first, and nothing else', async () => {
    const frame = await openFeed();
    const items = frame.getByTestId('news-feed').locator('li');
    assert.deepEqual(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-news-id'))), [
      ids.safety,
      ids.canteen,
    ]);
    assert.equal(await frame.getByText('Only for Finance').count(), 0);
    assert.equal(await items.first().locator('strong').first().textContent(), 'this');
    assert.equal(await items.first().getByText('To acknowledge').count(), 1);
    assert.equal(
      await items.nth(1).getByRole('button', { name: 'I have read it' }).count(),
      0,
      'not strategic',
    );
    await assertAccessible(frame, 'My news with an item to acknowledge (en)');
    // showing an item is a view: both count as read
    for (const key of ['safety', 'canteen']) {
      await pollUntil(
        () => api('GET', `/news/${ids[key]}/stats`),
        (s) => s.totals.read === 1,
        { intervalMs: 100 },
      );
    }
  });

  it('"I have read it" records the acknowledgement and shows its date', async () => {
    const frame = await openFeed();
    const first = frame.getByTestId('news-feed').locator('li').first();
    await first.getByRole('button', { name: 'I have read it' }).click();
    await first.getByText(/You confirmed reading it on/).waitFor();
    assert.equal(await first.getByText('Acknowledged').count(), 1);
    const stats = await api('GET', `/news/${ids.safety}/stats`);
    assert.equal(stats.totals.acknowledged, 1);
    await assertAccessible(frame, 'My news after acknowledging (en)');
    await frame.page().screenshot({ path: path.join(screenshots, 'my-news.png'), fullPage: true });
    await frame.page().context().close();

    // a new visit still shows it acknowledged, without the button
    const again = await openFeed();
    const item = again.getByTestId('news-feed').locator('li').first();
    await item.getByText(/You confirmed reading it on/).waitFor();
    assert.equal(await item.getByRole('button', { name: 'I have read it' }).count(), 0);
  });
});
