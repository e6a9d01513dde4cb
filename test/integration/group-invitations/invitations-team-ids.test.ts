/**
 * A group's Teams team recorded by its Bot Framework id (`19:…`, what Teams shows the bot): Graph
 * knows the team only by its Entra group id, which the bot learns from a channel's channelData
 * (`team.aadGroupId`, added to a channel saved before it was kept). The invitation's team add goes
 * to that id; a team no channel of which the bot has seen fails the invitation with the reason,
 * in English and French. On SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describeServerBackends } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { messageActivity, postActivity, relaisBot, teamsUser } from '../../harness/teams-activities.js';
import { type InvitationsWorld, startInvitationsWorld } from './invitations-world.js';

describeServerBackends('Group invitations: a team recorded by its 19: id', (backendEnv) => {
  let world: InvitationsWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  const invite = async (w: InvitationsWorld, groupId: string, address: string) => {
    const res = await w.call(`/groups/${groupId}/invitations`, {
      method: 'POST',
      json: { lines: [{ address }] },
    });
    assert.equal(res.status, 201, await res.text());
    return pollUntil(
      async () => (await w.relais.core.groups.invitations.list(groupId)).find((r) => r.address === address),
      (row) => row !== undefined && row.status !== 'planned' && row.status !== 'sending',
      { what: `the invitation of ${address} settled` },
    );
  };
  const teamCalls = (w: InvitationsWorld) =>
    w.graph.requests.filter((r) => r.path.startsWith('/v1.0/teams/'));

  it('adds the guest to the team by the Entra group id a channel of the team told', async () => {
    world = await startInvitationsWorld(backendEnv());
    const w = world;
    const general = `19:general-${w.domain}@thread.tacv2`;
    const projects = `19:projects-${w.domain}@thread.tacv2`;
    const entraGroupId = randomUUID();
    const group = await w.group({ space: { teamsTenantId: w.graph.tenantId, teamsTeamId: general } });

    // the Projects channel was saved before Entra ids were kept: its team by its 19: id only
    await w.relais.core.conversations.save({
      platform: 'teams',
      tenantId: w.graph.tenantId,
      conversationId: projects,
      kind: 'channel',
      personId: null,
      reference: {
        channelId: 'msteams',
        serviceUrl: w.teams.url,
        bot: relaisBot,
        conversation: { id: projects, name: 'Projects' },
        teamId: general,
      },
    });
    // someone writes to Relais there: channelData names the team both ways, the row learns the other
    const activity = messageActivity(
      {
        serviceUrl: w.teams.url,
        tenantId: w.graph.tenantId,
        user: teamsUser('Mia Member'),
        locale: 'en-US',
        conversation: { id: projects, conversationType: 'channel', isGroup: true },
      },
      'help',
      { mention: true },
    );
    activity.channelData = {
      ...activity.channelData,
      team: { id: general, name: 'Partners', aadGroupId: entraGroupId },
      channel: { id: projects, name: 'Projects' },
    };
    assert.equal((await postActivity(w.relais.url, activity)).status, 200);
    const saved = await pollUntil(
      () => w.relais.core.conversations.get('teams', projects),
      (record) => record?.reference.aadGroupId !== undefined,
      { what: 'the Projects channel told its Entra group id' },
    );
    assert.equal(saved!.reference.aadGroupId, entraGroupId);
    assert.equal(saved!.reference.teamId, general);

    const row = await invite(w, group.id, `guest@${w.domain}`);
    assert.equal(row!.status, 'invited', `${row!.answer_code} ${row!.answer_message}`);
    assert.deepEqual(
      teamCalls(w).map((r) => `${r.method} ${r.path}`),
      [`POST /v1.0/teams/${entraGroupId}/members`],
    );
    assert.deepEqual(w.graph.membersOf(entraGroupId), [row!.invited_user_id]);
  });

  it('fails the invitation, saying in English and French to add Relais to the team first', async () => {
    world = await startInvitationsWorld(backendEnv());
    const w = world;
    const unseen = `19:unseen-${w.domain}@thread.tacv2`;
    const group = await w.group({ space: { teamsTenantId: w.graph.tenantId, teamsTeamId: unseen } });
    const row = await invite(w, group.id, `guest@${w.domain}`);
    assert.equal(row!.status, 'failed');
    assert.equal(row!.answer_code, 'team_unknown');
    assert.match(row!.answer_message!, /add Relais to the team first/);
    assert.match(row!.answer_message!, /ajoutez d’abord Relais à l’équipe/);
    // nothing was asked of Graph: no guest made for a team it cannot add them to
    assert.deepEqual(teamCalls(w), []);
    assert.equal(w.graph.requestsTo('/invitations').length, 0);
  });
});
