/**
 * Who may make the bot post a poll into a conversation, over HTTP with tab SSO tokens: a member
 * of it as the platform lists it (the Teams connector's conversation member, Slack's
 * conversations.members, paged), or an organisation-wide communicator. Anyone else — a member of
 * the organisation who is not in that channel, a communicator scoped to a department, the author
 * of a poll re-posting it elsewhere — gets 403 `not_in_conversation` in their language, and
 * nothing is posted.
 */
import assert from 'node:assert/strict';
import { translate } from '../../../shared/i18n/i18n.js';
import { linkDirectoryAccount } from '../../harness/directory-accounts.js';
import { type KeyServer, startKeyServer } from '../../harness/key-server.js';
import type { TeamsUser } from '../../harness/teams-activities.js';
import { ENGLISH, FRENCH, TEAM } from '../slack/slack-world.js';
import {
  type PollWorld,
  SLACK_CHANNEL,
  startPollWorld,
  TEAMS_CHANNEL,
  TENANT,
  teamsChannelKnown,
  teamsMember,
} from './poll-world.js';

const CLIENT_ID = '33333333-4444-5555-6666-777777777777';
const ISSUER = `https://login.example.com/${TENANT}/v2.0`;
const OTHER_SLACK_CHANNEL = 'C0ELSEWHERE';

describe('Posting a poll into a conversation: its members, or communicators (HTTP)', () => {
  let keys: KeyServer;
  let world: PollWorld;
  let tess: TeamsUser;
  let olaf: TeamsUser;
  const personOf = new Map<string, string>();

  before(async function () {
    this.timeout(20_000);
    keys = await startKeyServer();
    world = await startPollWorld(undefined, {
      TAB_SSO_CLIENT_ID: CLIENT_ID,
      TAB_SSO_ISSUER: ISSUER,
      TAB_SSO_JWKS_URL: keys.jwksUrl,
    });
    const { people } = world.slack.relais.core;
    const opener = await teamsChannelKnown(world);
    tess = teamsMember(world, 'Tess Inside');
    olaf = teamsMember(world, 'Olaf Outside');
    world.connector.rosters.set(TEAMS_CHANNEL, new Set([opener.id, tess.id]));
    // the bot met both in Teams: their Teams identities carry their Entra object ids
    for (const user of [tess, olaf]) {
      const person = await people.learn(
        { platform: 'teams', tenantId: TENANT, userId: user.id, aadObjectId: user.aadObjectId },
        { displayName: user.name, kind: 'member' },
      );
      personOf.set(user.aadObjectId, person.id);
    }
    // and both Slack users, whose directory accounts are linked to them
    for (const user of [FRENCH, ENGLISH]) {
      const person = await people.learn(
        { platform: 'slack', tenantId: TEAM, userId: user.id },
        { displayName: user.realName, email: user.email, locale: user.locale, kind: 'member' },
      );
      await linkDirectoryAccount(world.slack.relais.core.store.db, person.id, TENANT, `oid-${user.id}`);
      personOf.set(`oid-${user.id}`, person.id);
    }
    // a big channel: Amélie is on the second page of conversations.members
    const crowd = Array.from({ length: 1200 }, (_, i) => `U0CROWD${i}`);
    world.slack.fake.setChannelMembers(SLACK_CHANNEL, ['U0BOT', ...crowd, FRENCH.id]);
    world.slack.fake.setChannelMembers(OTHER_SLACK_CHANNEL, ['U0BOT', ENGLISH.id]);
  });
  after(async () => {
    await world?.close();
    await keys?.close();
  });

  const as = async (oid: string) => ({
    authorization: `Bearer ${await keys.sign({ aud: CLIENT_ID, iss: ISSUER, tid: TENANT, oid, name: oid })}`,
  });
  const poll = (question: string) => ({ question, options: ['Yes', 'No'] });
  const teamsChannel = { platform: 'teams', tenantId: TENANT, conversationId: TEAMS_CHANNEL };
  const slackChannel = { platform: 'slack', tenantId: TEAM, conversationId: SLACK_CHANNEL };
  const otherSlackChannel = { platform: 'slack', tenantId: TEAM, conversationId: OTHER_SLACK_CHANNEL };
  const postedTexts = () =>
    world.slack.fake.callsTo('chat.postMessage').map((c) => JSON.stringify(c.body)) as string[];
  const teamsTexts = () => world.connector.sentActivities().map((r) => JSON.stringify(r.body));

  const assertRefused = (
    response: { status: number; body: { error: { code: string; message: string; details?: unknown } } },
    locale: 'fr' | 'en',
  ) => {
    assert.equal(response.status, 403, JSON.stringify(response.body));
    assert.equal(response.body.error.code, 'forbidden');
    assert.deepEqual(response.body.error.details, { reason: 'not_in_conversation' });
    assert.equal(response.body.error.message, translate(locale, 'poll.error.not_in_conversation'));
  };

  it('posts for a member of the Teams channel and of the Slack channel, as the platforms list them', async () => {
    const inTeams = await world.api(
      'POST',
      '/polls',
      { poll: poll('Teams member asks?'), target: { conversation: teamsChannel } },
      await as(tess.aadObjectId),
    );
    assert.equal(inTeams.status, 201, inTeams.text);
    assert.ok(teamsTexts().some((t) => t.includes('Teams member asks?')));
    const inSlack = await world.api(
      'POST',
      '/polls',
      { poll: poll('Slack member asks?'), target: { conversation: slackChannel } },
      await as(`oid-${FRENCH.id}`),
    );
    assert.equal(inSlack.status, 201, inSlack.text);
    assert.ok(postedTexts().some((t) => t.includes('Slack member asks?')));
  });

  it('refuses a member of the organisation who is not in the conversation, in their language', async () => {
    const teams = await world.api(
      'POST',
      '/polls',
      { poll: poll('Olaf intrudes?'), target: { conversation: teamsChannel } },
      await as(olaf.aadObjectId),
    );
    assertRefused(teams, 'fr'); // no locale of his own: DEFAULT_LOCALE
    const slack = await world.api(
      'POST',
      '/polls',
      { poll: poll('John intrudes?'), target: { conversation: slackChannel } },
      await as(`oid-${ENGLISH.id}`),
    );
    assertRefused(slack, 'en');
    const unknown = await world.api(
      'POST',
      '/polls',
      { poll: poll('Anywhere?'), target: { conversation: { ...slackChannel, conversationId: 'C0NOWHERE' } } },
      await as(`oid-${FRENCH.id}`),
    );
    assertRefused(unknown, 'fr');
    // nor the other platform, where they have no identity at all
    assertRefused(
      await world.api(
        'POST',
        '/polls',
        { poll: poll('Cross over?'), target: { conversation: teamsChannel } },
        await as(`oid-${FRENCH.id}`),
      ),
      'fr',
    );
    for (const text of ['Olaf intrudes?', 'John intrudes?', 'Anywhere?', 'Cross over?']) {
      assert.ok(![...postedTexts(), ...teamsTexts()].some((t) => t.includes(text)), `${text} was posted`);
    }
  });

  it('lets an organisation-wide communicator post anywhere, not one scoped to a department', async () => {
    const { people } = world.slack.relais.core;
    const olafId = personOf.get(olaf.aadObjectId)!;
    await people.grant(olafId, 'communicator');
    const johnId = personOf.get(`oid-${ENGLISH.id}`)!;
    await people.grant(johnId, 'communicator', 'department:Sales');
    try {
      const communicator = await world.api(
        'POST',
        '/polls',
        { poll: poll('Communicator asks?'), target: { conversation: teamsChannel } },
        await as(olaf.aadObjectId),
      );
      assert.equal(communicator.status, 201, communicator.text);
      const scoped = await world.api(
        'POST',
        '/polls',
        { poll: poll('Scoped asks?'), target: { conversation: slackChannel } },
        await as(`oid-${ENGLISH.id}`),
      );
      assertRefused(scoped, 'en');
    } finally {
      await people.revoke(olafId, 'communicator');
      await people.revoke(johnId, 'communicator', 'department:Sales');
    }
  });

  it('lets the author re-post their poll only where they are a member', async () => {
    const amelie = await as(`oid-${FRENCH.id}`);
    const created = await world.api('POST', '/polls', { poll: poll('Where else?') }, amelie);
    assert.equal(created.status, 201, created.text);
    const id = created.body.poll.id as string;
    const here = await world.api('POST', `/polls/${id}/post`, { conversation: slackChannel }, amelie);
    assert.equal(here.status, 201, here.text);
    assertRefused(
      await world.api('POST', `/polls/${id}/post`, { conversation: otherSlackChannel }, amelie),
      'fr',
    );
    assertRefused(await world.api('POST', `/polls/${id}/post`, { conversation: teamsChannel }, amelie), 'fr');
  });

  it('answers 503 when Slack cannot tell who is in the channel, and posts nothing', async () => {
    world.slack.fake.fail('conversations.members', { error: 'service_unavailable', times: 1 });
    const response = await world.api(
      'POST',
      '/polls',
      { poll: poll('During an outage?'), target: { conversation: slackChannel } },
      await as(`oid-${FRENCH.id}`),
    );
    assert.equal(response.status, 503, response.text);
    assert.equal(response.body.error.code, 'platform_unavailable');
    assert.ok(!postedTexts().some((t) => t.includes('During an outage?')));
  });
});
