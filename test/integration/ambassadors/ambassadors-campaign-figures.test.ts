/**
 * Ambassadors' figures that must not double count, on Teams end to end over HTTP (the real
 * adapter, the fake connector), on SQLite and on PostgreSQL + Redis:
 * - a colleague who votes on two relayed copies of the same poll is one person engaged by the
 *   campaign (each relay still counts them once); each relay's reach is its channel's member
 *   count as the Teams connector pages it;
 * - a survey relayed into a channel and answered in Teams' dialog (task/fetch, task/submit: no
 *   message named) is the relay's, through the relay id its copy's button and dialog carry; a
 *   forged relay id of another survey credits nobody;
 * - naming an ambassador again (twice in a row, or twice at once) logs `nominated` and `approved`
 *   once.
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import {
  executeActionActivity,
  installationUpdateActivity,
  invokeActivity,
  type TeamsUser,
  teamsUser,
} from '../../harness/teams-activities.js';
import { type CardJson, cardOf, executeActionsOf } from '../teams/teams-helpers.js';
import { describeToursBackends, TENANT, type ToursWorld, unique } from '../tours/tours-world.js';

const buttonOf = (card: CardJson, verb: string): CardJson => {
  const action = executeActionsOf(card).find((a) => a.verb === verb);
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

/** every Action.Submit of a card (the survey's Answer opens a dialog through one) */
function submitsOf(node: unknown, out: CardJson[] = []): CardJson[] {
  if (Array.isArray(node)) for (const item of node) submitsOf(item, out);
  else if (node && typeof node === 'object') {
    const record = node as CardJson;
    if (record.type === 'Action.Submit') out.push(record);
    for (const value of Object.values(record)) submitsOf(value, out);
  }
  return out;
}

describeToursBackends('Ambassadors: campaign figures counted once', (getWorld) => {
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

  async function channel(name: string): Promise<string> {
    const id = `19:${name.replace(/\W/g, '')}@thread.tacv2`;
    await world.relais.core.conversations.save({
      platform: 'teams',
      tenantId: TENANT,
      conversationId: id,
      kind: 'channel',
      personId: null,
      reference: { conversation: { id, name }, serviceUrl: world.teams.url },
    });
    return id;
  }

  /** the ambassador shares their request into the channel; returns the copy's message id */
  async function share(user: TeamsUser, personId: string, title: string, channelName: string, id: string) {
    const [request] = await pollUntil(
      () => requestsTo(user, title),
      (p) => p.length > 0,
    );
    const card = cardOf(request);
    const shared = await click(user, buttonOf(card, 'ambassador.relay_share'), {
      'in.relay_channel': channelChoice(card, channelName),
    });
    assert.equal(shared.status, 200, JSON.stringify(shared.body));
    await pollUntil(
      () => inChannel(id, title),
      (p) => p.length > 0,
    );
    const relay = await pollUntil(
      () =>
        world.relais.core.store.db
          .selectFrom('relays' as never)
          .selectAll()
          .where('ambassador_id' as never, '=', personId as never)
          .where('conversation_id' as never, '=', id as never)
          .executeTakeFirst() as Promise<{ request_id: string; message_id: string | null } | undefined>,
      (r) => Boolean(r?.message_id),
    );
    return relay!;
  }

  const ask = (tag: string, dept: string, subjectType: string, subjectId: string) =>
    world.api('POST', '/relay-campaigns', {
      subjectType,
      subjectId,
      message: { fr: `Partagez ${tag}`, en: `Please share ${tag}` },
      relayDate: '2026-12-08',
      departments: [dept],
    });

  it('counts a colleague who acted on two relays of one campaign once', async () => {
    const tag = unique();
    const dept = `Dock ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@once.test`;
    await world.api('POST', '/people/import', [
      { email: mail('tia'), displayName: 'Tia Relay', department: dept, roles: 'ambassador', locale: 'en' },
      { email: mail('tom'), displayName: 'Tom Relay', department: dept, roles: 'ambassador', locale: 'en' },
      { email: mail('rex'), displayName: 'Rex Reader', department: dept, locale: 'en' },
    ]);
    const people = world.relais.core.people;
    const [tia, tom] = await Promise.all(
      ['tia', 'tom'].map(async (w) => (await people.findByEmail(mail(w)))!),
    );
    const tiaUser = await teamsPerson('Tia Relay', mail('tia'));
    const tomUser = await teamsPerson('Tom Relay', mail('tom'));
    const rexUser = await teamsPerson('Rex Reader', mail('rex'));
    const north = await channel(`North ${tag}`);
    const south = await channel(`South ${tag}`);
    // who the connector lists in each channel: its count is the relay's reach
    world.teams.rosters.set(north, new Set([tiaUser.id, rexUser.id, `29:other-${tag}`]));
    // south is larger than one page of the connector's member list (500)
    const crowd = Array.from({ length: 1200 }, (_, i) => `29:crowd-${i}-${tag}`);
    world.teams.rosters.set(south, new Set([tomUser.id, rexUser.id, ...crowd]));

    const created = await world.api('POST', '/polls', {
      poll: { question: `Coffee ${tag}?`, options: ['Yes', 'No'] },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const campaign = await ask(tag, dept, 'poll', created.body.poll.id);
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    const relays = [
      await share(tiaUser, tia!.id, `Coffee ${tag}?`, `North ${tag}`, north),
      await share(tomUser, tom!.id, `Coffee ${tag}?`, `South ${tag}`, south),
    ];
    const [copy] = inChannel(north, `Coffee ${tag}?`);
    const vote = buttonOf(cardOf(copy), 'poll.vote');
    // Rex votes on both copies
    for (const [id, relay] of [
      [north, relays[0]!],
      [south, relays[1]!],
    ] as const) {
      const scene = world.teamsScene(rexUser, {
        id: `${id};messageid=${relay.message_id}`,
        conversationType: 'channel',
      });
      const voted = await world.teamsPost(
        executeActionActivity(scene, vote, { replyToId: relay.message_id! }),
      );
      assert.equal(voted.status, 200, JSON.stringify(voted.body));
    }
    const view = await pollUntil(
      () => world.api('GET', `/relay-campaigns/${campaign.body.id}`),
      (v) => v.body.requests.every((r: { engaged: number }) => r.engaged === 1),
    );
    assert.equal(view.body.counts.relayed, 2);
    assert.equal(view.body.engaged, 1, 'one person, however many copies they acted on');
    assert.deepEqual(
      view.body.requests.map((r: { ambassadorId: string; reach: number | null }) => [
        r.ambassadorId,
        r.reach,
      ]),
      [
        [tia!.id, 3],
        [tom!.id, 1202],
      ],
      'Teams counts the members of each channel relayed into',
    );
    assert.equal(view.body.reach, 1205);
  });

  it('attributes a Teams dialog answer to the relayed copy it was opened from', async () => {
    const tag = unique();
    const dept = `Desk ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@dialog.test`;
    await world.api('POST', '/people/import', [
      { email: mail('ida'), displayName: 'Ida Relay', department: dept, roles: 'ambassador', locale: 'en' },
      { email: mail('ray'), displayName: 'Ray Reader', department: dept, locale: 'en' },
      { email: mail('fox'), displayName: 'Fox Forger', department: dept, locale: 'en' },
    ]);
    const people = world.relais.core.people;
    const [ida, ray, fox] = await Promise.all(
      ['ida', 'ray', 'fox'].map(async (w) => (await people.findByEmail(mail(w)))!),
    );
    const idaUser = await teamsPerson('Ida Relay', mail('ida'));
    const rayUser = await teamsPerson('Ray Reader', mail('ray'));
    const foxUser = await teamsPerson('Fox Forger', mail('fox'));
    const lab = await channel(`Lab ${tag}`);
    const survey = await world.api('POST', '/surveys', {
      title: `Pulse ${tag}`,
      locale: 'en',
      questions: [{ id: 'happy', kind: 'yes_no', label: 'Happy here?', required: true }],
    });
    assert.equal(survey.status, 200, JSON.stringify(survey.body));
    const other = await world.api('POST', '/surveys', {
      title: `Other ${tag}`,
      locale: 'en',
      questions: [{ id: 'happy', kind: 'yes_no', label: 'Happy there?', required: true }],
    });
    const campaign = await ask(tag, dept, 'survey', survey.body.id);
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    const relay = await share(idaUser, ida!.id, `Pulse ${tag}`, `Lab ${tag}`, lab);
    const [copy] = inChannel(lab, `Pulse ${tag}`);
    const [answer] = submitsOf(cardOf(copy));
    assert.equal(answer?.data?.msteams?.type, 'task/fetch');
    assert.equal(answer?.data?.payload?.relay, relay.request_id, 'the copy names its relay');

    // Ray opens the dialog from the channel copy and answers: the dialog names no message
    const scene = world.teamsScene(rayUser, { id: lab, conversationType: 'channel' });
    const fetched = await world.teamsPost(invokeActivity(scene, 'task/fetch', { data: answer!.data }));
    assert.equal(fetched.status, 200, JSON.stringify(fetched.body));
    const dialog = fetched.body?.task?.value?.card?.content;
    const [submit] = submitsOf(dialog);
    assert.equal(submit?.data?.payload?.relay, relay.request_id, 'the dialog carries the relay back');
    const sent = await world.teamsPost(
      invokeActivity(scene, 'task/submit', { data: { ...submit!.data, 'in.happy': 'yes' } }),
    );
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    assert.equal(sent.body?.task?.type, 'message', JSON.stringify(sent.body));

    // Fox answers another survey with this relay's id forged in: nobody is credited for it
    const foxScene = world.teamsScene(foxUser, { id: lab, conversationType: 'channel' });
    const forged = await world.teamsPost(
      invokeActivity(foxScene, 'task/submit', {
        data: {
          msteams: { type: 'task/submit' },
          action: 'survey.submit',
          payload: { surveyId: other.body.id, page: 0, relay: relay.request_id },
          'in.happy': 'no',
        },
      }),
    );
    assert.equal(forged.status, 200, JSON.stringify(forged.body));

    const interactions = () =>
      world.relais.core.store.db
        .selectFrom('relay_interactions' as never)
        .select(['person_id' as never, 'kind' as never])
        .where('request_id' as never, '=', relay.request_id as never)
        .orderBy('kind' as never)
        .execute() as Promise<{ person_id: string; kind: string }[]>;
    const rows = await pollUntil(interactions, (r) => r.some((i) => i.kind === 'answered'));
    assert.deepEqual(
      rows.map((r) => [r.person_id, r.kind]),
      [
        [ray!.id, 'answered'],
        [ray!.id, 'read'],
      ],
      'Ray once per kind; Fox nowhere',
    );
    assert.ok(!rows.some((r) => r.person_id === fox!.id));
    const figures = (await world.api('GET', `/ambassadors/${ida!.id}/figures`)).body.figures;
    assert.equal(figures.answered, 1);
  });

  it('names an ambassador again without logging a second nomination or approval', async () => {
    const tag = unique();
    const mail = `nia.${tag.toLowerCase()}@again.test`;
    await world.api('POST', '/people/import', [
      { email: mail, displayName: 'Nia Again', department: `Hall ${tag}`, locale: 'fr' },
    ]);
    const nia = (await world.relais.core.people.findByEmail(mail))!;
    const name = () => world.api('POST', '/ambassadors', { personId: nia.id });
    const first = await name();
    assert.ok([200, 201].includes(first.status), JSON.stringify(first.body));
    const again = await Promise.all([name(), name()]);
    for (const r of again) assert.ok([200, 201].includes(r.status), JSON.stringify(r.body));
    assert.equal(again[0]!.body.status, 'active');
    const logged = async () =>
      (
        await world.relais.core.store.db
          .selectFrom('events')
          .select('type')
          .where('person_id', '=', nia.id)
          .where('type', 'in', ['ambassador.nominated', 'ambassador.approved'])
          .orderBy('type')
          .execute()
      ).map((e) => e.type);
    assert.deepEqual(await logged(), ['ambassador.approved', 'ambassador.nominated']);

    // paused, then named again: back to active, which is an approval; still one nomination
    const paused = await world.api('PATCH', `/ambassadors/${nia.id}`, { status: 'paused' });
    assert.equal(paused.status, 200, JSON.stringify(paused.body));
    await Promise.all([name(), name()]);
    assert.deepEqual(await logged(), ['ambassador.approved', 'ambassador.approved', 'ambassador.nominated']);
  });
});
