/**
 * A guest joins the group's space: Teams conversationUpdate membersAdded (the Entra object id the
 * invitation returned) and Slack member_joined_channel (the address the invitation went to)
 * settle the invitation, make the guest a member of the group with their expiry, and link the
 * person by immutable id; removal from the space goes through Graph (DELETE the membership) and
 * Slack (conversations.kick). On SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { groupDb } from '../../../shared/groups/group-tables.js';
import { describeServerBackends } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { eventCallback, eventRequest, postToSlackEndpoint } from '../../harness/slack-signing.js';
import { postActivity, relaisBot } from '../../harness/teams-activities.js';
import { INVITE_SLACK_SECRET, type InvitationsWorld, startInvitationsWorld } from './invitations-world.js';

describeServerBackends(
  'Group invitations: guests joining and removed',
  (backendEnv) => {
    let world: InvitationsWorld | undefined;
    afterEach(async () => {
      await world?.close();
      world = undefined;
    });

    const invitedRow = async (w: InvitationsWorld, groupId: string, address: string) =>
      pollUntil(
        async () => (await w.relais.core.groups.invitations.list(groupId)).find((r) => r.address === address),
        (row) => row !== undefined && row.status !== 'planned' && row.status !== 'sending',
        { what: `the invitation of ${address} sent` },
      );

    const eventsOf = async (w: InvitationsWorld, groupId: string) =>
      (
        await w.relais.core.store.db
          .selectFrom('events')
          .select(['type', 'person_id'])
          .where('subject_id', '=', groupId)
          .execute()
      ).map((e) => `${e.type}:${e.person_id ?? ''}`);

    it('a guest added to the team on Teams joins the group; removed from the group, Graph takes them out of the team', async () => {
      world = await startInvitationsWorld(backendEnv());
      const w = world;
      const group = await w.group();
      const address = `teams-guest@${w.domain}`;
      await w.call(`/groups/${group.id}/invitations`, { method: 'POST', json: { lines: [{ address }] } });
      const invited = await invitedRow(w, group.id, address);
      assert.equal(invited!.status, 'invited');
      const aadObjectId = invited!.invited_user_id!;
      assert.deepEqual(w.graph.membersOf(group.space.teamsTeamId!), [aadObjectId]);

      // Teams tells the bot: a member added to the team (its Graph id as aadGroupId)
      const guest = { id: `29:guest-${w.domain}`, aadObjectId, name: 'Teams Guest' };
      w.teams.directory.set(guest.id, { id: guest.id, aadObjectId, name: guest.name, email: address });
      const channel = `19:general-${w.domain}@thread.tacv2`;
      const activity = {
        type: 'conversationUpdate',
        id: `f:${w.domain}`,
        timestamp: new Date().toISOString(),
        channelId: 'msteams',
        serviceUrl: w.teams.url,
        from: { id: guest.id, aadObjectId },
        recipient: relaisBot,
        conversation: { id: channel, conversationType: 'channel', isGroup: true, tenantId: w.graph.tenantId },
        membersAdded: [{ id: guest.id, aadObjectId }],
        channelData: {
          tenant: { id: w.graph.tenantId },
          eventType: 'teamMemberAdded',
          team: { id: channel, name: 'Partners', aadGroupId: group.space.teamsTeamId },
        },
      };
      assert.equal((await postActivity(w.relais.url, activity)).status, 200);
      const joined = await pollUntil(
        async () => (await w.relais.core.groups.invitations.list(group.id))[0],
        (row) => row?.status === 'joined',
        { what: 'the invitation to be joined' },
      );
      const person = await w.relais.core.people.findByIdentity({
        platform: 'teams',
        tenantId: w.graph.tenantId,
        userId: guest.id,
      });
      assert.equal(joined.person_id, person!.id);
      const member = await w.relais.core.groups.store.member(group.id, person!.id);
      assert.equal(member?.right, 'member');
      assert.ok(member?.joinedAt);
      assert.equal(
        Date.parse(member!.expiresAt!) - Date.parse(member!.joinedAt!),
        group.guestExpiryDays * 86_400_000,
      );

      // a process that died between settling the invitation and adding the member (the order
      // before): the next time Teams tells of the guest in the team, they become a member
      await groupDb(w.relais.core.store)
        .deleteFrom('group_members')
        .where('group_id', '=', group.id)
        .where('person_id', '=', person!.id)
        .execute();
      const again = { ...activity, id: `f:again-${w.domain}` };
      assert.equal((await postActivity(w.relais.url, again)).status, 200);
      await pollUntil(
        () => w.relais.core.groups.store.member(group.id, person!.id),
        (m) => m !== undefined && m.removedAt === null,
        { what: 'the guest a member again' },
      );

      // removed from the group (REST, an admin's key): out of the team too, through Graph
      const removed = await w.call(`/groups/${group.id}/members/${person!.id}`, { method: 'DELETE' });
      assert.ok(removed.status < 300, String(removed.status));
      assert.deepEqual(w.graph.membersOf(group.space.teamsTeamId!), []);
      const [del] = w.graph.requests.filter((r) => r.method === 'DELETE');
      assert.equal(del.path, `/v1.0/teams/${group.space.teamsTeamId}/members/${invited!.membership_id}`);
      assert.equal((await w.relais.core.groups.invitations.list(group.id))[0].status, 'removed');
      const events = await eventsOf(w, group.id);
      assert.ok(events.includes(`group.joined:${person!.id}`), events.join());
      assert.equal(events.filter((e) => e.startsWith('group.removed')).length, 1, events.join());
      assert.equal(events.filter((e) => e.startsWith('group.joined')).length, 1, events.join());
    });

    it('a Slack Connect guest joining the channel joins the group, then is kicked', async () => {
      world = await startInvitationsWorld(backendEnv());
      const w = world;
      const channel = `C${w.domain.slice(0, 8).toUpperCase()}`;
      const group = await w.group({ space: { slackTeamId: w.workspace.teamId, slackChannelId: channel } });
      const address = `slack-guest@${w.domain}`;
      await w.call(`/groups/${group.id}/invitations`, { method: 'POST', json: { lines: [{ address }] } });
      assert.equal((await invitedRow(w, group.id, address))!.status, 'invited');

      const userId = `U0G${w.domain.slice(0, 6).toUpperCase()}`;
      w.slack.addUser({
        id: userId,
        teamId: w.workspace.teamId,
        realName: 'Slack Guest',
        email: address,
        isRestricted: true,
      });
      w.slack.setChannelMembers(channel, [userId]);
      const event = {
        type: 'member_joined_channel',
        user: userId,
        channel,
        channel_type: 'C',
        team: w.workspace.teamId,
      };
      const res = await postToSlackEndpoint(
        w.relais.url,
        eventRequest(eventCallback({ teamId: w.workspace.teamId, event }), { secret: INVITE_SLACK_SECRET }),
      );
      assert.equal(res.status, 200);
      const joined = await pollUntil(
        async () => (await w.relais.core.groups.invitations.list(group.id))[0],
        (row) => row?.status === 'joined',
        { what: 'the Slack invitation to be joined' },
      );
      const person = await w.relais.core.people.findByIdentity({
        platform: 'slack',
        tenantId: w.workspace.teamId,
        userId,
      });
      assert.equal(joined.person_id, person!.id);
      assert.equal((await w.relais.core.groups.store.member(group.id, person!.id))?.right, 'member');

      const removed = await w.relais.core.groups.invitations.removeFromSpace(group.id, person!.id);
      assert.deepEqual(removed, { ok: true, code: 'ok' });
      const [kick] = w.slack.callsTo('conversations.kick');
      assert.deepEqual([kick.body.channel, kick.body.user], [channel, userId]);
      assert.equal((await w.relais.core.groups.invitations.list(group.id))[0].status, 'removed');
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);
