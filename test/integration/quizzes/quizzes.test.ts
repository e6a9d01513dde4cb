/**
 * Quizzes over HTTP on SQLite and PostgreSQL: immediate feedback in the card refreshed in place
 * (Teams Action.Execute and Slack block_actions), the first answer counts under double clicks and
 * retries (one row per person and question), score, leaderboard and opting out of it (chat and
 * REST), results, guests, and malformed answers refused with nothing written.
 */
import assert from 'node:assert/strict';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import { translate, translator } from '../../../shared/i18n/i18n.js';
import { leaderboardCard, quizCard } from '../../../shared/quizzes/quiz-cards.js';
import type { Quiz } from '../../../shared/quizzes/quiz-model.js';
import { quizDb } from '../../../shared/quizzes/quiz-tables.js';
import { describeEachStore } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { blockActions } from '../../harness/slack-signing.js';
import { executeActionActivity, postActivity } from '../../harness/teams-activities.js';
import { SLACK_GUEST, SLACK_MEMBER, startWorld, TEAM, TENANT, type World } from '../surveys/survey-world.js';
import { textsOf } from '../teams/teams-helpers.js';

const definition = {
  title: 'Onboarding quiz',
  locale: 'en',
  questions: [
    {
      id: 'founded',
      label: 'When was the company founded?',
      options: [
        { id: 'y1990', label: '1990' },
        { id: 'y2001', label: '2001', correct: true },
      ],
      explanation: 'In a garage in Lyon.',
    },
    {
      id: 'values',
      kind: 'multiple',
      label: 'Which are our values?',
      options: [
        { id: 'trust', label: 'Trust', correct: true },
        { id: 'speed', label: 'Speed at any cost' },
        { id: 'care', label: 'Care', correct: true },
      ],
    },
  ],
};

describeEachStore('quizzes over HTTP', (backend) => {
  // nested: this suite's server closes before the harness drops its database
  describe('on one server', () => {
    let world: World;
    let quiz: Quiz;

    before(async function () {
      this.timeout(20_000);
      world = await startWorld(backend());
      const created = await world.api('POST', '/quizzes', definition);
      assert.equal(created.status, 200, JSON.stringify(created.body));
      quiz = (await world.relais.core.quizzes.get(created.body.id))!;
    });
    after(async () => {
      await world?.close();
    });

    const answerRows = (personId?: string) => {
      let query = quizDb(world.relais.core.store)
        .selectFrom('quiz_answers')
        .selectAll()
        .where('quiz_id', '=', quiz.id);
      if (personId) query = query.where('person_id', '=', personId);
      return query.execute();
    };

    it('refuses a quiz without a correct option, naming the field', async () => {
      const bad = await world.api('POST', '/quizzes', {
        title: 'x',
        questions: [{ label: 'q', options: [{ label: 'a' }, { label: 'b' }] }],
      });
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /questions\.0\.options/);
    });

    it('Teams: each answer refreshes the card with the feedback and the next question; a double click counts once', async () => {
      const user = world.teamsMember('Quentin Quiz');
      const t = translator('en');
      const wrong = quizCard(t, quiz);
      // the first quiz.answer button is "1990" (wrong), clicked twice at once: one row, the same feedback
      const [first, second] = await Promise.all(
        [0, 1].map(() => world.teamsClick(user, wrong, 'quiz.answer', {}, 'en-US')),
      );
      for (const response of [first, second]) {
        assert.equal(response.body.statusCode, 200, JSON.stringify(response.body));
        const texts = textsOf(response.body.value).join('\n');
        assert.match(texts, /Not quite/);
        assert.match(texts, /The answer: 2001/);
        assert.match(texts, /In a garage in Lyon/);
        assert.match(texts, /Which are our values\?/);
      }
      const person = (await world.relais.core.people.findByIdentity({
        platform: 'teams',
        tenantId: 'tenant-surveys',
        userId: user.id,
      }))!;
      assert.equal((await answerRows(person.id)).length, 1);

      // question 2 (multiple choice) through its checkbox list
      const state = { answers: await world.relais.core.quizzes.answersOf(quiz.id, person.id) };
      const next = await world.teamsClick(
        user,
        quizCard(t, quiz, state),
        'quiz.answer',
        { 'in[].values': 'trust,care' },
        'en-US',
      );
      assert.equal(next.body.statusCode, 200);
      const texts = textsOf(next.body.value).join('\n');
      assert.match(texts, /Correct!/);
      assert.match(texts, /Your score: \*\*1 \/ 2\*\*/);
      const events = await world.relais.core.store.db
        .selectFrom('events')
        .select('type')
        .where('type', '=', 'quiz.answered')
        .where('person_id', '=', person.id)
        .execute();
      assert.equal(events.length, 2);
    });

    it('Slack: the feedback replaces a 1:1 card in place, and reaches the clicker alone in a channel', async () => {
      const rendered = renderBlockKit(quizCard(translator('fr'), quiz));
      const buttons = (
        rendered.blocks.find((b) => b.type === 'actions') as {
          elements: { action_id: string; value: string; text: { text: string } }[];
        }
      ).elements;
      const right = buttons.find((b) => b.text.text === '2001')!;
      const click = (channelId: string, messageTs: string) =>
        world.slackInteract(
          blockActions({
            teamId: TEAM,
            userId: SLACK_MEMBER.id,
            channelId,
            messageTs,
            action: { action_id: right.action_id, value: right.value, type: 'button' },
          }),
        );
      world.slack.reset();
      await click('D0LEA', '1700000001.000100');
      const update = await world.slack.waitForCall('chat.update');
      assert.equal(update.body.channel, 'D0LEA');
      assert.match(JSON.stringify(update.body), new RegExp(translate('fr', 'quiz.correct').slice(2)));
      const person = (await world.relais.core.people.findByEmail(SLACK_MEMBER.email))!;
      const rows = await answerRows(person.id);
      assert.deepEqual(
        rows.map((r) => [r.question_id, r.correct]),
        [['founded', 1]],
      );

      // the same quiz posted in a channel: the shared message stays as it is for everyone else
      world.slack.reset();
      await click('C0GENERAL', '1700000001.000200');
      const ephemeral = await world.slack.waitForCall('chat.postEphemeral');
      assert.equal(ephemeral.body.user, SLACK_MEMBER.id);
      assert.match(JSON.stringify(ephemeral.body), new RegExp(translate('fr', 'quiz.correct').slice(2)));
      assert.equal(world.slack.callsTo('chat.update').length, 0);
      assert.equal((await answerRows(person.id)).length, 1);
    });

    it('refuses unknown options and questions, over chat and REST, writing nothing', async () => {
      const token = await world.token('rita@example.com', 'Rita Rest');
      const before = (await answerRows()).length;
      for (const body of [
        { questionId: 'founded', optionIds: ['y1800'] },
        { questionId: 'nope', optionIds: ['y2001'] },
        { questionId: 'founded', optionIds: ['y1990', 'y2001'] },
      ]) {
        const response = await world.api('POST', `/quizzes/${quiz.id}/answers`, body, token);
        assert.equal(response.status, 400, JSON.stringify(body));
        assert.match(response.body.error.message, /optionIds|questionId/);
      }
      const user = world.teamsMember('Forged Click');
      const forged = await world.teamsClick(
        user,
        {
          summary: 'x',
          blocks: [
            {
              type: 'buttons',
              buttons: [
                {
                  kind: 'submit',
                  action: 'quiz.answer',
                  label: 'x',
                  payload: { quizId: quiz.id, q: 'founded', o: 'zzz' },
                },
              ],
            },
          ],
        },
        'quiz.answer',
      );
      assert.equal(forged.body.statusCode, 400);
      assert.equal((await answerRows()).length, before);
    });

    it('refuses forged buttons as no longer available, changing nothing (Teams Action.Execute, Slack block_actions)', async () => {
      const user = world.teamsMember('Olga Overlong');
      const before = (await answerRows()).length;
      for (const payload of [
        { quizId: quiz.id, q: 'founded', o: 'x'.repeat(5000) },
        { quizId: quiz.id, o: 'y2001' },
        { quizId: quiz.id, q: 'founded', o: 2001 },
      ]) {
        const response = await postActivity(
          world.relais.url,
          executeActionActivity(
            { serviceUrl: world.teams.url, tenantId: TENANT, user, locale: 'en-US' },
            { verb: 'quiz.answer', data: { action: 'quiz.answer', payload } },
          ),
        );
        assert.deepEqual(
          response.body,
          {
            statusCode: 400,
            type: 'application/vnd.microsoft.error',
            value: { code: 'BadRequest', message: translate('en', 'error.unknown_action') },
          },
          JSON.stringify(payload).slice(0, 60),
        );
      }
      assert.equal((await answerRows()).length, before);

      // "hide me" whose `out` is neither true nor false: refused, the clicker stays on the board
      const responseUrl = world.slack.responseUrl();
      await world.slackInteract(
        blockActions({
          teamId: TEAM,
          userId: SLACK_MEMBER.id,
          responseUrl,
          action: {
            action_id: 'quiz.leaderboard_opt_out:0',
            value: JSON.stringify({ quizId: quiz.id, out: 'no' }),
            type: 'button',
          },
        }),
      );
      const notice = await world.slack.waitForCall(
        'response_url',
        (c) => c.body.url === new URL(responseUrl).pathname,
      );
      assert.match(JSON.stringify(notice.body), new RegExp(translate('fr', 'error.unknown_action')));
      const lea = (await world.relais.core.people.findByEmail(SLACK_MEMBER.email))!;
      assert.equal(await world.relais.core.quizzes.isOptedOut(quiz.id, lea.id), false);
    });

    it('scores over REST, ranks the leaderboard, and leaves out people who opted out', async () => {
      const ann = await world.token('ann@example.com', 'Ann Perfect');
      for (const [questionId, optionIds] of [
        ['founded', ['y2001']],
        ['values', ['care', 'trust']],
      ] as const) {
        const answered = await world.api(
          'POST',
          `/quizzes/${quiz.id}/answers`,
          { questionId, optionIds },
          ann,
        );
        assert.equal(answered.status, 200, JSON.stringify(answered.body));
        assert.equal(answered.body.correct, true);
      }
      const retry = await world.api(
        'POST',
        `/quizzes/${quiz.id}/answers`,
        { questionId: 'founded', optionIds: ['y1990'] },
        ann,
      );
      assert.equal(retry.body.first, false);
      assert.equal(retry.body.correct, true, 'the first answer counts');
      assert.equal(retry.body.score, 2);

      const board = await world.api('GET', `/quizzes/${quiz.id}/leaderboard`, undefined, ann);
      assert.equal(board.status, 200);
      assert.deepEqual(
        board.body.entries.map((e: { displayName: string; score: number }) => [e.displayName, e.score]),
        [
          ['Ann Perfect', 2],
          // a tie goes to whoever got there first
          ['Quentin Quiz', 1],
          ['Léa Martin', 1],
        ],
      );
      const out = await world.api('POST', `/quizzes/${quiz.id}/leaderboard/opt-out`, {}, ann);
      assert.deepEqual(out.body, { optedOut: true });
      const after = await world.api('GET', `/quizzes/${quiz.id}/leaderboard`, undefined, ann);
      assert.equal(after.body.optedOut, true);
      assert.ok(!after.body.entries.some((e: { displayName: string }) => e.displayName === 'Ann Perfect'));

      // the chat button does the same, and back
      const lea = (await world.relais.core.people.findByEmail(SLACK_MEMBER.email))!;
      const optOut = await world.relais.core.dispatcher.dispatch({
        action: 'quiz.leaderboard_opt_out',
        payload: { quizId: quiz.id, out: true },
        actor: lea,
        locale: 'en',
        platform: 'slack',
      });
      assert.equal(optOut.notice, translate('en', 'quiz.leaderboard.opted_out'));
      const names = (await world.relais.core.quizzes.leaderboard(quiz.id)).map((e) => e.displayName);
      assert.deepEqual(names, ['Quentin Quiz']);
      const card = leaderboardCard(translator('en'), quiz, [], { optedOut: true });
      assert.ok(JSON.stringify(card).includes(translate('en', 'quiz.leaderboard.opt_in')));

      const results = await world.api('GET', `/quizzes/${quiz.id}/results`);
      assert.equal(results.status, 200);
      assert.equal(results.body.participants, 3);
      const founded = results.body.questions[0];
      assert.equal(founded.answered, 3);
      assert.equal(founded.correct, 2);
      assert.equal((await world.api('GET', `/quizzes/${quiz.id}/results`, undefined, ann)).status, 403);
    });

    it('hides correct answers until answered; guests reach only quizzes addressed to them', async () => {
      const bob = await world.token('bob@example.com', 'Bob');
      const view = await world.api('GET', `/quizzes/${quiz.id}`, undefined, bob);
      assert.equal(view.status, 200);
      assert.equal(view.body.questions[0].correct, undefined);

      const guest = await world.token('guest@partner.example', 'Guest', { guest: true });
      assert.equal((await world.api('GET', `/quizzes/${quiz.id}`, undefined, guest)).status, 404);
      assert.equal(
        (
          await world.api(
            'POST',
            `/quizzes/${quiz.id}/answers`,
            { questionId: 'founded', optionIds: ['y2001'] },
            guest,
          )
        ).status,
        404,
      );

      const rendered = renderBlockKit(quizCard(translator('en'), quiz));
      const button = (
        rendered.blocks.find((b) => b.type === 'actions') as {
          elements: { action_id: string; value: string }[];
        }
      ).elements[0]!;
      const click = (channelId: string, messageTs: string) =>
        world.slackInteract(
          blockActions({
            teamId: TEAM,
            userId: SLACK_GUEST.id,
            channelId,
            messageTs,
            action: { action_id: button.action_id, value: button.value, type: 'button' },
          }),
        );
      world.slack.reset();
      await click('C0PRIVATE', '1700000002.000100');
      await world.slack.waitForCall('chat.postEphemeral');
      // by identity: the platform keeps a guest's email to itself
      const guestPerson = () =>
        world.relais.core.people.findByIdentity({
          platform: 'slack',
          tenantId: TEAM,
          userId: SLACK_GUEST.id,
        });
      assert.equal((await answerRows((await guestPerson())!.id)).length, 0);

      const sent = await world.api('POST', `/quizzes/${quiz.id}/send`, {
        conversation: { platform: 'slack', tenantId: TEAM, conversationId: 'C0PARTNERS' },
      });
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      await click('C0PARTNERS', '1700000003.000100');
      await pollUntil(
        async () => answerRows((await guestPerson())!.id),
        (rows) => rows.length === 1,
        { what: 'the guest answer' },
      );
    });
  });
});
