/**
 * Tours and guests, over HTTP with signed Slack events on SQLite and PostgreSQL + Redis: an
 * organisation-wide tour (who: everyone) starts for a member joining the workspace, never for a
 * guest (Slack's is_restricted); a tour naming a group's channel (groupKey) starts for the guest
 * who joins that channel. Fails with tours' "everyone" letting guests in.
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import { describeToursBackends, type ToursWorld, unique } from '../tours/tours-world.js';

describeToursBackends('Tours: an organisation-wide tour never reaches a guest', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });
  afterEach(async () => {
    await world.archiveAll();
  });

  const joins = async (name: string, guest: boolean) => {
    const id = `U0${unique()}`;
    world.slack.addUser({
      id,
      teamId: world.slackTeam,
      realName: name,
      email: `${id.toLowerCase()}@tours.test`,
      locale: 'en-US',
      tz: 'Europe/Paris',
      ...(guest ? { isRestricted: true } : {}),
    });
    const joined = await world.slackEvent({
      type: 'team_join',
      user: { id, team_id: world.slackTeam, name, real_name: name, is_bot: false },
    });
    assert.equal(joined.status, 200);
    return id;
  };
  const personOf = async (userId: string) => {
    const person = await pollUntil(
      // a guest's address is not kept on their person: found by their Slack identity
      () => world.relais.core.people.findByIdentity({ platform: 'slack', tenantId: world.slackTeam, userId }),
      (p) => p !== undefined,
    );
    return person!;
  };

  it('team_join: the member gets the organisation’s tour, the guest gets nothing', async () => {
    const tag = unique();
    await world.createTour({
      name: `Org ${tag}`,
      triggers: ['first_contact'],
      audience: { who: 'everyone' },
      steps: [{ key: 'one', schedule: 'first contact', title: `Org step ${tag}` }],
    });
    const guest = await joins('Gus Guest', true);
    const member = await joins('Meg Member', false);
    await pollUntil(
      () => world.slackCallsWith('chat.postMessage', `Org step ${tag}`),
      (calls) => calls.length > 0,
    );
    const guestPerson = await personOf(guest);
    assert.equal(guestPerson.kind, 'guest', 'Slack said is_restricted');
    assert.deepEqual(
      await world.relais.core.tours.journeysOf(guestPerson.id),
      [],
      'no journey for the guest',
    );
    const sentTo = world
      .slackCallsWith('chat.postMessage', `Org step ${tag}`)
      .map((c) => String(c.body.channel));
    assert.deepEqual(sentTo, [`D${member.slice(1)}`]);
  });

  it('a tour naming the group’s channel starts for the guest who joins it', async () => {
    const tag = unique();
    const channel = `C0${tag}`;
    await world.createTour({
      name: `Group ${tag}`,
      triggers: ['channel_join'],
      audience: { who: 'everyone', groupKey: channel },
      steps: [{ key: 'group', schedule: 'first contact', title: `Group step ${tag}` }],
    });
    await world.createTour({
      name: `Elsewhere ${tag}`,
      triggers: ['channel_join'],
      audience: { who: 'everyone' },
      steps: [{ key: 'org', schedule: 'first contact', title: `Any channel ${tag}` }],
    });
    const guest = await joins('Gaby Guest', true);
    const joined = await world.slackEvent({
      type: 'member_joined_channel',
      user: guest,
      channel,
      channel_type: 'C',
      team: world.slackTeam,
    });
    assert.equal(joined.status, 200);
    await pollUntil(
      () => world.slackCallsWith('chat.postMessage', `Group step ${tag}`),
      (calls) => calls.length > 0,
    );
    const journeys = await world.relais.core.tours.journeysOf((await personOf(guest)).id);
    assert.deepEqual(
      journeys.map((j) => j.trigger.groupKey),
      [channel],
      'only the tour naming the channel; the organisation-wide one on any channel join is not theirs',
    );
    assert.equal(world.slackCallsWith('chat.postMessage', `Any channel ${tag}`).length, 0);
  });
});
