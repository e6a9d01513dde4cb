/**
 * Strict isolation of guests, over HTTP on SQLite and PostgreSQL + Redis: as a guest of group A,
 * every read path is tried on group B's content and on organisation-wide content — the tab's REST
 * calls with an SSO token (news feed and items, polls, surveys, quizzes, the home page, people
 * and directory, ambassadors, audience suggestions), a replayed Teams card action (acknowledge a
 * news item, vote in a poll), the Teams `ambassadors` command, the Slack App Home and a replayed
 * Slack vote. The guest sees group A's items only; a member of the organisation still sees its items.
 */
import assert from 'node:assert/strict';
import { blockActions } from '../../harness/slack-signing.js';
import { executeActionActivity, messageActivity } from '../../harness/teams-activities.js';
import { describeNewsBackends, SLACK_TEAM, until, type WorldPerson } from '../news/news-world.js';
import { executeActionsOf, textsOf } from '../teams/teams-helpers.js';
import { type GroupsWorld, type Json, startGroupsWorld } from './groups-world.js';

const variants = (tag: string) => ({
  en: { title: `Title ${tag}`, summary: '', body: `Body ${tag}`, buttons: [] },
});

describeNewsBackends(
  'Groups: a guest of group A sees nothing of group B nor of the organisation',
  (backendEnv) => {
    let world: GroupsWorld;
    let mia: WorldPerson; // member, manager of A
    let gina: WorldPerson; // Teams guest of A, department Sales
    let sam: WorldPerson; // Slack guest of A
    let bob: WorldPerson; // Teams guest of B
    let bea: WorldPerson; // Slack guest of B
    let mel: WorldPerson; // member, Sales ambassador, in no group
    let groupA: string;
    let groupB: string;
    const ids: Record<string, string> = {};

    const published = async (tag: string, audience: Json, strategic = false) => {
      const created = await world.call('POST', '/news', {
        body: { variants: variants(tag), audience, strategic },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const publish = await world.call('POST', `/news/${created.body.id}/publish`, { body: {} });
      assert.equal(publish.status, 200, JSON.stringify(publish.body));
      await until(async () => {
        const stats = (await world.call('GET', `/news/${created.body.id}/stats`)).body;
        return stats.deliveries.done && stats.deliveries.total > 0 ? stats : undefined;
      });
      return created.body.id as string;
    };

    const pollTo = async (question: string, audience: Json) => {
      const created = await world.call('POST', '/polls', {
        body: { poll: { question, options: ['Yes', 'No'] }, target: { audience } },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.poll.id as string;
    };

    before(async () => {
      world = await startGroupsWorld(backendEnv());
      mia = await world.teamsPerson('Mia Manager', { locale: 'en', department: 'Ops' });
      gina = await world.teamsPerson('Gina Guest', { locale: 'en', department: 'Sales', kind: 'guest' });
      sam = await world.slackPerson('Sam Guest', { locale: 'en', kind: 'guest' });
      bob = await world.teamsPerson('Bob Other', { locale: 'en', kind: 'guest' });
      bea = await world.slackPerson('Bea Other', { locale: 'en', kind: 'guest' });
      mel = await world.teamsPerson('Mel Sales', { locale: 'en', department: 'Sales' });
      groupA = await world.group('Partners A', [
        [mia, 'manager'],
        [gina, 'member'],
        [sam, 'member'],
      ]);
      groupB = await world.group('Partners B', [
        [mia, 'manager'],
        [bob, 'member'],
        [bea, 'member'],
      ]);
      assert.equal(
        (await world.call('POST', '/ambassadors', { body: { personId: mel.person.id } })).status,
        201,
      );

      ids.newsA = await published('A', { groups: [groupA] });
      ids.newsB = await published('B', { groups: [groupB] }, true);
      ids.newsOrg = await published('Org', { everyone: true });
      ids.pollA = await pollTo('Question A?', { groups: [groupA] });
      ids.pollB = await pollTo('Question B?', { groups: [groupB] });
      ids.pollOrg = await pollTo('Question Org?', { everyone: true });
      const survey = await world.call('POST', '/surveys', {
        body: {
          title: 'Survey B',
          locale: 'en',
          questions: [{ id: 'q', kind: 'rating', label: 'Food?', required: true }],
        },
      });
      assert.equal(survey.status, 200, JSON.stringify(survey.body));
      ids.surveyB = survey.body.id;
      const sent = await world.call('POST', `/surveys/${ids.surveyB}/send`, {
        body: { audience: { groups: [groupB] } },
      });
      assert.ok(sent.status < 300, JSON.stringify(sent.body));
      const quiz = await world.call('POST', '/quizzes', {
        body: {
          title: 'Quiz B',
          locale: 'en',
          questions: [
            {
              id: 'q',
              label: 'Which?',
              options: [
                { id: 'a', label: 'A', correct: true },
                { id: 'b', label: 'B' },
              ],
            },
          ],
        },
      });
      assert.equal(quiz.status, 200, JSON.stringify(quiz.body));
      ids.quizB = quiz.body.id;
      const quizSent = await world.call('POST', `/quizzes/${ids.quizB}/send`, {
        body: { audience: { groups: [groupB] } },
      });
      assert.ok(quizSent.status < 300, JSON.stringify(quizSent.body));
      // every 1:1 send reached its people
      await until(() =>
        world.teams.sentActivities().some((r) => JSON.stringify(r.body).includes('Question B?')),
      );
      await until(() =>
        world.slack.callsTo('chat.postMessage').some((c) => JSON.stringify(c.body).includes('Question B?')),
      );
    });
    after(async () => {
      await world?.close();
    });

    it('delivers group items to the group’s guests only, and organisation-wide items to no guest', async () => {
      const reached = async (newsId: string) =>
        ((await world.call('GET', `/news/${newsId}/deliveries?limit=100`)).body.deliveries as Json[])
          .map((d) => d.personId)
          .sort();
      assert.deepEqual(await reached(ids.newsA), [mia, gina, sam].map((p) => p.person.id).sort());
      assert.deepEqual(await reached(ids.newsB), [mia, bob, bea].map((p) => p.person.id).sort());
      const org = await reached(ids.newsOrg);
      for (const guest of [gina, sam, bob, bea]) assert.ok(!org.includes(guest.person.id));
      assert.ok(org.includes(mel.person.id));
    });

    it('REST as the guest (tab SSO): only group A’s items, 403/404 everywhere else', async () => {
      const as = { as: gina };
      const feed = await world.call('GET', '/news/feed', as);
      assert.deepEqual(
        feed.body.items.map((i: Json) => i.id),
        [ids.newsA],
      );
      assert.equal((await world.call('GET', `/news/${ids.newsA}`, as)).status, 200);
      for (const id of [ids.newsB, ids.newsOrg]) {
        assert.equal((await world.call('GET', `/news/${id}`, as)).status, 404);
        assert.equal((await world.call('POST', `/news/${id}/acknowledge`, { ...as, body: {} })).status, 404);
      }
      assert.equal((await world.call('GET', `/polls/${ids.pollA}`, as)).status, 200);
      for (const id of [ids.pollB, ids.pollOrg]) {
        const read = await world.call('GET', `/polls/${id}`, as);
        assert.ok([403, 404].includes(read.status), `poll read ${read.status}`);
        const vote = await world.call('POST', `/polls/${id}/votes`, { ...as, body: { options: ['o0'] } });
        assert.ok([403, 404].includes(vote.status), `vote ${vote.status}`);
        const results = await world.call('GET', `/polls/${id}/results`, as);
        assert.ok([403, 404].includes(results.status), `results ${results.status}`);
      }
      const polls = await world.call('GET', '/polls', as);
      assert.deepEqual(polls.body.polls, []);
      const surveys = await world.call('GET', '/surveys', as);
      assert.equal(surveys.status, 200);
      assert.ok(!JSON.stringify(surveys.body).includes('Survey B'));
      assert.ok([403, 404].includes((await world.call('GET', `/surveys/${ids.surveyB}`, as)).status));
      const quizzes = await world.call('GET', '/quizzes', as);
      assert.equal(quizzes.status, 200);
      assert.ok(!JSON.stringify(quizzes.body).includes('Quiz B'));
      assert.ok([403, 404].includes((await world.call('GET', `/quizzes/${ids.quizB}`, as)).status));
      const home = await world.call('GET', '/home', as);
      assert.equal(home.status, 200);
      assert.ok(!JSON.stringify(home.body).includes('Question'), JSON.stringify(home.body));
      // people, directories and ambassadors never show anyone outside the guest's groups
      for (const path of [
        '/people?q=mel',
        `/people/${mel.person.id}`,
        '/directory/people',
        '/audiences/suggestions',
      ]) {
        assert.equal((await world.call('GET', path, as)).status, 403, path);
      }
      const ambassadors = await world.call('GET', '/ambassadors/mine', as);
      assert.deepEqual(
        ambassadors.body.ambassadors,
        [],
        'Mel is a Sales ambassador but in none of Gina’s groups',
      );
      // a member of Sales still sees Mel, and the organisation's items
      const colleague = await world.teamsPerson('Carl Sales', { locale: 'en', department: 'Sales' });
      const theirs = await world.call('GET', '/ambassadors/mine', { as: colleague });
      assert.deepEqual(
        theirs.body.ambassadors.map((a: Json) => a.personId),
        [mel.person.id],
      );
      assert.equal((await world.call('GET', `/news/${ids.newsOrg}`, { as: mel })).status, 200);
    });

    it('Teams as the guest: a replayed acknowledge or vote on group B’s cards is refused; ambassadors lists nobody outside', async () => {
      const records = (await world.call('GET', `/news/${ids.newsB}/deliveries?limit=100`)).body
        .deliveries as Json[];
      const bobCopy = records.find((d) => d.personId === bob.person.id);
      const bobCard = world.teams
        .sentActivities()
        .find(
          (r) =>
            r.path === `/v3/conversations/${bobCopy.conversationId}/activities` &&
            JSON.stringify(r.body).includes('Title B'),
        );
      assert.ok(bobCard, 'Bob got the strategic card');
      const ack = executeActionsOf(bobCard.body.attachments[0].content).find((a) => a.verb === 'news.ack');
      assert.ok(ack);
      const replay = await world.teamsPost(
        executeActionActivity(world.teamsScene(gina, 'en-US'), { verb: ack.verb, data: ack.data }),
      );
      assert.equal(replay.status, 200);
      assert.equal(replay.body.type, 'application/vnd.microsoft.activity.message', 'a notice, not her card');
      assert.doesNotMatch(JSON.stringify(replay.body), /Title B/);
      const acks = await world.relais.core.store.db
        .selectFrom('events')
        .select('id')
        .where('type', '=', 'news.acknowledged')
        .where('person_id', '=', gina.person.id)
        .execute();
      assert.equal(acks.length, 0);

      const pollCard = world.teams
        .sentActivities()
        .find((r) => JSON.stringify(r.body).includes('Question B?') && r.body.attachments);
      assert.ok(pollCard);
      const vote = executeActionsOf(pollCard.body.attachments[0].content).find((a) => a.verb === 'poll.vote');
      assert.ok(vote);
      await world.teamsPost(
        executeActionActivity(world.teamsScene(gina, 'en-US'), { verb: vote.verb, data: vote.data }),
      );
      const results = await world.call('GET', `/polls/${ids.pollB}/results`);
      assert.equal(results.body.voters, 0, 'the guest’s vote was not counted');

      const asked = messageActivity(world.teamsScene(gina, 'en-US'), 'ambassadors');
      assert.equal((await world.teamsPost(asked)).status, 200);
      // the answer to Gina's message: a send to group A may still be going out to its members
      const reply = await until(() => world.teams.repliesTo(asked.id).find((r) => r.body?.attachments));
      const texts = textsOf(reply.body.attachments[0].content).join(' ');
      assert.ok(!texts.includes('Mel Sales'), texts);
    });

    it('Slack as the guest: the App Home shows group A’s item only; a replayed vote on group B’s poll is refused', async () => {
      const published = world.slack.callsTo('views.publish').length;
      const opened = await world.slackEvent({
        type: 'app_home_opened',
        user: sam.userId,
        channel: `D${sam.userId}`,
        tab: 'home',
      });
      assert.equal(opened.status, 200);
      const view = await until(() =>
        world.slack
          .callsTo('views.publish')
          .slice(published)
          .find((c) => c.body.user_id === sam.userId),
      );
      const shown = JSON.stringify(view.body.view);
      assert.ok(shown.includes('Title A'), shown);
      assert.ok(!shown.includes('Title B') && !shown.includes('Title Org'));

      const beaPoll = world.slack
        .callsTo('chat.postMessage')
        .find((c) => JSON.stringify(c.body).includes('Question B?'));
      assert.ok(beaPoll);
      const button = (beaPoll.body.blocks as Json[])
        .flatMap((b) => b.elements ?? [])
        .find((e: Json) => String(e.action_id).startsWith('poll.vote:'));
      assert.ok(button, JSON.stringify(beaPoll.body.blocks));
      await world.slackInteract(
        blockActions({
          teamId: SLACK_TEAM,
          userId: sam.userId,
          channelId: String(beaPoll.body.channel),
          action: { action_id: button.action_id, value: button.value, type: 'button' },
        }),
      );
      const results = await world.call('GET', `/polls/${ids.pollB}/results`);
      assert.equal(results.body.voters, 0, 'the guest’s vote was not counted');
    });
  },
);
