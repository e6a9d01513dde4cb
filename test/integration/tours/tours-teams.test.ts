/**
 * Welcome tours on Teams, end to end over HTTP: the app installed in personal scope (the real
 * adapter, the fake connector) starts a drip whose step 1 arrives at once and step 2 after a
 * short ISO duration; Done / Next / Back / Skip answer the Action.Execute invoke with the card
 * refreshed in place; a person added to a team starts a team tour; the `tour` command resumes.
 */
import assert from 'node:assert/strict';
import { translate } from '../../../shared/i18n/i18n.js';
import { pollUntil } from '../../harness/eventually.js';
import {
  botAddedActivity,
  executeActionActivity,
  installationUpdateActivity,
  invokeActivity,
  messageActivity,
  teamsUser,
} from '../../harness/teams-activities.js';
import { assertParses, type CardJson, cardOf, executeActionsOf, textsOf } from '../teams/teams-helpers.js';
import { describeToursBackends, type ToursWorld, unique } from './tours-world.js';

/** the Action.Execute or Action.Submit (task/fetch, dialog submit) of `card` for a dispatcher action */
function executeOrSubmit(node: unknown, action: string): CardJson {
  const found: CardJson[] = [];
  const walk = (n: unknown) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const o = n as CardJson;
      if ((o.type === 'Action.Submit' || o.type === 'Action.Execute') && o.data?.action === action)
        found.push(o);
      Object.values(o).forEach(walk);
    }
  };
  walk(node);
  assert.ok(found[0], `no ${action} button`);
  return found[0];
}

/** the Action.Execute of `card` for the dispatcher action `verb` */
function buttonOf(card: CardJson, verb: string): CardJson {
  const action = executeActionsOf(card).find((a) => a.verb === verb);
  assert.ok(
    action,
    `no ${verb} button on the card: ${executeActionsOf(card)
      .map((a) => a.verb)
      .join(', ')}`,
  );
  return action;
}

describeToursBackends('Welcome tours on Teams', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });
  afterEach(async () => {
    await world.archiveAll();
  });

  it('a personal install receives step 1 at once and step 2 after PT2S, each once; Done and Next refresh in place', async () => {
    const tag = unique();
    await world.createTour({
      name: `Drip ${tag}`,
      triggers: ['first_contact'],
      steps: [
        { key: 'one', schedule: 'first contact', title: `Step one ${tag}` },
        { key: 'two', schedule: 'PT2S', title: `Step two ${tag}` },
      ],
    });
    const user = teamsUser('Nora Newcomer');
    const scene = world.teamsScene(user);
    const install = installationUpdateActivity(scene, 'add');
    assert.equal((await world.teamsPost(install)).status, 200);
    // Teams also sends conversationUpdate with the bot added: the tour must not start twice
    assert.equal((await world.teamsPost(botAddedActivity(scene))).status, 200);

    const [first] = await pollUntil(
      () => world.teamsPostsWith(`Step one ${tag}`),
      (posts) => posts.length > 0,
    );
    assert.ok(first?.path.startsWith(`/v3/conversations/${install.conversation.id}/activities`));
    const card1 = cardOf(first);
    assert.ok(
      textsOf(card1).some((t) => /1\D+2/.test(t)),
      'a progress line "step 1 of 2"',
    );

    const [second] = await pollUntil(
      () => world.teamsPostsWith(`Step two ${tag}`),
      (posts) => posts.length > 0,
      { timeoutMs: 15_000 },
    );
    assert.ok(second);
    assert.equal(world.teamsPostsWith(`Step one ${tag}`).length, 1, 'step 1 was sent once');

    // Done on step 1: the invoke answers with the refreshed card; step 2 is already there, so it reads on
    const done = buttonOf(card1, 'tour.done');
    const answer = await world.teamsPost(executeActionActivity(scene, done, { replyToId: 'step-1-message' }));
    assert.equal(answer.status, 200);
    assert.equal(answer.body?.statusCode, 200);
    const onTwo = answer.body.value as CardJson;
    assert.ok(
      textsOf(onTwo).some((t) => t.includes(`Step two ${tag}`)),
      'Done on step 1 shows step 2',
    );
    const back = buttonOf(onTwo, 'tour.back');
    const onOne = await world.teamsPost(executeActionActivity(scene, back, { replyToId: 'step-1-message' }));
    assert.ok(
      textsOf(onOne.body.value).some((t) => t.includes(`Step one ${tag}`)),
      'Back shows step 1',
    );
    assert.ok(
      !executeActionsOf(onOne.body.value).some((a) => a.verb === 'tour.done'),
      'step 1 is done already',
    );
    const next = buttonOf(onOne.body.value, 'tour.next');
    const againTwo = await world.teamsPost(
      executeActionActivity(scene, next, { replyToId: 'step-1-message' }),
    );
    assert.ok(
      textsOf(againTwo.body.value).some((t) => t.includes(`Step two ${tag}`)),
      'Next shows step 2',
    );

    // Skip step 2, then the tour is complete in the stats: reached 2 steps, one done, one skipped
    const skip = buttonOf(againTwo.body.value, 'tour.skip');
    const skipped = await world.teamsPost(
      executeActionActivity(scene, skip, { replyToId: 'step-2-message' }),
    );
    assert.equal(skipped.body?.statusCode, 200);
    const tours = await world.api('GET', '/tours');
    const tour = (Array.isArray(tours.body) ? tours.body : tours.body.tours).find(
      (t: { name: string }) => t.name === `Drip ${tag}`,
    );
    const stats = await world.api('GET', `/tours/${tour.id}/stats`);
    assert.equal(stats.status, 200);
    assert.equal(stats.body.journeys.total, 1, 'one journey although two install activities arrived');
    assert.deepEqual(
      stats.body.funnel.map((s: { reached: number; done: number; skipped: number }) => [
        s.reached,
        s.done,
        s.skipped,
      ]),
      [
        [1, 1, 0],
        [1, 0, 1],
      ],
    );
  });

  it('refuses forged step, contact and introduction buttons as no longer available, changing nothing', async () => {
    const tag = unique();
    await world.createTour({
      name: `Forged ${tag}`,
      triggers: ['first_contact'],
      steps: [
        { key: 'one', schedule: 'first contact', title: `Forged one ${tag}` },
        { key: 'two', schedule: 'P30D', title: `Forged two ${tag}` },
      ],
    });
    const scene = world.teamsScene(teamsUser('Fiona Forger'));
    await world.teamsPost(installationUpdateActivity(scene, 'add'));
    const [first] = await pollUntil(
      () => world.teamsPostsWith(`Forged one ${tag}`),
      (posts) => posts.length > 0,
    );
    const done = buttonOf(cardOf(first), 'tour.done');
    const journeyId = String(done.data?.payload?.journeyId);
    const declinedEvents = async () =>
      (
        await world.relais.core.store.db
          .selectFrom('events')
          .select('id')
          .where('type', '=', 'tour.introduction.declined')
          .execute()
      ).length;
    const declinedBefore = await declinedEvents();

    for (const [verb, payload] of [
      ['tour.done', { journeyId: 'j'.repeat(5000), step: 0 }],
      ['tour.done', { journeyId }],
      ['tour.next', { journeyId, step: 'one' }],
      ['tour.skip', { journeyId, step: 1.5 }],
      ['tour.contact', { step: 0 }],
      ['tour.introduce_decline', { group: 'g'.repeat(5000) }],
    ] as const) {
      const answer = await world.teamsPost(
        executeActionActivity(scene, { verb, data: { action: verb, payload } }),
      );
      assert.equal(answer.status, 200);
      assert.deepEqual(
        answer.body,
        {
          statusCode: 400,
          type: 'application/vnd.microsoft.error',
          value: { code: 'BadRequest', message: translate('en', 'error.unknown_action') },
        },
        `${verb} ${JSON.stringify(payload).slice(0, 80)}`,
      );
    }
    const journey = await world.relais.core.tours.getJourney(journeyId);
    assert.deepEqual(
      journey?.progress.map((p) => p.state),
      ['sent', 'pending'],
      'step one is still open, step two still waits',
    );
    assert.equal(await declinedEvents(), declinedBefore, 'no refusal of the introduction recorded');

    // the genuine button still works
    const answer = await world.teamsPost(executeActionActivity(scene, done));
    assert.equal(answer.body?.statusCode, 200);
  });

  it('the tour command resumes on the step the person is on', async () => {
    const tag = unique();
    await world.createTour({
      name: `Resume ${tag}`,
      triggers: ['first_contact'],
      steps: [
        { key: 'one', schedule: 'first contact', title: `Resume one ${tag}` },
        { key: 'two', schedule: 'P30D', title: `Resume two ${tag}` },
      ],
    });
    const scene = world.teamsScene(teamsUser('Rémi Resume'));
    await world.teamsPost(installationUpdateActivity(scene, 'add'));
    await pollUntil(
      () => world.teamsPostsWith(`Resume one ${tag}`),
      (posts) => posts.length > 0,
    );
    const asked = messageActivity(scene, 'tour');
    assert.equal((await world.teamsPost(asked)).status, 200);
    // the step shown again in answer to `tour`, not the first-contact send arriving late
    const posts = await pollUntil(
      () =>
        world.teams.repliesTo(asked.id).filter((r) => JSON.stringify(r.body).includes(`Resume one ${tag}`)),
      (p) => p.length > 0,
    );
    const resumed = cardOf(posts.at(-1));
    assert.ok(
      executeActionsOf(resumed).some((a) => a.verb === 'tour.done'),
      'the step card, with its buttons',
    );
  });

  it('a person added to a team starts the team tour and may introduce themselves in the team channel (task module)', async () => {
    const tag = unique();
    await world.createTour({
      name: `Team ${tag}`,
      triggers: ['team_join'],
      steps: [{ key: 'team', schedule: 'first contact', title: `Team step ${tag}` }],
    });
    const admin = teamsUser('Alice Admin');
    const newcomer = teamsUser('Théo Team');
    world.teams.directory.set(newcomer.id, {
      id: newcomer.id,
      name: newcomer.name,
      email: `theo.${tag}@tours.test`,
    });
    const channel = {
      id: `19:general-${tag}@thread.tacv2`,
      conversationType: 'channel' as const,
      isGroup: true,
    };
    const added = botAddedActivity(world.teamsScene(admin, channel), [newcomer]);
    // a member added to the team: the bot itself is not among them this time
    added.membersAdded = added.membersAdded.filter((m: { id: string }) => m.id === newcomer.id);
    added.channelData.team = { id: channel.id, name: `Team ${tag}` };
    assert.equal((await world.teamsPost(added)).status, 200);

    // the newcomer never talked to the bot: the step goes to a 1:1 conversation created for them
    const [post] = await pollUntil(
      () => world.teamsPostsWith(`Team step ${tag}`),
      (posts) => posts.length > 0,
    );
    assert.ok(post);
    assert.ok(
      world.teams.requests.some(
        (r) =>
          r.method === 'POST' &&
          r.path === '/v3/conversations' &&
          r.body?.members?.[0]?.id === newcomer.aadObjectId,
      ),
      'a 1:1 conversation was created with the newcomer (by AAD object id)',
    );
    // the team tour is about this team: the newcomer is asked whether to introduce them, with a
    // button that opens the dialog (a task module in Teams)
    const [offer] = await pollUntil(
      () => world.teamsPostsWith('Introduce me to my team'),
      (posts) => posts.length > 0,
    );
    const offerCard = cardOf(offer);
    assert.ok(
      JSON.stringify(offerCard).includes(`"payload":{"group":"${channel.id}"}`),
      'the offer is about this team',
    );

    // "Introduce me to my team" opens a task module prefilled from the profile; its submit posts
    // exactly the newcomer's text into the team's channel
    const opener = executeOrSubmit(offerCard, 'tour.introduce');
    const newcomerScene = world.teamsScene(newcomer);
    const fetched = await world.teamsPost(
      invokeActivity(newcomerScene, 'task/fetch', { data: opener.data, context: { theme: 'default' } }),
    );
    assert.equal(fetched.body?.task?.type, 'continue', JSON.stringify(fetched.body));
    const dialog = fetched.body.task.value.card.content as CardJson;
    assertParses(dialog);
    assert.ok(
      JSON.stringify(dialog).includes('Théo Team'),
      `the draft names the newcomer: ${textsOf(dialog).join(' | ')}`,
    );
    assert.equal(world.teamsPostsWith(`Théo here ${tag}`).length, 0, 'nothing posted before the submit');
    const submit = executeOrSubmit(dialog, 'tour.introduce_submit');
    const submitted = await world.teamsPost(
      invokeActivity(newcomerScene, 'task/submit', {
        data: { ...submit.data, 'in.text': `Théo here ${tag}, happy to join!` },
        context: { theme: 'default' },
      }),
    );
    assert.equal(submitted.status, 200);
    const [presentation] = await pollUntil(
      () => world.teamsPostsWith(`Théo here ${tag}`),
      (posts) => posts.length > 0,
    );
    assert.ok(
      decodeURIComponent(presentation?.path ?? '').startsWith(`/v3/conversations/${channel.id}/activities`),
      `posted in the team channel: ${presentation?.path}`,
    );
    cardOf(presentation);

    const theo = await world.relais.core.people.findByEmail(`theo.${tag}@tours.test`);
    assert.ok(theo, 'the newcomer was learned with their email');
    const [journey] = await world.relais.core.tours.journeysOf(theo.id);
    assert.equal(journey?.trigger.kind, 'team_join');
    assert.equal(journey?.trigger.groupKey, channel.id);
    assert.equal(journey?.trigger.conversation?.conversationId, channel.id);
  });
});
