/**
 * A channel tab's configuration page picks a group's portal (Chromium, fake Teams host, 390 px).
 * A group's Teams space is stored by its team's `19:` internal id; the host's context gives the
 * team's internal id, its Entra group id and the channel id. The group's manager, in French,
 * adding the tab in another channel of that team gets the group's portal chosen, saves it
 * (`#/groups/<id>/portal` in the content URL) and the saved tab opens the portal; in a team that
 * is no group's space they pick one of the groups they manage. A plain member of the group, who
 * manages none, also gets its portal by default. When Teams shows an existing tab's settings
 * again, what the tab shows is chosen (a portal, or the home page), and Save keeps it even before
 * the choices arrive; a portal the person can no longer choose leaves the default chosen, with a
 * notice that the tab keeps it until Save. The page passes the accessibility check. In the
 * tab, the manager (not an administrator) changes the group's review settings from its page,
 * where the review period is shown, not offered: it is the administrators'.
 */
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { linkDirectoryAccount } from '../harness/directory-accounts.js';
import type {
  FakeTeamsHost,
  FakeTeamsScenario,
  FakeTeamsUser,
} from '../harness/fake-teams-host/fake-teams-host.js';
import type { TestRelais } from '../harness/relais.js';
import { assertAccessible } from './accessibility.js';
import { describeWithChromium, newHermeticContext } from './chromium.js';
import { startTeamsTabWorld, type TeamsTabWorld } from './teams-tab.js';

const apiKey = 'relais-portal-setup-key';
const ssoClientId = '00000000-0000-4000-8000-00000000c0f1';
const tenantId = '11111111-1111-4111-8111-11111111c0f1';
const northTeam = '19:north-general@thread.tacv2';
const northAad = '33333333-3333-4333-8333-00000000c0f1';

type Host = { fakeTeamsHost: { calls: string[]; savedSettings: unknown[]; save(): void } };

describeWithChromium('A channel tab’s configuration picks a group’s portal (Chromium, 390 px)', function () {
  this.timeout(60_000);

  let world: TeamsTabWorld;
  let host: FakeTeamsHost;
  let relais: TestRelais;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let north = '';
  let south = '';

  const manager: FakeTeamsUser = {
    oid: '22222222-2222-4222-8222-00000000c0f1',
    tid: tenantId,
    name: 'Mia Manager',
    upn: 'mia@setup.test',
  };
  const member: FakeTeamsUser = {
    oid: '22222222-2222-4222-8222-00000000c0f2',
    tid: tenantId,
    name: 'Milo Member',
    upn: 'milo@setup.test',
  };

  const api = async (
    method: string,
    urlPath: string,
    body?: unknown,
    // biome-ignore lint/suspicious/noExplicitAny: response JSON
  ): Promise<{ status: number; body: any }> => {
    const response = await fetch(`${relais.url}/api/v1${urlPath}`, {
      method,
      headers: {
        Authorization: `Bearer ${apiKey}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  };

  before(async function () {
    this.timeout(120_000);
    world = await startTeamsTabWorld({ ssoClientId, env: { RELAIS_API_KEYS: apiKey } });
    ({ host, relais, browser } = world);
    const imported = await api('POST', '/people/import', [
      { email: manager.upn, displayName: manager.name, department: 'Sales' },
      { email: member.upn, displayName: member.name, department: 'Sales' },
    ]);
    assert.equal(imported.status, 200, JSON.stringify(imported.body));
    const { core } = relais;
    const mia = (await core.people.findByEmail(manager.upn))!;
    const milo = (await core.people.findByEmail(member.upn))!;
    await linkDirectoryAccount(core.store.db, mia.id, tenantId, manager.oid);
    await linkDirectoryAccount(core.store.db, milo.id, tenantId, member.oid);
    const group = async (nameEn: string, nameFr: string, kind: string, space?: unknown) => {
      const created = await api('POST', '/groups', {
        nameEn,
        nameFr,
        kind,
        managers: [mia.id],
        ...(space ? { space } : {}),
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.id as string;
    };
    // the team's space stored by its general channel's 19: id, as the bot learns it
    north = await group('North partners', 'Partenaires du Nord', 'partners', { teamsTeamId: northTeam });
    south = await group('South clients', 'Clients du Sud', 'clients');
    assert.equal((await api('POST', `/groups/${north}/members`, { person: milo.id })).status, 201);
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await world?.close();
  });

  /** the configuration page in the fake host, in a team's channel */
  const configure = async (
    user: FakeTeamsUser,
    locale: string,
    team: FakeTeamsScenario['team'],
    savedTab?: FakeTeamsScenario['savedTab'],
    /** runs on the new browser context before the page opens (e.g. to hold requests) */
    prepare?: (context: BrowserContext) => Promise<unknown>,
  ): Promise<{ page: Page; tab: Frame }> => {
    const context = await newHermeticContext(browser, { locale, viewport: { width: 390, height: 844 } });
    contexts.push(context);
    await prepare?.(context);
    const page = await context.newPage();
    await page.goto(
      host.pageUrl({
        tabUrl: `${relais.url}/tabs/config?inTeams=1`,
        frameContext: 'settings',
        locale: locale.toLowerCase(),
        user,
        team,
        ...(savedTab && { savedTab }),
      }),
    );
    const tab = await (await page.waitForSelector('iframe#tab')).contentFrame();
    assert.ok(tab);
    return { page, tab };
  };

  /** Teams' Save, once the page handed Teams what it stores now; what Teams then kept */
  const save = async (page: Page, tab: Frame, entityId: string) => {
    await tab
      .locator(`[data-testid="tab-choice-form"][data-stored="${entityId}"]`)
      .waitFor({ timeout: 20_000 });
    await page.evaluate(() => (window as unknown as Host).fakeTeamsHost.save());
    await page.waitForFunction(() =>
      (window as unknown as Host).fakeTeamsHost.calls.includes('settings.save.success'),
    );
    return page.evaluate(() => (window as unknown as Host).fakeTeamsHost.savedSettings);
  };

  it('chooses the team’s group for its manager, in French, and the saved tab opens its portal', async () => {
    const { page, tab } = await configure(manager, 'fr-FR', {
      internalId: northTeam,
      groupId: northAad,
      channelId: '19:north-projects@thread.tacv2',
    });
    await tab
      .getByTestId('tab-space-group')
      .getByText('Cette équipe est l’espace du groupe Partenaires du Nord', { exact: false })
      .waitFor({ timeout: 20_000 });
    const choice = tab.getByLabel('Ce que montre cet onglet');
    assert.equal(await choice.inputValue(), north);
    // the groups Mia manages, then the home page
    assert.deepEqual(await choice.locator('option').allTextContents(), [
      'Le portail de Partenaires du Nord',
      'Le portail de Clients du Sud',
      'La page d’accueil de Relais',
    ]);
    await assertAccessible(
      tab,
      'a channel tab’s configuration with its portal choice on a 390 px phone (fr)',
    );
    const saved = await save(page, tab, `relais-group-portal-${north}`);
    assert.deepEqual(saved, [
      {
        entityId: `relais-group-portal-${north}`,
        contentUrl: `${relais.url}/tabs/?inTeams=1#/groups/${north}/portal`,
        websiteUrl: `${relais.url}/tabs/#/groups/${north}/portal`,
        suggestedDisplayName: 'Partenaires du Nord',
      },
    ]);

    // the tab as Teams then opens it: the group's portal
    const opened = await newHermeticContext(browser, {
      locale: 'fr-FR',
      viewport: { width: 390, height: 844 },
    });
    contexts.push(opened);
    const content = await opened.newPage();
    const url = (saved[0] as { contentUrl: string }).contentUrl;
    await content.goto(host.pageUrl({ tabUrl: url, locale: 'fr-fr', user: manager }));
    const frame = await (await content.waitForSelector('iframe#tab')).contentFrame();
    assert.ok(frame);
    await frame.getByTestId('group-portal').waitFor({ timeout: 20_000 });
  });

  it('lets the manager pick one of their groups where the team is no group’s space', async () => {
    const { page, tab } = await configure(manager, 'en-US', {
      internalId: '19:elsewhere@thread.tacv2',
      channelId: '19:elsewhere@thread.tacv2',
    });
    const choice = tab.getByLabel('What this tab shows');
    await choice.waitFor({ timeout: 20_000 });
    assert.equal(await choice.inputValue(), 'home');
    assert.equal(await tab.getByTestId('tab-space-group').count(), 0);
    await choice.selectOption({ label: 'The portal of South clients' });
    const saved = await save(page, tab, `relais-group-portal-${south}`);
    assert.equal(
      (saved[0] as { contentUrl: string }).contentUrl,
      `${relais.url}/tabs/?inTeams=1#/groups/${south}/portal`,
    );
  });

  it('gives a plain member of the group its portal by default', async () => {
    const { page, tab } = await configure(member, 'en-US', { internalId: northTeam, channelId: northTeam });
    await tab
      .getByTestId('tab-space-group')
      .getByText(/space of North partners/)
      .waitFor({ timeout: 20_000 });
    assert.deepEqual(await tab.getByLabel('What this tab shows').locator('option').allTextContents(), [
      'The portal of North partners',
      'The Relais home page',
    ]);
    const saved = await save(page, tab, `relais-group-portal-${north}`);
    assert.equal(
      (saved[0] as { contentUrl: string }).contentUrl,
      `${relais.url}/tabs/?inTeams=1#/groups/${north}/portal`,
    );
  });

  /** what Teams kept for a tab saved on a group's portal (the shape portalTabSettings gives it) */
  const portalTab = (groupId: string, name: string) => ({
    entityId: `relais-group-portal-${groupId}`,
    contentUrl: `${relais.url}/tabs/?inTeams=1#/groups/${groupId}/portal`,
    websiteUrl: `${relais.url}/tabs/#/groups/${groupId}/portal`,
    suggestedDisplayName: name,
  });
  const inNorthProjects = {
    internalId: northTeam,
    groupId: northAad,
    channelId: '19:north-projects@thread.tacv2',
  };

  it('reopens a tab’s settings on the portal it shows, not the team’s group, in French', async () => {
    const { page, tab } = await configure(
      manager,
      'fr-FR',
      inNorthProjects,
      portalTab(south, 'Clients du Sud'),
    );
    const choice = tab.getByLabel('Ce que montre cet onglet');
    await tab.locator(`[data-testid="tab-choice-form"][data-stored]`).waitFor({ timeout: 20_000 });
    assert.equal(await choice.inputValue(), south, 'the portal the tab shows, not North’s (the default)');
    await tab.getByText('Sélectionnez Enregistrer pour modifier l’onglet.', { exact: false }).waitFor();
    await tab.getByRole('heading', { level: 1, name: 'Paramètres de cet onglet Relais' }).waitFor();
    assert.equal(await tab.getByTestId('tab-shows-lost').count(), 0);
    await assertAccessible(tab, 'an existing channel tab’s settings on a 390 px phone (fr)');
    assert.deepEqual(await save(page, tab, `relais-group-portal-${south}`), [
      portalTab(south, 'Clients du Sud'),
    ]);
  });

  it('reopens a tab showing the home page on the home page, in English', async () => {
    const home = {
      entityId: 'relais-home',
      contentUrl: `${relais.url}/tabs/?inTeams=1`,
      websiteUrl: `${relais.url}/tabs/`,
      suggestedDisplayName: 'Relais',
    };
    const { page, tab } = await configure(manager, 'en-US', inNorthProjects, home);
    await tab.locator(`[data-testid="tab-choice-form"][data-stored]`).waitFor({ timeout: 20_000 });
    assert.equal(await tab.getByLabel('What this tab shows').inputValue(), 'home');
    await tab.getByRole('heading', { level: 1, name: 'Settings of this Relais tab' }).waitFor();
    assert.deepEqual(await save(page, tab, 'relais-home'), [home]);
  });

  it('keeps what the tab shows when Save comes before the choices', async () => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { page, tab } = await configure(
      manager,
      'en-US',
      inNorthProjects,
      portalTab(south, 'South clients'),
      // the choices stay unknown until the test has saved
      (context) =>
        context.route(
          (url) => url.pathname === '/api/v1/groups',
          async (route) => {
            await released;
            await route.continue();
          },
        ),
    );
    await page.waitForFunction(() =>
      (window as unknown as Host).fakeTeamsHost.calls.includes('settings.setValidityState'),
    );
    await page.evaluate(() => (window as unknown as Host).fakeTeamsHost.save());
    await page.waitForFunction(() =>
      (window as unknown as Host).fakeTeamsHost.calls.includes('settings.save.success'),
    );
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as Host).fakeTeamsHost.savedSettings),
      [portalTab(south, 'South clients')],
      'Save kept the portal the tab shows',
    );
    release();
    await tab
      .locator(`[data-testid="tab-choice-form"][data-stored="relais-group-portal-${south}"]`)
      .waitFor({ timeout: 20_000 });
    assert.equal(await tab.getByLabel('What this tab shows').inputValue(), south);
  });

  it('keeps the default for a portal the person can no longer choose, and says the tab keeps it until Save', async () => {
    // Milo manages no group and is no member of South: its portal is not among his choices
    const { page, tab } = await configure(
      member,
      'en-US',
      { internalId: northTeam, channelId: northTeam },
      portalTab(south, 'South clients'),
    );
    const lost = tab.getByTestId('tab-shows-lost');
    await lost.waitFor({ timeout: 20_000 });
    assert.match(
      (await lost.textContent()) ?? '',
      /Nothing is lost: the tab keeps showing it until you select Save/,
    );
    const choice = tab.getByLabel('What this tab shows');
    assert.equal(await choice.inputValue(), north, 'the default: the team’s group');
    assert.deepEqual(await choice.locator('option').allTextContents(), [
      'The portal of North partners',
      'The Relais home page',
    ]);
    await assertAccessible(tab, 'an existing tab’s settings on a portal no longer offered, 390 px (en)');
    const saved = await save(page, tab, `relais-group-portal-${north}`);
    assert.equal(
      (saved[0] as { contentUrl: string }).contentUrl,
      `${relais.url}/tabs/?inTeams=1#/groups/${north}/portal`,
    );
  });

  it('lets the group’s manager change its review settings in the tab, the period being the admins’', async () => {
    const context = await newHermeticContext(browser, {
      locale: 'en-US',
      viewport: { width: 390, height: 844 },
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(
      host.pageUrl({
        tabUrl: `${relais.url}/tabs/?inTeams=1#/groups/${north}`,
        locale: 'en-us',
        user: manager,
      }),
    );
    const tab = await (await page.waitForSelector('iframe#tab')).contentFrame();
    assert.ok(tab);
    const form = tab.getByTestId('group-review-settings');
    await form.waitFor({ timeout: 20_000 });
    await form.getByText('A review opens every 90 days (set by an administrator).').waitFor();
    assert.equal(await form.getByLabel('A review every (days)').count(), 0, 'the period is not offered');
    await form.getByLabel('Reminder to the managers after (days)').fill('2');
    await form.getByRole('button', { name: 'Save the review settings' }).click();
    await form.getByTestId('review-settings-saved').waitFor();
    assert.deepEqual((await api('GET', `/groups/${north}/review-settings`)).body, {
      unreviewedAction: 'report',
      remindAfterDays: 2,
      answerDays: 7,
    });
    await assertAccessible(tab, 'a group’s page in the tab, as its manager on a 390 px phone (en)');
  });
});
