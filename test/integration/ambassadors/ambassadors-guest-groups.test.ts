/**
 * Ambassadors of guest groups, over HTTP on SQLite and PostgreSQL + Redis (Teams through the real
 * adapter and the fake connector, the REST API by key and by tab token):
 * - a guest is named ambassador of their group (scope `group`); of members (a department), of a
 *   group they are not in, or of an unknown group, they are refused with a 400 in French;
 * - the directory (`/ambassadors/mine`, the `ambassadors` command): a guest of the group sees its
 *   ambassador, a guest of another group and a member outside it do not; a guest filed in a
 *   department does not see that department's ambassador;
 * - the weekly digest lists the group's guests who need a hand to its ambassador, never to the
 *   department's ambassador;
 * - relays: a campaign for the group asks its ambassador, who is offered the group's space only
 *   (a forged choice of another channel is refused with the reason) and relays a group item there; an organisation-wide item is never relayed into the group's
 *   space (its guests read it), not even by a member's ambassador;
 * - a survey sent to group A is relayed by A's ambassador into A's space; a quiz sent to group B
 *   goes neither into A's space nor into an organisation channel, though a member may answer it;
 * - a group whose space is a Teams team owns the team's every channel: a channel the bot learned
 *   from a message whose channelData names that team is offered to the group's ambassador and
 *   takes the group's item; an organisation-wide item is refused there;
 * - the roster import names group ambassadors by a group's name (either case) or id; an unknown
 *   group, or one the person is not in, is reported on its line in French and the rest is named.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { executeActionActivity, messageActivity } from '../../harness/teams-activities.js';
import { type GroupsWorld, type Json, startGroupsWorld } from '../groups/groups-world.js';
import { describeNewsBackends, TENANT, until, type WorldPerson } from '../news/news-world.js';
import { type CardJson, executeActionsOf, textsOf } from '../teams/teams-helpers.js';

/** the value of the channel picker's choice titled `title`, if offered */
/** a connector path into `conversationId`, however the adapter escaped it */
const into = (conversationId: string) => (path: string) =>
  path.includes(conversationId) || path.includes(encodeURIComponent(conversationId));

const channelChoice = (card: CardJson, title: string): string | undefined =>
  [...JSON.stringify(card).matchAll(/"title":"([^"]*)","value":"(c[0-9a-f]{24})"/g)].find(
    (m) => m[1] === title,
  )?.[2];

describeNewsBackends('Ambassadors of guest groups', (backendEnv) => {
  let world: GroupsWorld;
  let mia: WorldPerson; // member, manager of A, department Ops
  let gina: WorldPerson; // guest of A: its ambassador
  let gus: WorldPerson; // guest of A, filed in Sales, quiet
  let bob: WorldPerson; // guest of B
  let mel: WorldPerson; // member, Sales ambassador, in no group
  let groupA: string;
  let groupB: string;
  const space = `19:space-a-${Date.now().toString(36)}@thread.tacv2`;
  const inSpace = into(space);
  const elsewhere = `19:elsewhere-${Date.now().toString(36)}@thread.tacv2`;

  before(async () => {
    world = await startGroupsWorld(backendEnv());
    mia = await world.teamsPerson('Mia Manager', { locale: 'en', department: 'Ops' });
    gina = await world.teamsPerson('Gina Guest', { locale: 'en', kind: 'guest' });
    gus = await world.teamsPerson('Gus Quiet', { locale: 'en', department: 'Sales', kind: 'guest' });
    bob = await world.teamsPerson('Bob Other', { locale: 'en', kind: 'guest' });
    mel = await world.teamsPerson('Mel Sales', { locale: 'en', department: 'Sales' });
    groupA = await world.group('Partners A', [
      [mia, 'manager'],
      [gina, 'member'],
      [gus, 'member'],
    ]);
    groupB = await world.group('Partners B', [
      [mia, 'manager'],
      [bob, 'member'],
    ]);
    await world.relais.core.groups.store.updateGroup(groupA, {
      space: { teamsTenantId: TENANT, teamsChannelId: space },
    });
    for (const [id, name] of [
      [space, 'Partners A space'],
      [elsewhere, 'Everyone'],
    ] as const)
      await world.relais.core.conversations.save({
        platform: 'teams',
        tenantId: TENANT,
        conversationId: id,
        kind: 'channel',
        personId: null,
        reference: { conversation: { id, name }, serviceUrl: world.teams.url },
      });
    // the connector knows the ambassadors as members of the channels they may relay into
    for (const who of [gina, mel])
      world.teams.directory.set(who.userId, {
        id: who.userId,
        name: who.person.displayName,
        email: who.person.email ?? '',
      });
    const melNamed = await world.call('POST', '/ambassadors', { body: { personId: mel.person.id } });
    assert.equal(melNamed.status, 201, JSON.stringify(melNamed.body));
  });
  after(async () => {
    await world?.close();
  });

  const name = (body: Json, headers: Record<string, string> = {}) =>
    world.call('POST', '/ambassadors', { body, headers });

  it('names a guest ambassador of their group only, and says why not in French', async () => {
    const french = { 'Accept-Language': 'fr-FR' };
    const overMembers = await name({ personId: gina.person.id, departments: ['Sales'] }, french);
    assert.equal(overMembers.status, 400, JSON.stringify(overMembers.body));
    assert.match(overMembers.body.error.message, /invité ne peut pas être ambassadeur des membres/);
    const notTheirs = await name({ personId: gina.person.id, groups: [groupB] }, french);
    assert.equal(notTheirs.status, 400, JSON.stringify(notTheirs.body));
    assert.match(notTheirs.body.error.message, /doit en être membre/);
    const unknown = await name({ personId: gina.person.id, groups: ['no-such-group'] }, french);
    assert.equal(unknown.status, 400, JSON.stringify(unknown.body));
    assert.match(unknown.body.error.message, /n’existe pas/);

    // without a scope, a guest's own scope is their groups
    const named = await name({ personId: gina.person.id });
    assert.equal(named.status, 201, JSON.stringify(named.body));
    assert.deepEqual(named.body.scope, { departments: [], sites: [], groups: [groupA] });
  });

  it('lists a group’s ambassadors to its people only, in the tab and in chat', async () => {
    const mine = async (who: WorldPerson) =>
      ((await world.call('GET', '/ambassadors/mine', { as: who })).body.ambassadors as Json[]).map(
        (a) => a.personId,
      );
    assert.deepEqual(await mine(gus), [gina.person.id], 'Gus is filed in Sales: Mel is not his');
    assert.deepEqual(await mine(bob), []);
    assert.deepEqual(await mine(mel), [mel.person.id], 'a member outside the group does not see Gina');
    assert.deepEqual((await mine(mia)).sort(), [gina.person.id].sort(), 'Mia is in group A');

    const asked = messageActivity(world.teamsScene(gus, 'en-US'), 'ambassadors');
    const said = await world.teamsPost(asked);
    assert.equal(said.status, 200);
    // the answer to Gus's message, not a relay request going out to an ambassador meanwhile
    const reply = await until(() => world.teams.repliesTo(asked.id).find((r) => r.body?.attachments));
    const texts = textsOf(reply.body.attachments[0].content).join(' ');
    assert.ok(texts.includes('Gina Guest') && texts.includes('Partners A'), texts);
    assert.ok(!texts.includes('Mel Sales'), texts);

    // the leaderboard Gina may read as an ambassador ranks her group's ambassadors only
    const board = await world.call('GET', '/ambassadors/leaderboard', { as: gina });
    assert.equal(board.status, 200, JSON.stringify(board.body));
    assert.deepEqual(
      board.body.entries.map((e: Json) => e.personId),
      [gina.person.id],
    );
    const members = await world.call('GET', '/ambassadors/leaderboard', { as: mel });
    assert.ok(members.body.entries.some((e: Json) => e.personId === mel.person.id));
  });

  it('lists the group’s guests who need a hand to its ambassador only', async () => {
    const db = world.relais.core.store.db;
    await db.deleteFrom('events').where('person_id', 'in', [gus.person.id, bob.person.id]).execute();
    assert.equal((await world.call('POST', '/ambassadors/digests/run', { body: {} })).status, 202);
    const assigned = await until(
      async () => {
        const rows = await db
          .selectFrom('ambassador_assignments' as never)
          .select(['person_id' as never, 'ambassador_id' as never])
          .where('ambassador_id' as never, 'in', [gina.person.id, mel.person.id] as never)
          .execute();
        return rows.length > 0 ? (rows as { person_id: string; ambassador_id: string }[]) : undefined;
      },
      { what: 'the digests' },
    );
    assert.deepEqual(
      assigned.filter((r) => r.ambassador_id === gina.person.id).map((r) => r.person_id),
      [gus.person.id],
      'Gus to Gina; Bob (group B) and members never',
    );
    assert.ok(!assigned.some((r) => r.ambassador_id === mel.person.id && r.person_id === gus.person.id));
  });

  it('relays a group item into the group’s space only; organisation-wide items never go there', async () => {
    const publish = async (title: string, audience: Json) => {
      const created = await world.call('POST', '/news', {
        body: { variants: { en: { title, summary: '', body: title, buttons: [] } }, audience },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const published = await world.call('POST', `/news/${created.body.id}/publish`, { body: {} });
      assert.equal(published.status, 200, JSON.stringify(published.body));
      return created.body.id as string;
    };
    const ask = (subjectId: string, scope: Json) =>
      world.call('POST', '/relay-campaigns', {
        body: {
          subjectType: 'news',
          subjectId,
          message: { fr: 'Partagez', en: 'Please share' },
          relayDate: '2026-12-09',
          ...scope,
        },
      });
    const requestTo = (title: string) =>
      until(() =>
        world.teams
          .sentActivities()
          .find(
            (r) => JSON.stringify(r.body).includes(title) && JSON.stringify(r.body).includes('relay_share'),
          ),
      );
    const share = async (who: WorldPerson, card: CardJson, channel: string) => {
      const button = executeActionsOf(card).find((a) => a.verb === 'ambassador.relay_share');
      assert.ok(button);
      return world.teamsPost(
        executeActionActivity(world.teamsScene(who, 'en-US'), button, {
          inputs: { 'in.relay_channel': channel },
        }),
      );
    };

    // the group's item, asked of the group's ambassadors: Gina, offered A's space only
    const groupItem = await publish('For partners A', { groups: [groupA] });
    const campaign = await ask(groupItem, { groups: [groupA] });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    assert.deepEqual(
      campaign.body.requests.map((r: Json) => r.ambassadorId),
      [gina.person.id],
    );
    const request = await requestTo('For partners A');
    const card = request.body.attachments[0].content;
    const spaceChoice = channelChoice(card, 'Partners A space');
    assert.ok(spaceChoice, 'the group’s space is offered');
    assert.equal(channelChoice(card, 'Everyone'), undefined, 'no other channel is offered');
    // a forged choice of another channel the bot knows: refused with the reason, nothing posted
    const forged = `c${createHash('sha256').update(`teams|${elsewhere}`).digest('hex').slice(0, 24)}`;
    const refusedHere = await share(gina, card, forged);
    assert.match(JSON.stringify(refusedHere.body), /relays only into that group/);
    assert.ok(!world.teams.sentActivities().some((r) => into(elsewhere)(r.path)));
    const shared = await share(gina, card, spaceChoice);
    assert.equal(shared.status, 200);
    assert.doesNotMatch(JSON.stringify(shared.body), /cannot|refus/i, JSON.stringify(shared.body));
    await until(() =>
      world.teams
        .sentActivities()
        .find((r) => inSpace(r.path) && JSON.stringify(r.body).includes('For partners A')),
    );
    // the request is claimed as relayed before the copy is posted and its place recorded
    const view = await until(async () => {
      const v = await world.call('GET', `/relay-campaigns/${campaign.body.id}`);
      return v.body.counts.relayed === 1 && v.body.requests[0].relayedTo !== null ? v : undefined;
    });
    assert.equal(view.body.requests[0].relayedTo.conversationId, space);
    assert.deepEqual(view.body.scope.groups, [groupA]);

    // an organisation-wide item: Gina does not read it, so she is not asked
    const orgItem = await publish('For everyone', { everyone: true });
    const orgForGroup = await ask(orgItem, { groups: [groupA] });
    assert.deepEqual(orgForGroup.body.skipped, [{ ambassadorId: gina.person.id, reason: 'not_in_audience' }]);
    // Mel (Sales) may relay it, but not into group A's space: its guests read that channel
    const orgForSales = await ask(orgItem, { departments: ['Sales'] });
    assert.equal(orgForSales.status, 201, JSON.stringify(orgForSales.body));
    const melRequest = await requestTo('For everyone');
    const melCard = melRequest.body.attachments[0].content;
    const refused = await share(mel, melCard, channelChoice(melCard, 'Partners A space')!);
    assert.equal(refused.status, 200);
    assert.match(JSON.stringify(refused.body), /part of the organisation only|not be posted/);
    const after = await world.call('GET', `/relay-campaigns/${orgForSales.body.id}`);
    assert.equal(after.body.counts.relayed, 0);
    assert.ok(
      !world.teams
        .sentActivities()
        .some((r) => inSpace(r.path) && JSON.stringify(r.body).includes('For everyone')),
    );
  });

  it('relays a survey sent to a group into its space, and a group’s quiz nowhere else', async () => {
    const create = async (kind: 'surveys' | 'quizzes', title: string) => {
      const question =
        kind === 'surveys'
          ? { kind: 'single', label: 'Happy here?', options: ['Yes', 'No'] }
          : {
              id: 'q1',
              label: 'Two plus two?',
              options: [
                { id: 'four', label: '4', correct: true },
                { id: 'five', label: '5' },
              ],
            };
      const created = await world.call('POST', `/${kind}`, {
        body: { title, locale: 'en', questions: [question] },
      });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      return created.body.id as string;
    };
    const sendTo = async (kind: 'surveys' | 'quizzes', id: string, group: string, who: WorldPerson) => {
      const sent = await world.call('POST', `/${kind}/${id}/send`, {
        body: { audience: { groups: [group] } },
      });
      assert.ok(sent.status < 300, JSON.stringify(sent.body));
      await until(() =>
        world.relais.core.delivery.isAddressedTo(kind === 'surveys' ? 'survey' : 'quiz', id, who.person.id),
      );
    };
    const ask = (subjectType: string, subjectId: string, scope: Json) =>
      world.call('POST', '/relay-campaigns', {
        body: {
          subjectType,
          subjectId,
          message: { fr: 'Partagez', en: 'Please share' },
          relayDate: '2026-12-09',
          ...scope,
        },
      });
    const requestTo = (title: string) =>
      until(() =>
        world.teams
          .sentActivities()
          // titles are this test's own: the request card is the one naming it with a share button
          .find(
            (r) => JSON.stringify(r.body).includes(title) && JSON.stringify(r.body).includes('relay_share'),
          ),
      );
    const share = (who: WorldPerson, card: CardJson, channel: string) => {
      const button = executeActionsOf(card).find((a) => a.verb === 'ambassador.relay_share');
      assert.ok(button);
      return world.teamsPost(
        executeActionActivity(world.teamsScene(who, 'en-US'), button, {
          inputs: { 'in.relay_channel': channel },
        }),
      );
    };

    // a survey sent to group A: Gina relays it into A's space
    const survey = await create('surveys', 'Partners A pulse');
    await sendTo('surveys', survey, groupA, gina);
    const campaign = await ask('survey', survey, { groups: [groupA] });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    assert.deepEqual(
      campaign.body.requests.map((r: Json) => r.ambassadorId),
      [gina.person.id],
    );
    const card = (await requestTo('Partners A pulse')).body.attachments[0].content;
    const shared = await share(gina, card, channelChoice(card, 'Partners A space')!);
    assert.equal(shared.status, 200);
    assert.doesNotMatch(JSON.stringify(shared.body), /cannot|refus/i, JSON.stringify(shared.body));
    await until(() =>
      world.teams
        .sentActivities()
        .find((r) => inSpace(r.path) && JSON.stringify(r.body).includes('Partners A pulse')),
    );
    const view = await world.call('GET', `/relay-campaigns/${campaign.body.id}`);
    assert.equal(view.body.counts.relayed, 1);
    assert.equal(view.body.requests[0].relayedTo.conversationId, space);

    // a quiz sent to group B: Mel (a member) may answer it, but not post it where others read
    const quiz = await create('quizzes', 'Partners B quiz');
    await sendTo('quizzes', quiz, groupB, bob);
    const melCampaign = await ask('quiz', quiz, { departments: ['Sales'] });
    assert.equal(melCampaign.status, 201, JSON.stringify(melCampaign.body));
    const melCard = (await requestTo('Partners B quiz')).body.attachments[0].content;
    const intoA = await share(mel, melCard, channelChoice(melCard, 'Partners A space')!);
    assert.match(JSON.stringify(intoA.body), /part of the organisation only|not be posted/);
    const intoEveryone = await share(mel, melCard, channelChoice(melCard, 'Everyone')!);
    assert.match(JSON.stringify(intoEveryone.body), /part of the organisation only|not be posted/);
    const after = await world.call('GET', `/relay-campaigns/${melCampaign.body.id}`);
    assert.equal(after.body.counts.relayed, 0);
    assert.ok(
      !world.teams
        .sentActivities()
        .some(
          (r) =>
            (inSpace(r.path) || into(elsewhere)(r.path)) &&
            JSON.stringify(r.body).includes('Partners B quiz'),
        ),
    );
  });

  it('imports group ambassadors by the group’s name or id, reporting an unknown group on its line', async () => {
    // guests learned from Teams carry no address: the import's rows name them by one set here
    for (const who of [gus, bob])
      await world.relais.core.store.db
        .updateTable('people')
        .set({ email: `${who.person.id}@guests.example` })
        .where('id', '=', who.person.id)
        .execute();
    const rows = [
      { email: `${gus.person.id}@guests.example`, groups: ['partners a'] },
      { email: `${bob.person.id}@guests.example`, groups: ['No such group'] },
      { email: mia.person.email!, groups: [groupB] },
      { email: mel.person.email!, groups: [groupA] },
    ];
    const imported = await world.call('POST', '/ambassadors/import', {
      body: { rows },
      headers: { 'Accept-Language': 'fr-FR' },
    });
    assert.equal(imported.status, 200, JSON.stringify(imported.body));
    const results = imported.body.results as Json[];
    assert.deepEqual(
      results.map((r) => r.outcome),
      ['named', 'refused', 'named', 'refused'],
    );
    assert.match(results[1].message, /Le groupe No such group n’existe pas/);
    assert.match(results[3].message, /doit en être membre/, 'Mel is in no group');
    const roster = (await world.call('GET', '/ambassadors')).body.ambassadors as Json[];
    const scopeOf = (who: WorldPerson) => roster.find((a) => a.personId === who.person.id)?.scope;
    assert.deepEqual(scopeOf(gus), { departments: [], sites: [], groups: [groupA] });
    assert.deepEqual(scopeOf(mia), { departments: [], sites: [], groups: [groupB] });
    assert.equal(scopeOf(bob), undefined);
    assert.deepEqual(scopeOf(mel)?.groups, [], 'Mel keeps the scope she had');
  });

  it('takes a group’s team as its space: every channel of the team, known by its channelData', async () => {
    const x = Date.now().toString(36);
    const general = `19:team-c-${x}@thread.tacv2`;
    const projects = `19:projects-c-${x}@thread.tacv2`;
    const cleo = await world.teamsPerson('Cleo Guest', { locale: 'en', kind: 'guest' });
    world.teams.directory.set(cleo.userId, { id: cleo.userId, name: 'Cleo Guest', email: '' });
    const groupC = await world.group('Partners C', [[cleo, 'member']]);
    await world.relais.core.groups.store.updateGroup(groupC, {
      space: { teamsTenantId: TENANT, teamsTeamId: general },
    });
    // Cleo writes in the team's Projects channel: Teams names the team in channelData
    const inProjects = messageActivity(
      { ...world.teamsScene(cleo, 'en-US'), conversation: { id: projects, conversationType: 'channel' } },
      'help',
      { mention: true },
    );
    inProjects.channelData = {
      ...inProjects.channelData,
      team: { id: general, name: 'Team C' },
      channel: { id: projects, name: 'Projects C' },
    };
    assert.equal((await world.teamsPost(inProjects)).status, 200);
    const saved = await until(() => world.relais.core.conversations.get('teams', projects));
    assert.equal((saved.reference as Json).teamId, general);

    const named = await name({ personId: cleo.person.id });
    assert.equal(named.status, 201, JSON.stringify(named.body));
    const publish = async (title: string, audience: Json) => {
      const created = await world.call('POST', '/news', {
        body: { variants: { en: { title, summary: '', body: title, buttons: [] } }, audience },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal((await world.call('POST', `/news/${created.body.id}/publish`, { body: {} })).status, 200);
      return created.body.id as string;
    };
    const ask = (subjectId: string, scope: Json) =>
      world.call('POST', '/relay-campaigns', {
        body: {
          subjectType: 'news',
          subjectId,
          message: { fr: 'Partagez', en: 'Please share' },
          relayDate: '2026-12-09',
          ...scope,
        },
      });
    const requestTo = (title: string) =>
      until(() =>
        world.teams
          .sentActivities()
          // titles are this test's own: the request card is the one naming it with a share button
          .find(
            (r) => JSON.stringify(r.body).includes(title) && JSON.stringify(r.body).includes('relay_share'),
          ),
      );
    const share = (who: WorldPerson, card: CardJson, channel: string) => {
      const button = executeActionsOf(card).find((a) => a.verb === 'ambassador.relay_share');
      assert.ok(button);
      return world.teamsPost(
        executeActionActivity(world.teamsScene(who, 'en-US'), button, {
          inputs: { 'in.relay_channel': channel },
        }),
      );
    };
    const inProjectsWith = (title: string) =>
      world.teams
        .sentActivities()
        .filter((r) => into(projects)(r.path) && JSON.stringify(r.body).includes(title));

    // the group's item: Cleo is offered the team's Projects channel, and nothing outside the team
    const groupItem = await publish('For partners C', { groups: [groupC] });
    const campaign = await ask(groupItem, { groups: [groupC] });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    const card = (await requestTo('For partners C')).body.attachments[0].content;
    const choice = channelChoice(card, 'Projects C');
    assert.ok(choice, 'a channel of the group’s team is offered');
    assert.equal(channelChoice(card, 'Everyone'), undefined);
    const shared = await share(cleo, card, choice);
    assert.doesNotMatch(JSON.stringify(shared.body), /cannot|refus/i, JSON.stringify(shared.body));
    await until(() => inProjectsWith('For partners C')[0]);
    const view = await world.call('GET', `/relay-campaigns/${campaign.body.id}`);
    assert.equal(view.body.requests[0].relayedTo.conversationId, projects);

    // an organisation-wide item stays out of it: the group's guests read every channel of the team
    const orgItem = await publish('For everyone in C', { everyone: true });
    const melCampaign = await ask(orgItem, { departments: ['Sales'] });
    assert.equal(melCampaign.status, 201, JSON.stringify(melCampaign.body));
    const melCard = (await requestTo('For everyone in C')).body.attachments[0].content;
    const refused = await share(mel, melCard, channelChoice(melCard, 'Projects C')!);
    assert.match(JSON.stringify(refused.body), /part of the organisation only|not be posted/);
    assert.equal(inProjectsWith('For everyone in C').length, 0);
  });
});
