/**
 * The charter in the personal tab, in Debian's Chromium inside the fake Teams host (SSO token
 * signed by a local key server): a guest whose group charter is pending sees the charter page in
 * their language instead of the tab (every other API call answers 403 charter_pending), accepts
 * it, and the tab then opens as usual; the acceptance is recorded with its version. The page
 * passes the accessibility check (axe-core, WCAG 2 A/AA).
 */
import assert from 'node:assert/strict';
import { assertAccessible } from './accessibility.js';
import { describeWithChromium } from './chromium.js';
import { directoryGuest, startTeamsTabWorld, type TeamsTabWorld } from './teams-tab.js';

const ssoClientId = '00000000-0000-4000-8000-00000000c4a7';
const tenantId = '11111111-1111-4111-8111-11111111c4a7';
const oid = '22222222-2222-4222-8222-00000000c4a7';

describeWithChromium('The group charter in the personal tab (Chromium)', function () {
  this.timeout(60_000);

  let world: TeamsTabWorld;
  let groupId = '';
  let guestId = '';

  before(async function () {
    this.timeout(120_000);
    world = await startTeamsTabWorld({ ssoClientId });
    const { core } = world.relais;
    guestId = (
      await directoryGuest(world.relais, {
        tenantId,
        oid,
        userId: '29:charter-guest',
        name: 'Paula Partner',
        locale: 'fr',
      })
    ).id;
    const group = await core.groups.store.createGroup({ nameFr: 'Partenaires Nord', kind: 'partners' });
    groupId = group.id;
    await core.groups.store.addCharterVersion(groupId, {
      textFr: 'Article 1 : la confidentialité.\nArticle 2 : la courtoisie.',
      textEn: 'Article 1: confidentiality.',
    });
    await core.groups.store.addMember({ groupId, personId: guestId });
  });

  after(async () => {
    await world?.close();
  });

  it('shows the charter instead of the tab until the guest accepts it', async () => {
    const { tab: frame } = await world.openTeamsTab({
      locale: 'fr-FR',
      user: { oid, tid: tenantId, name: 'Paula Partner', upn: 'paula@partner.test' },
    });
    await frame
      .getByRole('heading', { level: 1, name: 'La charte de votre groupe' })
      .waitFor({ timeout: 20_000 });
    await frame.getByText('Charte de Partenaires Nord (version 1)').waitFor();
    await frame.getByText(/Article 2 : la courtoisie/).waitFor();
    await assertAccessible(frame, 'the charter page (fr)');

    await frame.getByRole('button', { name: 'J’accepte la charte' }).click();
    await frame.getByTestId('charter-page').waitFor({ state: 'detached', timeout: 20_000 });
    assert.equal(await world.relais.core.groups.store.acceptedVersion(groupId, guestId), 1);
  });
});
