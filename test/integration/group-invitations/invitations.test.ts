/**
 * Group invitations over HTTP: REST in, Graph B2B + team members and Slack Connect out to the
 * fakes, on SQLite and PostgreSQL. A wave now and one later, an error per line while the rest
 * proceeds, re-inviting sends nothing new, 429s retried after Retry-After, every answer recorded.
 */
import assert from 'node:assert/strict';
import { describeServerBackends } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { type InvitationsWorld, startInvitationsWorld } from './invitations-world.js';

interface InvitationBody {
  id: string;
  address: string;
  platform: string;
  status: string;
  attempts: number;
  waveId: string | null;
  dueAt: string;
  answer: { code: string | null; message: string | null };
  invitedUserId: string | null;
}

interface PlanBody {
  waves: { id: string; dueAt: string; size: number }[];
  planned: number;
  unchanged: { line: number; address: string; status: string }[];
  errors: { line: number; address: string; code: string; message: string }[];
}

describeServerBackends(
  'Group invitations on Teams and Slack',
  (backendEnv) => {
    let world: InvitationsWorld | undefined;
    afterEach(async () => {
      await world?.close();
      world = undefined;
    });

    const list = async (w: InvitationsWorld, groupId: string) =>
      ((await (await w.call(`/groups/${groupId}/invitations`)).json()) as { invitations: InvitationBody[] })
        .invitations;
    const settledAll = (w: InvitationsWorld, groupId: string, addresses: string[]) =>
      pollUntil(
        () => list(w, groupId),
        (rows) =>
          addresses.every((a) => {
            const row = rows.find((r) => r.address === a);
            return row !== undefined && !['planned', 'sending'].includes(row.status);
          }),
        { what: `${addresses.length} invitations settled`, timeoutMs: 20_000 },
      );

    it('sends the first wave now and keeps the next for its time; re-inviting sends nothing new', async () => {
      world = await startInvitationsWorld(backendEnv());
      const w = world;
      const group = await w.group();
      const addresses = ['ana', 'ben', 'chloe', 'dan', 'eve'].map((n) => `${n}@${w.domain}`);
      const later = new Date(Date.now() + 3600_000).toISOString();
      const res = await w.call(`/groups/${group.id}/invitations`, {
        method: 'POST',
        json: {
          text: `email,name,company\n${addresses.map((a, i) => `${a},Guest ${i},Acme`).join('\n')}`,
          waves: [{ size: 2 }, { at: later }],
        },
      });
      assert.equal(res.status, 201, await res.clone().text());
      const plan = (await res.json()) as PlanBody;
      assert.equal(plan.planned, 5);
      assert.deepEqual(
        plan.waves.map((v) => v.size),
        [2, 3],
      );
      assert.equal(plan.waves[1].dueAt, later);

      const rows = await settledAll(w, group.id, addresses.slice(0, 2));
      for (const row of rows.filter((r) => addresses.slice(0, 2).includes(r.address))) {
        assert.equal(row.status, 'invited');
        assert.equal(row.platform, 'teams');
        assert.equal(row.answer.code, '201');
        assert.equal(row.invitedUserId, w.graph.guests.get(row.address));
      }
      // the B2B invitation as Graph takes it, then the guest added to the group's team
      const sent = w.graph
        .requestsTo('/v1.0/invitations')
        .map((r) => r.body as Record<string, unknown>)
        .find((b) => b.invitedUserEmailAddress === addresses[0])!;
      assert.equal(sent.invitedUserEmailAddress, addresses[0]);
      assert.equal(sent.sendInvitationMessage, true);
      assert.equal(sent.invitedUserDisplayName, 'Guest 0');
      assert.equal(typeof sent.inviteRedirectUrl, 'string');
      assert.deepEqual(
        w.graph.membersOf(group.space.teamsTeamId!).sort(),
        addresses
          .slice(0, 2)
          .map((a) => w.graph.guests.get(a)!)
          .sort(),
      );
      // the second wave waits for its time, a delayed job
      const waiting = rows.filter((r) => r.waveId === plan.waves[1].id);
      assert.deepEqual(
        waiting.map((r) => r.status),
        ['planned', 'planned', 'planned'],
      );
      assert.equal(
        await w.relais.core.jobs.getState(
          'groups.invitation-wave',
          `group-invitation-wave:${plan.waves[1].id}`,
        ),
        'delayed',
      );

      // the same addresses again: nothing new is sent or planned
      const again = (await (
        await w.call(`/groups/${group.id}/invitations`, {
          method: 'POST',
          json: { lines: addresses.map((address) => ({ address })) },
        })
      ).json()) as PlanBody;
      assert.equal(again.planned, 0);
      assert.deepEqual(again.waves, []);
      assert.deepEqual(again.unchanged.map((u) => u.status).sort(), [
        'invited',
        'invited',
        'planned',
        'planned',
        'planned',
      ]);
      assert.equal(w.graph.requestsTo('/v1.0/invitations').length, 2);

      // the events the adoption dashboard reads
      const events = await w.relais.core.store.db
        .selectFrom('events')
        .select('type')
        .where('subject_id', '=', group.id)
        .execute();
      assert.equal(events.filter((e) => e.type === 'group.invited').length, 2);
    });

    it('answers an error per line and invites the rest; a wave in the past is refused in the caller’s language', async () => {
      world = await startInvitationsWorld(backendEnv());
      const w = world;
      const group = await w.group({
        allowedDomains: [w.domain, 'partner.test'],
        blockedDomains: ['bad.partner.test'],
      });
      const at = new Date().toISOString();
      await w.relais.core.store.db
        .insertInto('people')
        .values({
          id: `member-${w.domain}`,
          email: `colleague@${w.domain}`,
          display_name: 'Colleague',
          department: null,
          site: null,
          manager_id: null,
          start_date: null,
          locale: null,
          time_zone: null,
          kind: 'member',
          kind_source: 'directory',
          search_text: 'colleague',
          active: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      const good = `good@${w.domain}`;
      const refusedByGraph = 'someone@nowhere.invalid';
      const text = [
        good,
        'not an address',
        `x@bad.partner.test`,
        'y@elsewhere.com',
        `colleague@${w.domain}`,
        good.toUpperCase(),
        `ok@sub.partner.test`,
      ].join('\n');
      const res = await w.call(`/groups/${group.id}/invitations`, {
        method: 'POST',
        json: { text },
        lang: 'en',
      });
      assert.equal(res.status, 201);
      const plan = (await res.json()) as PlanBody;
      assert.deepEqual(
        plan.errors.map((e) => [e.line, e.code]),
        [
          [2, 'invalid_address'],
          [3, 'domain_blocked'],
          [4, 'domain_not_allowed'],
          [5, 'member_not_guest'],
          [6, 'duplicate_line'],
        ],
      );
      assert.match(plan.errors[0].message, /not a valid email address/);
      assert.equal(plan.planned, 2);
      await settledAll(w, group.id, [good, 'ok@sub.partner.test']);

      // a refusal of the platform is recorded on its row (Graph 400 for an address it will not take)
      const open = await w.relais.core.groups.store.updateGroup(group.id, { allowedDomains: [] });
      assert.ok(open);
      await w.call(`/groups/${group.id}/invitations`, {
        method: 'POST',
        json: { lines: [{ address: refusedByGraph }] },
      });
      const [refused] = (await settledAll(w, group.id, [refusedByGraph])).filter(
        (r) => r.address === refusedByGraph,
      );
      assert.equal(refused.status, 'refused');
      assert.equal(refused.answer.code, '400 BadRequest');
      assert.match(refused.answer.message ?? '', /invalid/);

      const past = await w.call(`/groups/${group.id}/invitations`, {
        method: 'POST',
        json: { lines: [{ address: `late@${w.domain}` }], waves: [{ at: '2020-01-01T09:00:00Z' }] },
        lang: 'fr',
      });
      assert.equal(past.status, 400);
      const body = (await past.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'validation_failed');
      assert.match(body.error.message, /passé/);

      // a text it cannot read is a 400 naming the line, in the caller's language; never a 5xx
      const garbled = await w.call(`/groups/${group.id}/invitations`, {
        method: 'POST',
        json: { text: `a@${w.domain}\n"b@${w.domain}"x, B` },
        lang: 'fr',
      });
      assert.equal(garbled.status, 400);
      assert.match(((await garbled.json()) as { error: { message: string } }).error.message, /ligne 2/);

      // someone already in the group is refused on their line, not invited again
      const colleague = (await w.relais.core.people.findByEmail(`colleague@${w.domain}`))!;
      await w.relais.core.groups.store.addMember({
        groupId: group.id,
        personId: colleague.id,
        right: 'member',
      });
      const again = (await (
        await w.call(`/groups/${group.id}/invitations`, {
          method: 'POST',
          json: { text: `colleague@${w.domain}` },
        })
      ).json()) as PlanBody;
      assert.deepEqual(
        again.errors.map((e) => [e.line, e.code]),
        [[1, 'already_member']],
      );
    });

    it('retries a 429 after its Retry-After and records each answer, on Graph and on Slack', async () => {
      world = await startInvitationsWorld(backendEnv());
      const w = world;
      const teamsGroup = await w.group();
      const slackGroup = await w.group({
        space: { slackTeamId: w.workspace.teamId, slackChannelId: `C${w.domain.slice(0, 8).toUpperCase()}` },
      });
      w.graph.fail('/v1.0/invitations', { status: 429, retryAfter: 0, times: 2 });
      w.slack.rateLimit('conversations.inviteShared', { calls: 2, retryAfterSeconds: 0 });
      const teamsGuest = `t@${w.domain}`;
      const slackGuests = [`s1@${w.domain}`, `s2@${w.domain}`, 'bad@nowhere.invalid'];
      await w.call(`/groups/${teamsGroup.id}/invitations`, {
        method: 'POST',
        json: { lines: [{ address: teamsGuest }] },
      });
      const slackPlan = await w.call(`/groups/${slackGroup.id}/invitations`, {
        method: 'POST',
        json: { lines: slackGuests.map((address) => ({ address })) },
      });
      assert.equal(slackPlan.status, 201, await slackPlan.clone().text());

      const [teams] = await settledAll(w, teamsGroup.id, [teamsGuest]);
      assert.equal(teams.status, 'invited');
      assert.equal(w.graph.requestsTo('/v1.0/invitations').filter((r) => r.status === 429).length, 2);
      assert.equal(w.graph.invitationsSent.get(teamsGuest), 1);

      const slackRows = await settledAll(w, slackGroup.id, slackGuests);
      const byAddress = new Map(slackRows.map((r) => [r.address, r]));
      for (const address of slackGuests.slice(0, 2)) {
        const row = byAddress.get(address)!;
        assert.equal(row.status, 'invited');
        assert.equal(row.platform, 'slack');
        assert.equal(row.invitedUserId, w.slack.sharedInvites.get(address)![0]);
        assert.equal(w.slack.sharedInvites.get(address)!.length, 1);
      }
      const bad = byAddress.get('bad@nowhere.invalid')!;
      assert.deepEqual([bad.status, bad.answer.code], ['refused', 'invalid_email']);
      const calls = w.slack.callsTo('conversations.inviteShared');
      assert.equal(calls.filter((c) => c.status === 429).length, 2);
      for (const call of calls) assert.equal(call.body.channel, slackGroup.space.slackChannelId);
    });

    it('resends a failed invitation, cancels one not sent, answers 404 for an unknown group', async () => {
      world = await startInvitationsWorld(backendEnv());
      const w = world;
      const group = await w.group();
      w.graph.fail('/v1.0/invitations', { status: 400, times: 1 });
      const address = `retry@${w.domain}`;
      await w.call(`/groups/${group.id}/invitations`, { method: 'POST', json: { lines: [{ address }] } });
      const [failed] = await settledAll(w, group.id, [address]);
      assert.equal(failed.status, 'refused');

      const resent = await w.call(`/groups/${group.id}/invitations/${failed.id}/resend`, { method: 'POST' });
      assert.equal(resent.status, 200);
      const [again] = await pollUntil(
        () => list(w, group.id),
        (rows) => rows[0]?.status === 'invited',
        { what: 'the resent invitation to be invited' },
      );
      assert.equal(again.answer.code, '201');

      const later = new Date(Date.now() + 3600_000).toISOString();
      const plan = (await (
        await w.call(`/groups/${group.id}/invitations`, {
          method: 'POST',
          json: { lines: [{ address: `cancel@${w.domain}` }], waves: [{ at: later }] },
        })
      ).json()) as PlanBody;
      assert.equal(plan.planned, 1);
      const pending = (await list(w, group.id)).find((r) => r.address === `cancel@${w.domain}`)!;
      const cancelled = await w.call(`/groups/${group.id}/invitations/${pending.id}/cancel`, {
        method: 'POST',
      });
      assert.equal(cancelled.status, 200);
      assert.equal(((await cancelled.json()) as InvitationBody).status, 'cancelled');
      const twice = await w.call(`/groups/${group.id}/invitations/${again.id}/cancel`, { method: 'POST' });
      assert.equal(twice.status, 409);
      const missing = await w.call(`/groups/nope/invitations`);
      assert.equal(missing.status, 404);
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);
