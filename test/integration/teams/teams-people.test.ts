/**
 * Who the Teams bot learns, over HTTP: guests recognised from the connector's member lookup
 * (userRole, home tenant), and a failed lookup failing closed (a newcomer is a guest until a
 * lookup answers, and the failure is not remembered as an answer). Simultaneous first contacts are covered by the people contract suite,
 * where the race can be forced on both databases.
 */
import assert from 'node:assert/strict';
import {
  type FakeTeamsConnector,
  startFakeTeamsConnector,
  type TeamsMember,
} from '../../harness/fake-teams-connector.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import { messageActivity, postActivity, type TeamsScene, teamsUser } from '../../harness/teams-activities.js';

/** TeamsChannelAccount as the connector answers it, userRole included. */
type ConnectorMember = TeamsMember & { userRole?: string };

describe('Teams people (over HTTP)', () => {
  let connector: FakeTeamsConnector;
  let relais: TestRelais;
  const tenantId = 'tenant-contoso';

  before(async () => {
    connector = await startFakeTeamsConnector();
    relais = await startTestRelais({ TEAMS_SERVICE_URL: connector.url });
  });
  after(async () => {
    await relais?.close();
    await connector?.close();
  });

  const scene = (name: string): TeamsScene => ({
    serviceUrl: connector.url,
    tenantId,
    user: teamsUser(name),
  });
  const personOf = (s: TeamsScene) =>
    relais.core.people.findByIdentity({ platform: 'teams', tenantId, userId: s.user.id });
  const addMember = (s: TeamsScene, member: Omit<ConnectorMember, 'id' | 'name'>) =>
    connector.directory.set(s.user.id, { id: s.user.id, name: s.user.name, ...member } as ConnectorMember);

  it('learns a guest from the member userRole, a member from a tenant user', async () => {
    const guest = scene('Gaspard Invité');
    addMember(guest, { email: 'gaspard@partner.example', userRole: 'guest', tenantId });
    const member = scene('Maëlle Membre');
    addMember(member, { email: 'maelle@contoso.example', userRole: 'user', tenantId });
    for (const s of [guest, member])
      assert.equal((await postActivity(relais.url, messageActivity(s, 'aide'))).status, 200);
    assert.equal((await personOf(guest))?.kind, 'guest');
    assert.equal((await personOf(member))?.kind, 'member');
  });

  it('learns a guest from a home tenant other than the conversation tenant', async () => {
    const external = scene('Xavier Externe');
    addMember(external, { email: 'xavier@fabrikam.example', userRole: 'user', tenantId: 'tenant-fabrikam' });
    await postActivity(relais.url, messageActivity(external, 'aide'));
    assert.equal((await personOf(external))?.kind, 'guest');
  });

  describe('when the member lookup fails', () => {
    const memberLookups = (s: TeamsScene) =>
      connector.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/members/${s.user.id}`)).length;
    const failLookupOnce = (s: TeamsScene) =>
      connector.failNext({
        status: 500,
        method: 'GET',
        path: new RegExp(`/members/${s.user.id}$`),
        body: { error: { code: 'ServiceError', message: 'injected failure' } },
      });
    const kindSourceOf = async (s: TeamsScene) =>
      (
        await relais.core.store.db
          .selectFrom('people')
          .select('kind_source')
          .where('id', '=', (await personOf(s))!.id)
          .executeTakeFirstOrThrow()
      ).kind_source;

    it('makes a newcomer a guest, asks again next turn, and lets the answer make them a member', async () => {
      const newcomer = scene('Nina Nouvelle');
      addMember(newcomer, { email: 'nina@contoso.example', userRole: 'user', tenantId });
      failLookupOnce(newcomer);
      assert.equal((await postActivity(relais.url, messageActivity(newcomer, 'aide'))).status, 200);
      assert.equal((await personOf(newcomer))?.kind, 'guest', 'fails closed');
      const asked = memberLookups(newcomer);
      assert.ok(asked >= 1);

      assert.equal((await postActivity(relais.url, messageActivity(newcomer, 'aide'))).status, 200);
      assert.ok(memberLookups(newcomer) > asked, 'the failure was not cached as an answer');
      const person = await personOf(newcomer);
      assert.equal(person?.kind, 'member');
      assert.equal(person?.email, 'nina@contoso.example');
    });

    it('keeps a guest a guest when the later lookup says guest, for good', async () => {
      const guest = scene('Gilles Invité');
      addMember(guest, { email: 'gilles@partner.example', userRole: 'guest', tenantId });
      failLookupOnce(guest);
      await postActivity(relais.url, messageActivity(guest, 'aide'));
      assert.equal(await kindSourceOf(guest), 'unknown');
      await postActivity(relais.url, messageActivity(guest, 'aide'));
      assert.equal((await personOf(guest))?.kind, 'guest');
      assert.equal(await kindSourceOf(guest), 'platform', 'now Teams said it: no later answer promotes them');
    });

    it('leaves a known member as they are and does not ask again for a while', async () => {
      const known = scene('Karim Connu');
      addMember(known, { email: 'karim@contoso.example', userRole: 'user', tenantId });
      await postActivity(relais.url, messageActivity(known, 'aide'));
      assert.equal((await personOf(known))?.kind, 'member');
      // the day-long cache would hide the next failure: forget it, as after a day
      await relais.core.kv.delete(`teams:member:${tenantId}:${known.user.id}`);
      failLookupOnce(known);
      await postActivity(relais.url, messageActivity(known, 'aide'));
      assert.equal((await personOf(known))?.kind, 'member');
      const asked = memberLookups(known);
      await postActivity(relais.url, messageActivity(known, 'aide'));
      assert.equal(memberLookups(known), asked, "a known person's failure is remembered for an hour");
    });
  });
});
