/**
 * Every send path and chat command as a guest of group A, over HTTP on SQLite and PostgreSQL +
 * Redis: a news item, a poll, a survey and a quiz sent to the organisation (everyone, and a
 * department the guest is recorded in) and to group B, then a reminder of the organisation's
 * poll. No copy of any of them is recorded for a guest (deliveries table), except what names the
 * guest's own group; the chat commands `news`, `survey <id>`, `quiz <id>`, `survey` and `quiz`
 * typed by the guest on Slack and Teams show nothing of the organisation's nor of group B's, and
 * `dashboard subscribe` and `ambassadors` give a guest neither the digest nor the organisation's
 * ambassadors.
 * Tours are tried in guest-tours.test.ts; REST, App Home and card replays in groups-isolation.
 */
import assert from 'node:assert/strict';
import { messageActivity } from '../../harness/teams-activities.js';
import { describeNewsBackends, until, type WorldPerson } from '../news/news-world.js';
import { textsOf } from '../teams/teams-helpers.js';
import { guestHelpers } from './group-guests-world.js';
import { type GroupsWorld, type Json, startGroupsWorld } from './groups-world.js';

describeNewsBackends(
  'Groups: no send path or chat command reaches a guest outside their group',
  (backendEnv) => {
    let world: GroupsWorld;
    const g = guestHelpers(() => world);
    let mia: WorldPerson; // member, manager of A and B
    let gina: WorldPerson; // Teams guest of A, recorded in department Sales
    let sam: WorldPerson; // Slack guest of A
    let bob: WorldPerson; // Teams guest of B
    let mel: WorldPerson; // member of Sales, in no group
    let groupA: string;
    let groupB: string;
    const ids: Record<string, string> = {};

    const news = async (tag: string, audience: Json) => {
      const body = { variants: { en: { title: tag, summary: '', body: tag, buttons: [] } }, audience };
      const created = await world.call('POST', '/news', { body });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal((await world.call('POST', `/news/${created.body.id}/publish`, { body: {} })).status, 200);
      return created.body.id as string;
    };
    const poll = async (question: string, audience: Json) => {
      const created = await world.call('POST', '/polls', {
        body: { poll: { question, options: ['Yes', 'No'] }, target: { audience } },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.poll.id as string;
    };
    const answerable = async (kind: 'surveys' | 'quizzes', title: string, audience: Json) => {
      const questions =
        kind === 'surveys'
          ? [{ id: 'q', kind: 'rating', label: `${title}?`, required: true }]
          : [
              {
                id: 'q',
                label: `${title}?`,
                options: [
                  { id: 'a', label: 'A', correct: true },
                  { id: 'b', label: 'B' },
                ],
              },
            ];
      const created = await world.call('POST', `/${kind}`, { body: { title, locale: 'en', questions } });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      const sent = await world.call('POST', `/${kind}/${created.body.id}/send`, { body: { audience } });
      assert.ok(sent.status < 300, JSON.stringify(sent.body));
      return created.body.id as string;
    };
    /** every subject with a copy recorded for this person */
    const copiesOf = async (who: WorldPerson) =>
      (
        await world.relais.core.store.db
          .selectFrom('deliveries')
          .select(['subject_type', 'subject_id'])
          .where('person_id', '=', who.person.id)
          .execute()
      ).map((d) => `${d.subject_type}:${d.subject_id.split('@')[0]}`);

    before(async () => {
      world = await startGroupsWorld(backendEnv());
      mia = await world.teamsPerson('Mia Manager', { locale: 'en', department: 'Ops' });
      gina = await world.teamsPerson('Gina Guest', { locale: 'en', department: 'Sales', kind: 'guest' });
      sam = await world.slackPerson('Sam Guest', { locale: 'en', department: 'Sales', kind: 'guest' });
      bob = await world.teamsPerson('Bob Other', { locale: 'en', kind: 'guest' });
      mel = await world.teamsPerson('Mel Sales', { locale: 'en', department: 'Sales' });
      const named = await world.call('POST', '/ambassadors', { body: { personId: mel.person.id } });
      assert.equal(named.status, 201, JSON.stringify(named.body));
      groupA = await world.group('Partners A', [
        [mia, 'manager'],
        [gina, 'member'],
        [sam, 'member'],
      ]);
      groupB = await world.group('Partners B', [
        [mia, 'manager'],
        [bob, 'member'],
      ]);
      const everyone = { everyone: true };
      const sales = { departments: ['Sales'] };
      ids.newsOrg = await news('News Org', everyone);
      ids.newsSales = await news('News Sales', sales);
      ids.newsB = await news('News B', { groups: [groupB] });
      ids.newsA = await news('News A', { groups: [groupA] });
      ids.pollOrg = await poll('Poll Org?', everyone);
      ids.pollSales = await poll('Poll Sales?', sales);
      ids.pollB = await poll('Poll B?', { groups: [groupB] });
      ids.surveyOrg = await answerable('surveys', 'Survey Org', everyone);
      ids.surveySales = await answerable('surveys', 'Survey Sales', sales);
      ids.surveyB = await answerable('surveys', 'Survey B', { groups: [groupB] });
      ids.quizOrg = await answerable('quizzes', 'Quiz Org', everyone);
      ids.quizB = await answerable('quizzes', 'Quiz B', { groups: [groupB] });
      // every send has recorded its copies: Mel (a member of Sales) has one of each
      await until(async () => ((await copiesOf(mel)).length >= 7 ? true : undefined), { timeoutMs: 30_000 });
      // then a reminder of the organisation's poll goes to those who have not voted
      await until(async () => {
        const remind = await world.call('POST', `/polls/${ids.pollOrg}/remind`, { body: {} });
        assert.ok(remind.status < 300, JSON.stringify(remind.body));
        return remind.body.queued > 0 || undefined;
      });
      await until(async () => (await copiesOf(mel)).includes(`poll-reminder:${ids.pollOrg}`) || undefined);
    });
    after(async () => {
      await world?.close();
    });

    it('records copies for the members, none for a guest but of their own group’s item', async () => {
      const mels = await copiesOf(mel);
      for (const subject of [
        `news:${ids.newsOrg}`,
        `news:${ids.newsSales}`,
        `poll:${ids.pollOrg}`,
        `poll:${ids.pollSales}`,
        `poll-reminder:${ids.pollOrg}`,
        `survey:${ids.surveyOrg}`,
        `survey:${ids.surveySales}`,
        `quiz:${ids.quizOrg}`,
      ]) {
        assert.ok(mels.includes(subject), `Mel has ${subject}: ${mels.join(', ')}`);
      }
      assert.deepEqual(await copiesOf(gina), [`news:${ids.newsA}`]);
      assert.deepEqual(await copiesOf(sam), [`news:${ids.newsA}`]);
      const bobs = (await copiesOf(bob)).sort();
      assert.deepEqual(
        bobs,
        [`news:${ids.newsB}`, `poll:${ids.pollB}`, `survey:${ids.surveyB}`, `quiz:${ids.quizB}`].sort(),
      );
    });

    const leaked = (answer: string) =>
      [
        'News Org',
        'News Sales',
        'News B',
        'Poll Org',
        'Survey Org',
        'Survey Sales',
        'Survey B',
        'Quiz Org',
        'Quiz B',
      ].filter((title) => answer.includes(title));

    it('Slack commands as the guest show nothing of the organisation’s nor of group B’s', async () => {
      const feed = await g.slackCommand(sam, 'news');
      assert.ok(feed.includes('News A'), feed.slice(0, 400));
      for (const text of [
        'news',
        'survey',
        'quiz',
        `survey ${ids.surveyOrg}`,
        `survey ${ids.surveySales}`,
        `survey ${ids.surveyB}`,
        `quiz ${ids.quizOrg}`,
        `quiz ${ids.quizB}`,
      ]) {
        const answer = await g.slackCommand(sam, text);
        assert.deepEqual(leaked(answer), [], `${text}: ${answer.slice(0, 400)}`);
      }
      // the adoption dashboard and its monthly digest are not a guest's
      const dashboard = await g.slackCommand(sam, 'dashboard subscribe');
      assert.match(dashboard, /The dashboard is for communicators and administrators/);
      // the ambassadors of Sam's department (Sales) are organisation members in none of his groups
      const ambassadors = await g.slackCommand(sam, 'ambassadors');
      assert.ok(!ambassadors.includes('Mel Sales'), ambassadors.slice(0, 400));
    });

    it('Teams commands as the guest show nothing of the organisation’s nor of group B’s', async () => {
      for (const text of ['news', 'survey', 'quiz', `survey ${ids.surveyOrg}`, `quiz ${ids.quizOrg}`]) {
        const before = world.teams.sentActivities().length;
        const asked = messageActivity(world.teamsScene(gina, 'en-US'), text);
        const posted = await world.teamsPost(asked);
        assert.equal(posted.status, 200);
        // the answer to Gina's message: the reminder of the organisation's poll may still be going
        // out to the members at this moment, in their own conversations
        const reply = await until(() =>
          world.teams
            .sentActivities()
            .slice(before)
            .find((r) => r.body?.replyToId === asked.id && (r.body?.attachments || r.body?.text)),
        );
        const shown = textsOf(reply.body).join(' ');
        assert.deepEqual(leaked(shown), [], `${text}: ${shown.slice(0, 400)}`);
      }
    });
  },
);
