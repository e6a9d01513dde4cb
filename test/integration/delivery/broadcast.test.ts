/**
 * Broadcasts over HTTP to the fake platforms: 1:1 to Teams and Slack people and posts into
 * channels, one message per recipient; guests only when named; a person without a chat account
 * recorded unreachable; 412/502/503/504 and 429 retried; 403 unreachable and not retried; cancel;
 * an edit (update) and a recall (withdraw) reach every sent copy.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { DeliveryProgress } from '../../../shared/delivery/delivery.js';
import { sendQueue } from '../../../shared/delivery/delivery-rows.js';
import type { SendJob } from '../../../shared/delivery/delivery-sender.js';
import type { PlatformName } from '../../../shared/messaging/messenger.js';
import { pollUntil } from '../../harness/eventually.js';
import type { RecordedRequest } from '../../harness/fake-teams-connector.js';
import {
  type DeliveryWorld,
  describeDeliveryBackends,
  noteText,
  SLACK_TEAM,
  SUBJECT,
  startDeliveryWorld,
  TENANT,
} from './delivery-world.js';

const TIMEOUT_MS = 30_000;

describeDeliveryBackends('Delivery: broadcast', (backendEnv) => {
  let world: DeliveryWorld;
  before(async () => {
    world = await startDeliveryWorld(backendEnv());
  });
  after(async () => {
    await world?.close();
  });
  beforeEach(() => {
    world.teams.reset();
    world.slack.reset();
  });

  const delivery = () => world.relais.core.delivery;
  const done = (subjectId: string) =>
    pollUntil(
      () => delivery().progress(SUBJECT, subjectId),
      (p: DeliveryProgress) => p.done,
      { timeoutMs: TIMEOUT_MS, what: `broadcast ${subjectId} to finish` },
    );
  /** Teams card texts sent (POST) or updated (PUT) into conversations */
  const teamsTexts = (method: 'POST' | 'PUT') =>
    world.teams.requests
      .filter((r: RecordedRequest) => r.method === method && /\/activities/.test(r.path))
      .map((r) => JSON.stringify(r.body));
  const slackTexts = (method: string) => world.slack.callsTo(method).map((c) => String(c.body.text));

  it('sends one 1:1 message per Teams and Slack identity and one post per channel, in each locale', async () => {
    const subjectId = randomUUID();
    const [alice, bruno] = [
      await world.teamsPerson('Alice', { locale: 'en' }),
      await world.teamsPerson('Bruno'),
    ];
    const carla = await world.slackPerson('Carla');
    const nobody = await world.relais.core.people.signIn({
      tenantId: TENANT,
      aadObjectId: `aad-${randomUUID()}`,
      displayName: 'Dora without chat',
    });
    const outsider = await world.teamsPerson('Guest outside', { kind: 'guest' });
    const invited = await world.slackPerson('Guest named', { kind: 'guest' });
    const progress = await delivery().broadcast({
      subjectType: SUBJECT,
      subjectId,
      audience: {
        everyone: false,
        departments: [],
        sites: [],
        roles: [],
        groups: [],
        includeGuests: false,
        people: [alice.id, bruno.email!, carla.id, nobody.id, invited.id],
        channels: [
          { platform: 'teams', tenantId: TENANT, conversationId: '19:general@thread.tacv2', name: 'General' },
          { platform: 'slack', tenantId: SLACK_TEAM, conversationId: 'C0NEWS', name: 'news' },
        ],
      },
    });
    assert.equal(progress.done, false);
    const final = await done(subjectId);
    assert.equal(final.total, 7);
    assert.equal(final.byStatus.sent, 6);
    assert.equal(final.byStatus.unreachable, 1, 'the person with no chat account');

    // exactly one message each: Alice (en), Bruno (fr default), the Teams channel; Carla, the guest, #news
    const teamsSent = teamsTexts('POST').filter((t) => t.includes(subjectId));
    assert.equal(teamsSent.length, 3);
    assert.equal(teamsSent.filter((t) => t.includes(noteText(subjectId, 1, 'en'))).length, 1);
    assert.equal(teamsSent.filter((t) => t.includes(noteText(subjectId, 1, 'fr'))).length, 2);
    const slackSent = slackTexts('chat.postMessage').filter((t) => t.includes(subjectId));
    assert.equal(slackSent.length, 3);
    assert.deepEqual(
      world.slack
        .callsTo('chat.postMessage')
        .map((c) => c.body.channel)
        .sort(),
      [
        'C0NEWS',
        `D${carla.identities[0]!.userId.replace(/^U/, '')}`,
        `D${invited.identities[0]!.userId.replace(/^U/, '')}`,
      ].sort(),
    );

    const { deliveries, total } = await delivery().list(SUBJECT, subjectId, { limit: 50, offset: 0 });
    assert.equal(total, 7);
    for (const d of deliveries.filter((x) => x.status === 'sent')) {
      assert.ok(d.messageId && d.conversationId && d.sentAt, `recorded ${JSON.stringify(d)}`);
      assert.deepEqual(
        (await delivery().findByMessage(d.platform!, d.conversationId!, d.messageId!))?.id,
        d.id,
      );
    }
    const unreachable = deliveries.find((d) => d.status === 'unreachable');
    assert.equal(unreachable?.personId, nobody.id);
    assert.equal(unreachable?.lastError, 'no chat account');
    assert.equal(deliveries.find((d) => d.conversationId === 'C0NEWS')?.channelName, 'news');

    assert.equal(await delivery().isAddressedTo(SUBJECT, subjectId, alice.id), true);
    assert.equal(await delivery().isAddressedTo(SUBJECT, subjectId, outsider.id), false, 'guest not named');
    assert.deepEqual(await delivery().subjectsForPerson(SUBJECT, alice.id, { limit: 10, offset: 0 }), [
      subjectId,
    ]);
    assert.deepEqual(await delivery().subjectsForPerson(SUBJECT, outsider.id, { limit: 10, offset: 0 }), []);
    assert.equal((await delivery().findForPerson(SUBJECT, subjectId, carla.id)).length, 1);

    // idempotent: a second broadcast of the same subject sends nothing more
    await delivery().broadcast({ subjectType: SUBJECT, subjectId, audience: { everyone: true } as never });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal((await done(subjectId)).total, 7);
    assert.equal(teamsTexts('POST').filter((t) => t.includes(subjectId)).length, 3);
  });

  it('reaches everyone (members only) and guests only with includeGuests', async () => {
    const subjectId = randomUUID();
    const guest = await world.teamsPerson('Guest', { kind: 'guest' });
    const member = await world.teamsPerson('Member');
    await delivery().broadcast({
      subjectType: SUBJECT,
      subjectId,
      audience: {
        everyone: true,
        departments: [],
        sites: [],
        roles: [],
        groups: [],
        people: [],
        channels: [],
        includeGuests: false,
      },
    });
    await done(subjectId);
    assert.equal(await delivery().isAddressedTo(SUBJECT, subjectId, member.id), true);
    assert.equal(await delivery().isAddressedTo(SUBJECT, subjectId, guest.id), false);
    const sentTo = (await delivery().list(SUBJECT, subjectId, { limit: 1000, offset: 0 })).deliveries.map(
      (d) => d.personId,
    );
    assert.equal(new Set(sentTo).size, sentTo.length, 'one delivery per person and platform');
  });

  it('retries 412, 502, 503, 504 and 429 (Retry-After) until sent; 403 is unreachable and not retried', async () => {
    const subjectId = randomUUID();
    const people = [];
    for (let i = 0; i < 6; i++) people.push(await world.teamsPerson(`Retry ${i}`));
    const blocked = await world.teamsPerson('Blocked');
    const slackOne = await world.slackPerson('Slack retried');
    for (const status of [412, 502, 503, 504])
      world.teams.failNext({ status, method: 'POST', path: '/v3/conversations' });
    world.teams.failNext({
      status: 403,
      method: 'POST',
      path: '/v3/conversations',
      body: { error: { code: 'MessageWritesBlocked', what: 'blocked' } },
    });
    world.slack.rateLimit('chat.postMessage', { calls: 1, retryAfterSeconds: 1 });
    // the failures go to whoever is sent first; the 403 must reach `blocked`: send it alone first
    const first = randomUUID();
    await delivery().broadcast({
      subjectType: SUBJECT,
      subjectId: first,
      audience: { people: [blocked.id] } as never,
    });
    const blockedFinal = await done(first);
    // four transient failures first, then the 403: five requests, then no more
    assert.equal(blockedFinal.byStatus.unreachable, 1, JSON.stringify(blockedFinal));
    const [row] = (await delivery().list(SUBJECT, first, { limit: 1, offset: 0 })).deliveries;
    assert.equal(row?.attempts, 5);
    assert.match(row?.lastError ?? '', /403|blocked|MessageWritesBlocked/i);
    const createCalls = world.teams.requests.filter((r) => r.path === '/v3/conversations').length;
    assert.equal(createCalls, 5, 'retried 4 times, then stopped at the 403');

    // a 403 recipient is not retried later either
    await new Promise((r) => setTimeout(r, 1_500));
    assert.equal(world.teams.requests.filter((r) => r.path === '/v3/conversations').length, 5);

    for (const status of [412, 502, 503, 504])
      world.teams.failNext({ status, method: 'POST', path: /activities$/ });
    await delivery().broadcast({
      subjectType: SUBJECT,
      subjectId,
      audience: { people: [...people.map((p) => p.id), slackOne.id] } as never,
    });
    const final = await done(subjectId);
    assert.equal(final.byStatus.sent, 7, JSON.stringify(final));
    const sent = teamsTexts('POST').filter((t) => t.includes(subjectId));
    assert.equal(sent.length, 10, 'six messages plus the four injected failures, nothing more');
    const slackCalls = world.slack
      .callsTo('chat.postMessage')
      .filter((c) => String(c.body.text).includes(subjectId));
    assert.equal(slackCalls.filter((c) => c.status === 429).length, 1, 'Slack answered 429 once');
    assert.equal(slackCalls.filter((c) => c.status === 200).length, 1, 'then the message went out once');
    const { deliveries } = await delivery().list(SUBJECT, subjectId, { limit: 10, offset: 0 });
    assert.equal(
      deliveries.filter((d) => d.attempts > 1).length,
      5,
      'four transient failures and one 429 retried',
    );
  });

  it('cancel: queued deliveries become cancelled and are never sent', async () => {
    const subjectId = randomUUID();
    let release!: () => void;
    world.gates.set(subjectId, new Promise<void>((resolve) => (release = resolve)));
    const people = [];
    for (let i = 0; i < 5; i++) people.push(await world.teamsPerson(`Cancel ${i}`));
    await delivery().broadcast({
      subjectType: SUBJECT,
      subjectId,
      audience: { people: people.map((p) => p.id) } as never,
    });
    await pollUntil(
      () => delivery().progress(SUBJECT, subjectId),
      (p: DeliveryProgress) => p.total === 5,
      { timeoutMs: TIMEOUT_MS, what: 'the recipients to be queued' },
    );
    await delivery().cancel(SUBJECT, subjectId);
    release();
    const final = await done(subjectId);
    assert.equal(final.byStatus.cancelled, 5);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(teamsTexts('POST').filter((t) => t.includes(subjectId)).length, 0);
  });

  it('a send job run again after its delivery was sent (its completion lost in a crash) sends nothing', async () => {
    const subjectId = randomUUID();
    const people = [await world.teamsPerson('Rerun Teams'), await world.slackPerson('Rerun Slack')];
    await delivery().broadcast({
      subjectType: SUBJECT,
      subjectId,
      audience: { people: people.map((p) => p.id) } as never,
    });
    assert.equal((await done(subjectId)).byStatus.sent, 2);
    world.teams.reset();
    world.slack.reset();
    // what the job queue does when a completion was not written before a crash: the same send runs again
    const { core } = world.relais;
    const rows = await core.store.db
      .selectFrom('deliveries')
      .select(['id', 'platform'])
      .where('subject_id', '=', subjectId)
      .execute();
    for (const row of rows) {
      const queue = sendQueue(row.platform as PlatformName);
      const jobId = await core.jobs.add<SendJob>(
        queue,
        { kind: 'send', deliveryId: row.id },
        { jobId: `rerun:${row.id}` },
      );
      await pollUntil(
        () => core.jobs.getState(queue, jobId),
        (state) => state === 'completed',
        { timeoutMs: TIMEOUT_MS, what: `the rerun of ${row.platform}` },
      );
    }
    assert.deepEqual(teamsTexts('POST'), []);
    assert.deepEqual(slackTexts('chat.postMessage'), []);
    assert.equal((await delivery().progress(SUBJECT, subjectId)).byStatus.sent, 2);
  });

  it('a subject the provider skips (null) is cancelled, not sent', async () => {
    const subjectId = randomUUID();
    world.skipped.add(subjectId);
    const person = await world.slackPerson('Skipped');
    await delivery().broadcast({
      subjectType: SUBJECT,
      subjectId,
      audience: { people: [person.id] } as never,
    });
    const final = await done(subjectId);
    assert.equal(final.byStatus.cancelled, 1);
    assert.equal(slackTexts('chat.postMessage').filter((t) => t.includes(subjectId)).length, 0);
  });

  it('an edit updates every sent copy, a recall replaces every copy with the withdrawn card', async () => {
    const subjectId = randomUUID();
    const people = [
      await world.teamsPerson('Edit A'),
      await world.teamsPerson('Edit B'),
      await world.slackPerson('Edit C'),
    ];
    await delivery().broadcast({
      subjectType: SUBJECT,
      subjectId,
      audience: {
        people: people.map((p) => p.id),
        channels: [{ platform: 'slack', tenantId: SLACK_TEAM, conversationId: 'C0EDIT' }],
      } as never,
    });
    await done(subjectId);
    world.version.value += 1;
    const version = world.version.value;
    await delivery().refreshAll(SUBJECT, subjectId, 'update');
    await pollUntil(
      async () =>
        teamsTexts('PUT').filter((t) => t.includes(`${subjectId} v${version}`)).length +
        slackTexts('chat.update').filter((t) => t.includes(`${subjectId} v${version}`)).length,
      (n: number) => n === 4,
      { timeoutMs: TIMEOUT_MS, what: 'every copy to be updated' },
    );
    const { deliveries } = await delivery().list(SUBJECT, subjectId, {
      status: 'sent',
      limit: 10,
      offset: 0,
    });
    const teamsPuts = world.teams.requests.filter((r) => r.method === 'PUT').map((r) => r.path);
    for (const d of deliveries.filter((x) => x.platform === 'teams'))
      assert.ok(teamsPuts.includes(`/v3/conversations/${d.conversationId}/activities/${d.messageId}`));

    await delivery().refreshAll(SUBJECT, subjectId, 'withdraw');
    await pollUntil(
      async () =>
        teamsTexts('PUT').filter((t) => t.includes(`withdrawn ${subjectId}`)).length +
        slackTexts('chat.update').filter((t) => t.includes(`withdrawn ${subjectId}`)).length,
      (n: number) => n === 4,
      { timeoutMs: TIMEOUT_MS, what: 'every copy to be withdrawn' },
    );
    const slackUpdates = world.slack.callsTo('chat.update').map((c) => `${c.body.channel}/${c.body.ts}`);
    for (const d of deliveries.filter((x) => x.platform === 'slack'))
      assert.ok(slackUpdates.includes(`${d.conversationId}/${d.messageId}`));
  });
});
