/**
 * Inviting from a group's console page in Chromium at 390 px (signed in with an API key, as an
 * administrator), against the fake Slack API: pasted lines with `Name <address>, company`, the
 * refused lines listed on the field while the rest go to Slack Connect; a second wave in the past
 * refused on its field; waves with their progress; cancelling an invitation; reviews shown; the
 * page passes the accessibility check and nothing scrolls sideways; then the same page in French
 * (the second test reads what the first invited).
 */
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pollUntil } from '../harness/eventually.js';
import { FakeSlackApi } from '../harness/fake-slack-api.js';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { assertAccessible } from './accessibility.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { describeWithChromium, launchChromium, newHermeticContext } from './chromium.js';

const apiKey = 'relais-invitations-browser-key';
const workspace = { teamId: 'T0INVITE', botToken: 'xoxb-invite-browser' };

describeWithChromium('group invitations in the console (Chromium)', function () {
  this.timeout(60_000);

  let relais: TestRelais;
  let slack: FakeSlackApi;
  let browser: Browser;
  let context: BrowserContext;
  let groupId: string;

  const api = async (urlPath: string) => {
    const response = await fetch(`${relais.url}/api/v1${urlPath}`, {
      headers: { Authorization: `Bearer ${apiKey}` },
    });
    // biome-ignore lint/suspicious/noExplicitAny: response JSON
    return (await response.json()) as any;
  };

  before(async function () {
    this.timeout(120_000);
    await ensureTabsBuilt();
    slack = await new FakeSlackApi().start();
    slack.addWorkspace({ ...workspace, botUserId: 'U0BOT', botId: 'B0BOT' });
    relais = await startTestRelais({
      RELAIS_API_KEYS: apiKey,
      DEFAULT_LOCALE: 'en',
      SLACK_SIGNING_SECRET: 'invitations-browser-secret',
      SLACK_BOT_TOKEN: workspace.botToken,
      SLACK_API_URL: slack.apiUrl,
      GROUP_INVITE_SLACK_RATE_PER_MINUTE: '6000',
    });
    browser = await launchChromium();
    const group = await relais.core.groups.store.createGroup({
      nameEn: 'South providers',
      nameFr: 'Fournisseurs du Sud',
      kind: 'providers',
      blockedDomains: ['blocked.test'],
      space: { slackTeamId: workspace.teamId, slackChannelId: 'C0PROVIDERS' },
    });
    groupId = group.id;
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await relais?.close();
    await slack?.close();
  });

  async function signedIn(width: number, locale: 'en' | 'fr' = 'en'): Promise<Page> {
    await context?.close();
    context = await newHermeticContext(browser, {
      locale: locale === 'fr' ? 'fr-FR' : 'en-US',
      viewport: { width, height: 900 },
    });
    const p = await context.newPage();
    await p.goto(`${relais.url}/tabs/`);
    await p.getByLabel(locale === 'fr' ? 'Clé d’API' : 'API key').fill(apiKey);
    await p.getByRole('button', { name: locale === 'fr' ? 'Se connecter' : 'Sign in' }).click();
    await p
      .getByRole('heading', {
        level: 1,
        name: locale === 'fr' ? 'Bienvenue dans Relais' : 'Welcome to Relais',
      })
      .waitFor();
    return p;
  }

  const noSideScroll = (p: Page) => p.evaluate(() => document.documentElement.scrollWidth <= 390);

  it('invites from the group page on a 390 px phone: errors per line, waves, cancel', async () => {
    const p = await signedIn(390);
    await p.goto(`${relais.url}/tabs/#/groups/${groupId}`);
    await p.getByRole('heading', { level: 1, name: 'South providers' }).waitFor();
    const form = p.getByRole('form', { name: 'Invite guests' });
    const addresses = form.getByLabel(/Addresses, one per line/);

    await addresses.fill(
      'ana@partner.test\nBea Martin <bea@partner.test>, Acme\nnot-an-address\neve@blocked.test',
    );
    await form.getByRole('button', { name: 'Invite' }).click();
    await p
      .getByTestId('invite-result')
      .getByText('2 invitation(s) planned; 0 already on their way; 2 line(s) refused.')
      .waitFor();
    const lineErrors = p.getByTestId('invite-line-errors');
    await lineErrors.getByText('Line 3 (not-an-address): not a valid email address').waitFor();
    await lineErrors.getByText('Line 4 (eve@blocked.test): this domain is blocked for the group').waitFor();

    // the first wave goes to Slack Connect now
    await slack.waitForCall(
      'conversations.inviteShared',
      (c) => String(c.body.emails) === 'bea@partner.test',
    );
    const listed = await pollUntil(
      () => api(`/groups/${groupId}/invitations`),
      (body) => body.invitations.filter((i: { status: string }) => i.status === 'invited').length === 2,
      { what: 'two invitations sent' },
    );
    assert.equal(
      listed.invitations.find((i: { address: string }) => i.address === 'bea@partner.test').company,
      'Acme',
    );

    // two waves, the second in the past: refused on its field, nothing planned
    await addresses.fill('carl@partner.test\ndora@partner.test');
    await form.getByRole('radio', { name: /In waves/ }).check();
    await form.getByLabel('How many now').fill('1');
    await form.getByLabel('The rest on').fill('2020-01-06T09:00');
    await form.getByRole('button', { name: 'Invite' }).click();
    await form.getByText('A wave cannot start in the past.').waitFor();
    assert.equal((await api(`/groups/${groupId}/invitations`)).invitations.length, 2);

    const later = new Date(Date.now() + 3 * 86_400_000);
    const local = new Date(later.getTime() - later.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await form.getByLabel('The rest on').fill(local);
    await form.getByRole('button', { name: 'Invite' }).click();
    await p
      .getByTestId('invite-result')
      .getByText('2 invitation(s) planned; 0 already on their way; 0 line(s) refused.')
      .waitFor();
    await pollUntil(
      () => api(`/groups/${groupId}/invitations`),
      (body) =>
        body.invitations.find((i: { address: string }) => i.address === 'carl@partner.test')?.status ===
        'invited',
      { what: 'the first wave sent' },
    );

    await p.reload();
    const waves = p.getByTestId('group-waves').locator('tbody tr');
    await waves.filter({ hasText: '2 of 2 sent' }).waitFor();
    await waves.filter({ hasText: '0 of 1 sent' }).waitFor();
    const dora = p
      .getByTestId('group-invitations')
      .locator('tbody tr')
      .filter({ hasText: 'dora@partner.test' });
    await dora.getByText('Planned').waitFor();
    await p.getByRole('region', { name: 'Access reviews' }).getByText('No review yet.').waitFor();
    assert.ok(await noSideScroll(p), 'nothing scrolls sideways');
    await assertAccessible(p, 'a group’s invitations on a 390 px phone (en)');

    await dora.getByRole('button', { name: 'Cancel dora@partner.test' }).click();
    await dora.getByText('Cancelled').waitFor();
    await p.getByTestId('invitation-counts').getByText('Cancelled: 1').waitFor();
    const after = await api(`/groups/${groupId}/invitations`);
    assert.equal(
      after.invitations.find((i: { address: string }) => i.address === 'dora@partner.test').status,
      'cancelled',
    );
  });

  it('says the same in French, refused lines included, at 390 px', async () => {
    const p = await signedIn(390, 'fr');
    await p.goto(`${relais.url}/tabs/#/groups/${groupId}`);
    await p.getByRole('heading', { level: 1, name: 'Fournisseurs du Sud' }).waitFor();
    const form = p.getByRole('form', { name: 'Inviter des invités' });
    await form.getByLabel(/Adresses, une par ligne/).fill('ana@partner.test\nfaux');
    await form.getByRole('button', { name: 'Inviter' }).click();
    await p
      .getByTestId('invite-result')
      .getByText('0 invitation(s) prévue(s) ; 1 déjà en cours ; 1 ligne(s) refusée(s).')
      .waitFor();
    await p.getByTestId('invite-line-errors').getByText('Ligne 2 (faux) : adresse e-mail invalide').waitFor();
    await p.getByRole('region', { name: 'Revues d’accès' }).waitFor();
    assert.ok(await noSideScroll(p), 'nothing scrolls sideways');
    await assertAccessible(p, 'a group’s invitations on a 390 px phone (fr)');
  });
});
