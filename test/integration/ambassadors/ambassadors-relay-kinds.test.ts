/**
 * Relaying polls, surveys and quizzes on Teams, end to end over HTTP (the real adapter, the fake
 * connector), on SQLite and on PostgreSQL + Redis: a poll is relayed into a channel through the
 * polls' own posting, and a colleague's vote on that copy (clicked twice) is attributed to the
 * relay once, in the ambassador's figures and the campaign; a department-only poll is refused for
 * a channel with the reason; a closed poll cannot be asked for; a survey and a quiz are relayed
 * with their own cards.
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import {
  executeActionActivity,
  installationUpdateActivity,
  type TeamsUser,
  teamsUser,
} from '../../harness/teams-activities.js';
import { type CardJson, cardOf, executeActionsOf } from '../teams/teams-helpers.js';
import { describeToursBackends, TENANT, type ToursWorld, unique } from '../tours/tours-world.js';

const buttonOf = (card: CardJson, verb: string, match?: (a: CardJson) => boolean): CardJson => {
  const action = executeActionsOf(card).find((a) => a.verb === verb && (!match || match(a)));
  assert.ok(action, `no ${verb} button: ${executeActionsOf(card).map((a) => a.verb)}`);
  return action;
};

/** the value of the channel picker's choice titled `title` */
function channelChoice(card: CardJson, title: string): string {
  const json = JSON.stringify(card);
  const choices = [...json.matchAll(/"title":"([^"]*)","value":"(c[0-9a-f]{24})"/g)];
  const found = choices.find((m) => m[1] === title);
  assert.ok(found, `no channel ${title} to pick in ${json.slice(0, 300)}`);
  return found[2]!;
}

describeToursBackends('Ambassadors relay polls, surveys and quizzes', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });

  async function teamsPerson(name: string, email: string): Promise<TeamsUser> {
    const user = teamsUser(name);
    world.teams.directory.set(user.id, { id: user.id, name, email });
    assert.equal(
      (await world.teamsPost(installationUpdateActivity(world.teamsScene(user), 'add'))).status,
      200,
    );
    await pollUntil(
      () => world.relais.core.people.findByEmail(email),
      (p) => Boolean(p?.identities.some((i) => i.platform === 'teams')),
    );
    return user;
  }

  const requestsTo = (user: TeamsUser, text: string) =>
    world
      .teamsPostsWith(text)
      .filter(
        (r) =>
          r.path.includes(`personal-${user.aadObjectId}`) &&
          JSON.stringify(r.body).includes('Could you relay'),
      );

  const click = (user: TeamsUser, action: CardJson, inputs?: Record<string, string>) =>
    world.teamsPost(executeActionActivity(world.teamsScene(user), action, { inputs }));

  const inChannel = (channelId: string, text: string) =>
    world
      .teamsPostsWith(text)
      .filter((r) => r.path.includes(encodeURIComponent(channelId)) || r.path.includes(channelId));

  it('relays a poll into a channel and attributes the votes on that copy to the relay, once each', async () => {
    const tag = unique();
    const dept = `Plant ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@amb.test`;
    await world.api('POST', '/people/import', [
      { email: mail('tess'), displayName: 'Tess Relay', department: dept, roles: 'ambassador', locale: 'en' },
      { email: mail('rob'), displayName: 'Rob Reader', department: dept, locale: 'en' },
    ]);
    const tess = (await world.relais.core.people.findByEmail(mail('tess')))!;
    const tessUser = await teamsPerson('Tess Relay', mail('tess'));
    const robUser = await teamsPerson('Rob Reader', mail('rob'));
    const channelId = `19:kinds-${tag}@thread.tacv2`;
    await world.relais.core.conversations.save({
      platform: 'teams',
      tenantId: TENANT,
      conversationId: channelId,
      kind: 'channel',
      personId: null,
      reference: { conversation: { id: channelId, name: `Floor ${tag}` }, serviceUrl: world.teams.url },
    });
    const ask = (subjectType: string, subjectId: string) =>
      world.api('POST', '/relay-campaigns', {
        subjectType,
        subjectId,
        message: { fr: `Partagez ${tag}`, en: `Please share ${tag}` },
        relayDate: '2026-12-08',
        departments: [dept],
      });

    // a poll open to every member: relayed into the channel by the polls' own posting
    const created = await world.api('POST', '/polls', {
      poll: { question: `Lunch spot ${tag}?`, options: ['Canteen', 'Park'] },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const pollId = created.body.poll.id;
    const campaign = await ask('poll', pollId);
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    assert.equal(campaign.body.subjectType, 'poll');
    const [request] = await pollUntil(
      () => requestsTo(tessUser, `Lunch spot ${tag}?`),
      (p) => p.length > 0,
    );
    const requestCard = cardOf(request);
    const shared = await click(tessUser, buttonOf(requestCard, 'ambassador.relay_share'), {
      'in.relay_channel': channelChoice(requestCard, `Floor ${tag}`),
    });
    assert.equal(shared.status, 200, JSON.stringify(shared.body));
    const [copy] = await pollUntil(
      () => inChannel(channelId, `Lunch spot ${tag}?`),
      (p) => p.length > 0,
    );
    const relay = await pollUntil(
      () =>
        world.relais.core.store.db
          .selectFrom('relays' as never)
          .selectAll()
          .where('ambassador_id' as never, '=', tess.id as never)
          .executeTakeFirst() as Promise<{ message_id: string | null } | undefined>,
      (r) => Boolean(r?.message_id),
    );

    // Rob votes on the channel copy, twice: attributed to Tess's relay once
    const vote = buttonOf(cardOf(copy), 'poll.vote');
    const channelScene = world.teamsScene(robUser, {
      id: `${channelId};messageid=${relay!.message_id}`,
      conversationType: 'channel',
    });
    for (let i = 0; i < 2; i++) {
      const voted = await world.teamsPost(
        executeActionActivity(channelScene, vote, { replyToId: relay!.message_id! }),
      );
      assert.equal(voted.status, 200, JSON.stringify(voted.body));
    }
    // a vote on another copy (Rob's own chat) is not the relay's
    await click(robUser, vote);
    const figures = await pollUntil(
      async () => (await world.api('GET', `/ambassadors/${tess.id}/figures`)).body.figures,
      (f) => f.voted >= 1,
    );
    assert.equal(figures.voted, 1);
    assert.equal(figures.engaged, 1);
    assert.equal(figures.relays, 1);
    const view = await world.api('GET', `/relay-campaigns/${campaign.body.id}`);
    assert.equal(view.body.counts.relayed, 1);
    assert.equal(view.body.requests[0].engaged, 1);
    // the poll's campaigns, as its console page lists them
    const ofPoll = await world.api('GET', `/relay-campaigns?subjectType=poll&subjectId=${pollId}`);
    assert.deepEqual(
      ofPoll.body.campaigns.map((c: { id: string }) => c.id),
      [campaign.body.id],
    );
    assert.equal(view.body.engaged, 1);

    // a poll sent 1:1 to the department only: refused for the channel, with the reason
    const deptPoll = await world.api('POST', '/polls', {
      poll: { question: `Dept only ${tag}?`, options: ['Yes', 'No'] },
      target: { audience: { departments: [dept] } },
    });
    assert.equal(deptPoll.status, 201, JSON.stringify(deptPoll.body));
    // Tess is asked once her own copy exists (she is inside the poll's audience)
    await pollUntil(
      () =>
        world
          .teamsPostsWith(`Dept only ${tag}?`)
          .filter((r) => r.path.includes(`personal-${tessUser.aadObjectId}`)),
      (p) => p.length > 0,
    );
    const second = await ask('poll', deptPoll.body.poll.id);
    assert.equal(second.status, 201, JSON.stringify(second.body));
    assert.equal(second.body.requests.length, 1, JSON.stringify(second.body.skipped));
    const [deptRequest] = await pollUntil(
      () => requestsTo(tessUser, `Dept only ${tag}?`),
      (p) => p.length > 0,
    );
    const deptCard = cardOf(deptRequest);
    const refusal = await click(tessUser, buttonOf(deptCard, 'ambassador.relay_share'), {
      'in.relay_channel': channelChoice(deptCard, `Floor ${tag}`),
    });
    assert.ok(
      JSON.stringify(refusal.body).includes('part of the organisation'),
      JSON.stringify(refusal.body),
    );

    // a closed poll cannot be asked for
    assert.equal((await world.api('POST', `/polls/${pollId}/close`, {})).status, 200);
    const closed = await ask('poll', pollId);
    assert.equal(closed.status, 409, JSON.stringify(closed.body));
    assert.match(JSON.stringify(closed.body), /closed|clos/);
  });

  it('relays a survey and a quiz with their own cards', async () => {
    const tag = unique();
    const dept = `Lab ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@amb.test`;
    await world.api('POST', '/people/import', [
      { email: mail('uma'), displayName: 'Uma Relay', department: dept, roles: 'ambassador', locale: 'en' },
    ]);
    const umaUser = await teamsPerson('Uma Relay', mail('uma'));
    const channelId = `19:surveys-${tag}@thread.tacv2`;
    await world.relais.core.conversations.save({
      platform: 'teams',
      tenantId: TENANT,
      conversationId: channelId,
      kind: 'channel',
      personId: null,
      reference: { conversation: { id: channelId, name: `Lab ${tag}` }, serviceUrl: world.teams.url },
    });
    const survey = await world.api('POST', '/surveys', {
      title: `Pulse ${tag}`,
      locale: 'en',
      questions: [{ kind: 'single', label: 'Happy here?', options: ['Yes', 'No'] }],
    });
    assert.equal(survey.status, 200, JSON.stringify(survey.body));
    const quiz = await world.api('POST', '/quizzes', {
      title: `Quiz ${tag}`,
      locale: 'en',
      questions: [
        {
          id: 'q1',
          label: 'Two plus two?',
          options: [
            { id: 'four', label: '4', correct: true },
            { id: 'five', label: '5' },
          ],
        },
      ],
    });
    assert.equal(quiz.status, 200, JSON.stringify(quiz.body));
    for (const [subjectType, id, title] of [
      ['survey', survey.body.id, `Pulse ${tag}`],
      ['quiz', quiz.body.id, `Quiz ${tag}`],
    ] as const) {
      const campaign = await world.api('POST', '/relay-campaigns', {
        subjectType,
        subjectId: id,
        message: { fr: 'Partagez', en: 'Please share' },
        relayDate: '2026-12-08',
        departments: [dept],
      });
      assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
      assert.equal(campaign.body.requests.length, 1);
      const [request] = await pollUntil(
        () => requestsTo(umaUser, title),
        (p) => p.length > 0,
      );
      const card = cardOf(request);
      const shared = await click(umaUser, buttonOf(card, 'ambassador.relay_share'), {
        'in.relay_channel': channelChoice(card, `Lab ${tag}`),
      });
      assert.equal(shared.status, 200);
      const copies = await pollUntil(
        () => inChannel(channelId, title),
        (p) => p.length > 0,
      );
      assert.equal(copies.length, 1, `${subjectType}: one copy in the channel`);
      const view = await world.api('GET', `/relay-campaigns/${campaign.body.id}`);
      assert.equal(view.body.counts.relayed, 1, subjectType);
    }
  });
});
