/**
 * A group's portal as a tab, in Chromium at 390 px: a guest signed in through the fake Teams host
 * (SSO token signed by a local key server) finds group A among their portals (`#/my-groups`),
 * opens `#/groups/<A>/portal` and reads the group's
 * welcome, resources, news, open poll and manager to contact, in English; the same guest asking
 * for group B's portal gets "not found" and nothing of B. The group's manager (the console, an
 * administrator's API key) edits the welcome text and adds a link, which the guest's next read
 * shows, and writes the group's tour. Both pages pass the accessibility check (axe-core) and nothing scrolls sideways.
 * In French on a phone, a French guest's portals and portal, and the console's group page and
 * portal with its editor, pass the same check and do not scroll sideways.
 */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import type { TestRelais } from '../harness/relais.js';
import { assertAccessible } from './accessibility.js';
import { describeWithChromium } from './chromium.js';
import { directoryGuest, startTeamsTabWorld, type TeamsTabWorld } from './teams-tab.js';

const apiKey = 'relais-portal-browser-key';
const ssoClientId = '00000000-0000-4000-8000-00000000b0a1';
const tenantId = '11111111-1111-4111-8111-11111111b0a1';
const oid = '22222222-2222-4222-8222-00000000b0a1';
const heldOid = '22222222-2222-4222-8222-00000000b0a2';
const frenchOid = '22222222-2222-4222-8222-00000000b0a3';

describeWithChromium('A group’s portal as a tab (Chromium, 390 px)', function () {
  this.timeout(60_000);

  let world: TeamsTabWorld;
  let relais: TestRelais;
  let groupA = '';
  let groupB = '';

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
    relais = world.relais;
    const { core } = relais;
    const guest = await directoryGuest(relais, {
      tenantId,
      oid,
      userId: '29:portal-guest',
      name: 'Paula Partner',
      locale: 'en',
    });
    const imported = await api('POST', '/people/import', [
      { email: 'mia@portal.test', displayName: 'Mia Manager', department: 'Sales' },
    ]);
    assert.equal(imported.status, 200, JSON.stringify(imported.body));
    const mia = (await core.people.findByEmail('mia@portal.test'))!;
    const group = async (nameEn: string, kind: string) => {
      const created = await api('POST', '/groups', { nameEn, nameFr: nameEn, kind, managers: [mia.id] });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.id as string;
    };
    groupA = await group('North partners', 'partners');
    groupB = await group('South clients', 'clients');
    assert.equal((await api('POST', `/groups/${groupA}/members`, { person: guest.id })).status, 201);
    // a guest of B with B's charter still to accept
    const held = await directoryGuest(relais, {
      tenantId,
      oid: heldOid,
      userId: '29:portal-held',
      name: 'Carl Client',
      locale: 'en',
    });
    assert.equal((await api('POST', `/groups/${groupB}/members`, { person: held.id })).status, 201);
    // a guest of A who reads French
    const french = await directoryGuest(relais, {
      tenantId,
      oid: frenchOid,
      userId: '29:portal-french',
      name: 'Fanny Fournisseur',
      locale: 'fr',
    });
    assert.equal((await api('POST', `/groups/${groupA}/members`, { person: french.id })).status, 201);
    const charter = await api('POST', `/groups/${groupB}/charters`, { textEn: 'Article 1: discretion.' });
    assert.equal(charter.status, 201, JSON.stringify(charter.body));

    const edited = await api('PUT', `/groups/${groupA}/portal`, {
      welcome: { en: 'Welcome, North partners.\nWe are glad to work with you.' },
      sections: [
        {
          title: { en: 'Partnership documents' },
          resources: [{ title: { en: 'Price list 2027' }, url: 'https://docs.example/prices' }],
        },
      ],
      pinnedNews: [],
    });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    const variants = {
      en: { title: 'Spring catalogue is out', summary: 'Have a look.', body: 'Text', buttons: [] },
    };
    const news = await api('POST', '/news', { variants, audience: { groups: [groupA] } });
    assert.equal(news.status, 201, JSON.stringify(news.body));
    assert.equal((await api('POST', `/news/${news.body.id}/publish`, {})).status, 200);
    const poll = await api('POST', '/polls', {
      poll: { question: 'Which trade fair should we attend?', options: ['Lyon', 'Lille'] },
      target: { audience: { groups: [groupA] } },
    });
    assert.equal(poll.status, 201, JSON.stringify(poll.body));
  });

  after(async () => {
    await world?.close();
  });

  const phoneViewport = { width: 390, height: 900 };
  const phone = (locale: string): Promise<Page> => world.newPage({ locale, viewport: phoneViewport });

  /** the guest's tab, in the fake Teams host, on a hash of the app */
  const guestTab = async (
    hash: string,
    user = { oid, tid: tenantId, name: 'Paula Partner', upn: 'paula@partner.test' },
  ): Promise<Frame> => {
    const { tab } = await world.openTeamsTab({ locale: 'en-US', viewport: phoneViewport, hash, user });
    return tab;
  };

  const noSideScroll = (target: Page | Frame) =>
    target.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  it('shows a guest their group’s portal, and nothing of another group', async () => {
    const frame = await guestTab(`#/groups/${groupA}/portal`);
    await frame
      .getByRole('heading', { level: 1, name: 'The North partners portal' })
      .waitFor({ timeout: 20_000 });
    await frame
      .getByTestId('portal-welcome')
      .getByText(/We are glad to work with you/)
      .waitFor();
    await frame.getByRole('link', { name: 'Price list 2027' }).waitFor();
    await frame.getByTestId('portal-news').getByText('Spring catalogue is out').waitFor();
    await frame.getByTestId('portal-polls').getByText('Which trade fair should we attend?').waitFor();
    await frame.getByTestId('portal-contacts').getByText('Mia Manager', { exact: true }).waitFor();
    assert.equal(await frame.getByTestId('portal-editor').count(), 0, 'a guest gets no editor');
    assert.ok(await noSideScroll(frame), 'nothing scrolls sideways');
    await assertAccessible(frame, 'a group’s portal, as a guest on a 390 px phone (en)');

    // the way in from the personal tab: the guest's own portals, one link each
    const mine = await guestTab('#/my-groups');
    const link = mine.getByRole('link', { name: 'The North partners portal' });
    await link.waitFor({ timeout: 20_000 });
    assert.equal(await mine.getByText(/South clients/).count(), 0);
    await assertAccessible(mine, 'a guest’s portals on a 390 px phone (en)');
    await link.click();
    await mine.getByTestId('portal-welcome').waitFor();

    const other = await guestTab(`#/groups/${groupB}/portal`);
    await other.getByText('This portal does not exist or is not yours to see.').waitFor({ timeout: 20_000 });
    assert.equal(await other.getByText(/client space/).count(), 0);
  });

  it('lets the manager edit the welcome and add a link, which the guest then reads', async () => {
    const page = await phone('en-US');
    await page.goto(`${relais.url}/tabs/`);
    await page.getByLabel('API key').fill(apiKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Relais' }).waitFor();
    await page.goto(`${relais.url}/tabs/#/groups/${groupA}/portal`);
    const editor = page.getByTestId('portal-editor');
    await editor.waitFor();
    await editor.getByLabel('Welcome text in English').fill('Welcome back, partners.');
    await editor.getByRole('button', { name: 'Add a link' }).click();
    await editor.getByLabel('Link title in English').nth(1).fill('Logo kit');
    await editor.getByLabel('Address (https://…)').nth(1).fill('https://docs.example/logos');
    await editor.getByRole('button', { name: 'Save the portal' }).click();
    await page.getByTestId('portal-welcome').getByText('Welcome back, partners.').waitFor();
    await page.getByRole('link', { name: 'Logo kit' }).waitFor();
    assert.ok(await noSideScroll(page), 'nothing scrolls sideways in the editor');
    await assertAccessible(page, 'a group’s portal with its editor on a 390 px phone (en)');

    // a link without its address is refused in words, and nothing is lost
    await editor.getByRole('button', { name: 'Add a link' }).click();
    await editor.getByLabel('Link title in English').nth(2).fill('Nowhere');
    await editor.getByRole('button', { name: 'Save the portal' }).click();
    await page.getByTestId('portal-error').waitFor();

    // the group's tour: one step, in the editor's language, from its first contact
    await editor.getByRole('button', { name: 'Add a step' }).click();
    await editor.getByRole('textbox', { name: 'Title', exact: true }).fill('Meet your contacts');
    await editor.getByRole('button', { name: 'Save the tour' }).click();
    await editor.getByText('The group’s tour has 1 step(s).').waitFor();
    const steps = (await api('GET', `/groups/${groupA}/portal`)).body.content.tourSteps;
    assert.deepEqual(
      steps.map((step: { schedule: string; content: { en: { title: string } } }) => [
        step.schedule,
        step.content.en.title,
      ]),
      [['first contact', 'Meet your contacts']],
    );
    const frame = await guestTab(`#/groups/${groupA}/portal`);
    await frame
      .getByTestId('portal-welcome')
      .getByText('Welcome back, partners.')
      .waitFor({ timeout: 20_000 });
    await frame.getByRole('link', { name: 'Logo kit' }).waitFor();
    assert.equal(await frame.getByRole('link', { name: 'Nowhere' }).count(), 0);
  });

  it('shows a guest whose charter is pending nothing but the charter', async () => {
    const frame = await guestTab(`#/groups/${groupB}/portal`, {
      oid: heldOid,
      tid: tenantId,
      name: 'Carl Client',
      upn: 'carl@client.test',
    });
    await frame.getByRole('heading', { level: 1, name: 'Your group’s charter' }).waitFor({ timeout: 20_000 });
    await frame.getByText(/Article 1: discretion/).waitFor();
    assert.equal(await frame.getByTestId('group-portal').count(), 0);
    assert.equal(await frame.getByText(/client space/).count(), 0);
  });

  it('reads in French on a phone without an accessibility violation: a guest’s portals and portal, the group page and the editor', async () => {
    const fanny = { oid: frenchOid, tid: tenantId, name: 'Fanny Fournisseur', upn: 'fanny@partner.test' };
    const mine = await guestTab('#/my-groups', fanny);
    await mine.getByTestId('my-portals').getByRole('link').first().waitFor({ timeout: 20_000 });
    assert.equal(await mine.evaluate(() => document.documentElement.lang), 'fr');
    await mine.getByRole('heading', { level: 1, name: 'Les portails de mes groupes' }).waitFor();
    assert.ok(await noSideScroll(mine), 'nothing scrolls sideways on the portals');
    await assertAccessible(mine, 'a guest’s portals on a 390 px phone (fr)');

    const portal = await guestTab(`#/groups/${groupA}/portal`, fanny);
    await portal
      .getByTestId('portal-contacts')
      .getByText('Mia Manager', { exact: true })
      .waitFor({ timeout: 20_000 });
    await portal.getByRole('heading', { name: 'Vos interlocuteurs' }).waitFor();
    assert.ok(await noSideScroll(portal), 'nothing scrolls sideways on the portal');
    await assertAccessible(portal, 'a group’s portal, as a guest on a 390 px phone (fr)');

    const page = await phone('fr-FR');
    await page.goto(`${relais.url}/tabs/`);
    await page.getByLabel('Clé d’API').fill(apiKey);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.locator('main h1').first().waitFor();
    await page.goto(`${relais.url}/tabs/#/groups/${groupA}`);
    await page.getByTestId('group-members').getByText('Fanny Fournisseur').first().waitFor();
    await page.getByTestId('group-review-settings').waitFor();
    await page.getByTestId('group-audit').locator('tbody tr, [role="listitem"], li').first().waitFor();
    assert.ok(await noSideScroll(page), 'nothing scrolls sideways on the group page');
    await assertAccessible(page, 'a group’s page on a 390 px phone (fr)');

    await page.goto(`${relais.url}/tabs/#/groups/${groupA}/portal`);
    await page.getByTestId('portal-editor').getByLabel('Texte d’accueil en français').waitFor();
    assert.ok(await noSideScroll(page), 'nothing scrolls sideways in the editor');
    await assertAccessible(page, 'a group’s portal with its editor on a 390 px phone (fr)');
  });
});
