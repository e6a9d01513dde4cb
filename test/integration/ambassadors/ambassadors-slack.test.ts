/**
 * Ambassadors on Slack, end to end with signed requests and the recording fake Web API, on SQLite
 * and on PostgreSQL + Redis: `/relais ambassadeurs` lists the ambassadors of my department with a
 * way to reach them; a relay request reaches the ambassador's DM as Block Kit with the suggested
 * message escaped; "I relayed it elsewhere" clicked twice records one relay; "Snooze 1 day" and
 * "Not for my team" are recorded as such, each once.
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import type { FakeSlackCall } from '../../harness/fake-slack-api.js';
import { describeToursBackends, type ToursWorld, unique } from '../tours/tours-world.js';

interface SlackButton {
  action_id: string;
  value?: string;
}

function buttonFor(call: FakeSlackCall | undefined, action: string): SlackButton {
  const found: SlackButton[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'button' && typeof n.action_id === 'string' && n.action_id.startsWith(`${action}:`))
        found.push(n as unknown as SlackButton);
      Object.values(n).forEach(walk);
    }
  };
  walk(call?.body.blocks);
  assert.ok(found[0], `no ${action} button`);
  return found[0];
}

describeToursBackends('Ambassadors on Slack', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });

  /** a Slack user of the world's workspace, learned by Relais through a first command */
  async function slackPerson(name: string, email: string): Promise<string> {
    const id = `U0${unique()}`;
    world.slack.addUser({
      id,
      teamId: world.slackTeam,
      realName: name,
      email,
      locale: 'en-US',
      tz: 'Europe/Paris',
    });
    await world.slackCommand(id, 'help');
    await pollUntil(
      () => world.relais.core.people.findByEmail(email),
      (p) => Boolean(p?.identities.some((i) => i.platform === 'slack')),
    );
    return id;
  }

  it('lists the ambassadors in French, and records the answers to relay requests once each', async () => {
    const tag = unique();
    const dept = `Field ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@amb.test`;
    await world.api('POST', '/people/import', [
      { email: mail('sam'), displayName: 'Sam Slack', department: dept, roles: 'ambassador', locale: 'en' },
      { email: mail('rita'), displayName: 'Rita Reader', department: dept, locale: 'fr' },
    ]);
    const samId = await slackPerson('Sam Slack', mail('sam'));
    const ritaId = await slackPerson('Rita Reader', mail('rita'));

    const { responseUrl } = await world.slackCommand(ritaId, 'ambassadeurs');
    const listed = await pollUntil(
      () => world.slack.callsTo('response_url').filter((c) => c.body.url === new URL(responseUrl).pathname),
      (calls) => calls.length > 0,
    );
    const listText = JSON.stringify(listed[0]?.body);
    assert.ok(
      listText.includes('Vos ambassadeurs') && listText.includes('Sam Slack'),
      listText.slice(0, 400),
    );
    assert.ok(listText.includes(`mailto:${mail('sam')}`), 'a way to reach Sam');

    const item = await world.api('POST', '/news', {
      variants: { en: { title: `Slack relay ${tag}` } },
      audience: { everyone: true },
    });
    assert.equal((await world.api('POST', `/news/${item.body.id}/publish`, {})).status, 200);
    const ask = () =>
      world.api('POST', '/relay-campaigns', {
        subjectType: 'news',
        subjectId: item.body.id,
        message: { fr: 'Partagez', en: `Share _this_ ${tag}` },
        relayDate: '2026-12-09',
        departments: [dept],
      });
    const campaigns = [await ask(), await ask(), await ask()];
    for (const c of campaigns) assert.equal(c.status, 201, JSON.stringify(c.body));
    const requests = await pollUntil(
      () =>
        world
          .slackCallsWith('chat.postMessage', `Slack relay ${tag}`)
          .filter((c) => JSON.stringify(c.body).includes('Could you relay')),
      (calls) => calls.length === 3,
    );
    const suggested = JSON.stringify(requests[0]?.body.blocks);
    assert.ok(suggested.includes(`Share`) && !suggested.includes(`Share _this_`), suggested);
    const click = (call: FakeSlackCall, action: string) => {
      const button = buttonFor(call, action);
      return world.slackClick({
        teamId: world.slackTeam,
        userId: samId,
        channelId: String(call.body.channel),
        messageTs: String(call.response.ts),
        action: { action_id: button.action_id, value: button.value, type: 'button' },
        blocks: call.body.blocks as unknown[],
      });
    };
    const byCampaign = (id: string) =>
      requests.find((r) =>
        JSON.stringify(r.body).includes(campaigns.find((c) => c.body.id === id)!.body.requests[0].id),
      )!;

    const [first, second, third] = campaigns.map((c) => byCampaign(c.body.id));
    assert.equal((await click(first!, 'ambassador.relay_elsewhere')).status, 200);
    assert.equal((await click(first!, 'ambassador.relay_elsewhere')).status, 200);
    assert.equal((await click(second!, 'ambassador.relay_snooze')).status, 200);
    assert.equal((await click(third!, 'ambassador.relay_decline')).status, 200);

    const states = await pollUntil(
      async () =>
        Promise.all(
          campaigns.map(async (c) => (await world.api('GET', `/relay-campaigns/${c.body.id}`)).body),
        ),
      // a relay is claimed (state) before its row is written (where): wait for both
      (views) =>
        views.every((v) => v.requests[0].state !== 'asked') && views[0].requests[0].relayedTo !== null,
    );
    assert.deepEqual(
      states.map((v) => v.requests[0].state),
      ['relayed', 'snoozed', 'declined'],
    );
    assert.equal(states[0].requests[0].relayedTo.kind, 'elsewhere');
    const relayed = await world.relais.core.store.db
      .selectFrom('events')
      .select('id')
      .where('type', '=', 'ambassador.relayed')
      .where('subject_id', '=', item.body.id)
      .execute();
    assert.equal(relayed.length, 1, 'relayed once despite the double click');
  });
});
