/**
 * Who the Teams bot learns, over HTTP: guests recognised from the connector's member lookup
 * (userRole, home tenant). Simultaneous first contacts are covered by the people contract suite,
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
});
