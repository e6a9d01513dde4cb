/**
 * Recognition on Slack, with signed requests and the recording fake Web API, on SQLite and on
 * PostgreSQL + Redis: "Share in a channel" records the relay's reach from conversations.members
 * (the channel's member count), which the ambassador's figures add up; the monthly thank-you
 * reaches the ambassador's DM as Block Kit with their own figures and their name escaped.
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import type { FakeSlackCall } from '../../harness/fake-slack-api.js';
import { describeToursBackends, type ToursWorld, unique } from '../tours/tours-world.js';

/** every value of the Block Kit `static_select` whose option is labelled `label` */
function optionValue(call: FakeSlackCall, label: string): string {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      const text = n.text as { text?: string } | undefined;
      if (typeof n.value === 'string' && text?.text === label) found.push(n.value);
      Object.values(n).forEach(walk);
    }
  };
  walk(call.body.blocks);
  assert.ok(found[0], `no option ${label}`);
  return found[0];
}

function buttonFor(call: FakeSlackCall, action: string): { action_id: string; value?: string } {
  const found: { action_id: string; value?: string }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'button' && typeof n.action_id === 'string' && n.action_id.startsWith(`${action}:`))
        found.push(n as { action_id: string; value?: string });
      Object.values(n).forEach(walk);
    }
  };
  walk(call.body.blocks);
  assert.ok(found[0], `no ${action} button`);
  return found[0];
}

describeToursBackends('Ambassador recognition on Slack', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });

  it('counts the reach of a channel relay and thanks in Block Kit', async () => {
    const tag = unique();
    const dept = `Plant ${tag}`;
    const email = `sol.${tag.toLowerCase()}@rec.test`;
    await world.api('POST', '/people/import', [
      { email, displayName: 'Sol <Slack> *Amb*', department: dept, roles: 'ambassador', locale: 'en' },
    ]);
    const solId = `U0${unique()}`;
    world.slack.addUser({
      id: solId,
      teamId: world.slackTeam,
      realName: 'Sol',
      email,
      locale: 'en-US',
      tz: 'Europe/Paris',
    });
    await world.slackCommand(solId, 'help');
    const sol = await pollUntil(
      () => world.relais.core.people.findByEmail(email),
      (p) => Boolean(p?.identities.some((i) => i.platform === 'slack')),
    );
    // a channel the bot is in (users.conversations lists it to Sol's picker), with 42 members as Slack counts them
    const channel = `C0${tag}`;
    await world.relais.core.conversations.save({
      platform: 'slack',
      tenantId: world.slackTeam,
      conversationId: channel,
      kind: 'channel',
      personId: null,
      reference: { name: `plant-${tag}` },
    });
    world.slack.setChannelMembers(
      channel,
      [solId, 'U0BOT', ...Array.from({ length: 40 }, (_, i) => `U0M${i}${tag}`)],
      `plant-${tag}`,
    );

    const item = await world.api('POST', '/news', {
      variants: { en: { title: `Reach ${tag}` } },
      audience: { everyone: true },
    });
    assert.equal((await world.api('POST', `/news/${item.body.id}/publish`, {})).status, 200);
    const campaign = await world.api('POST', '/relay-campaigns', {
      subjectType: 'news',
      subjectId: item.body.id,
      message: { fr: 'Partagez', en: 'Share' },
      relayDate: '2026-12-09',
      departments: [dept],
    });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    const [request] = await pollUntil(
      () =>
        world
          .slackCallsWith('chat.postMessage', `Reach ${tag}`)
          .filter((c) => JSON.stringify(c.body).includes('Could you relay')),
      (calls) => calls.length > 0,
    );
    const share = buttonFor(request!, 'ambassador.relay_share');
    const clicked = await world.slackClick({
      teamId: world.slackTeam,
      userId: solId,
      channelId: String(request!.body.channel),
      messageTs: String(request!.response.ts),
      action: { action_id: share.action_id, value: share.value, type: 'button' },
      blocks: request!.body.blocks as unknown[],
      state: {
        'in.relay_channel': {
          value: { type: 'static_select', selected_option: { value: optionValue(request!, `plant-${tag}`) } },
        },
      },
    });
    assert.equal(clicked.status, 200);
    await pollUntil(
      () => world.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel),
      (calls) => calls.length > 0,
    );
    const figures = await pollUntil(
      () => world.api('GET', `/ambassadors/${sol!.id}/figures`),
      (r) => r.body.figures?.relays === 1,
    );
    assert.deepEqual(
      { ...figures.body.figures },
      {
        ...{ relays: 1, channelRelays: 1, reach: 42, reachUnknown: 0, helped: 0, returned: 0 },
        // nobody acted on the relayed copy yet
        ...{ engaged: 0, acknowledged: 0, voted: 0, answered: 0 },
      },
    );

    assert.equal((await world.api('POST', '/ambassadors/thanks/run', { month: 'this' })).status, 202);
    const [thanks] = await pollUntil(
      () => world.slackCallsWith('chat.postMessage', 'Thank you, Sol'),
      (calls) => calls.length > 0,
    );
    const blocks = JSON.stringify(thanks!.body.blocks);
    assert.ok(blocks.includes('42'), blocks);
    // the name only as plain text (the header), never in a mrkdwn field where `<` would link
    const header = (thanks!.body.blocks as { type: string; text?: { type: string; text: string } }[])[0];
    assert.equal(header?.type, 'header');
    assert.equal(header?.text?.type, 'plain_text');
    assert.equal(header?.text?.text, 'Thank you, Sol <Slack> *Amb*!');
    const mrkdwn = JSON.stringify((thanks!.body.blocks as unknown[]).slice(1));
    assert.ok(!mrkdwn.includes('Sol'), mrkdwn);
  });
});
