/**
 * The `survey` and `quiz` chat commands over HTTP (Slack slash commands, a Teams message), on
 * SQLite and PostgreSQL: the list of open surveys, one survey posted with its Answer button, the
 * results card for communicators only, a quiz shown at its first question.
 */
import assert from 'node:assert/strict';
import { translate } from '../../../shared/i18n/i18n.js';
import { describeEachStore } from '../../harness/databases.js';
import { messageActivity, postActivity } from '../../harness/teams-activities.js';
import { textOf } from '../slack/slack-world.js';
import { cardOf, textsOf } from '../teams/teams-helpers.js';
import { SLACK_MEMBER, startWorld, TENANT, type World } from './survey-world.js';

describeEachStore('survey and quiz commands', (backend) => {
  describe('on one server', () => {
    let world: World;
    let surveyId: string;
    let quizId: string;

    before(async function () {
      this.timeout(20_000);
      world = await startWorld(backend());
      surveyId = (
        await world.api('POST', '/surveys', {
          title: 'Canteen',
          questions: [{ id: 'q', kind: 'rating', label: 'Food?', required: true }],
        })
      ).body.id;
      quizId = (
        await world.api('POST', '/quizzes', {
          title: 'Trivia',
          questions: [
            { label: 'Capital of France?', options: [{ label: 'Paris', correct: true }, { label: 'Lyon' }] },
          ],
        })
      ).body.id;
    });
    after(async () => {
      await world?.close();
    });

    it('lists open surveys and posts one with its Answer button (Slack)', async () => {
      const list = await world.slackCommand(SLACK_MEMBER.id, 'enquête');
      assert.match(textOf(list.body.blocks), new RegExp(translate('fr', 'survey.list.title')));
      assert.match(textOf(list.body.blocks), /Canteen/);
      const one = await world.slackCommand(SLACK_MEMBER.id, `survey ${surveyId}`);
      assert.match(textOf(one.body.blocks), /Canteen/);
      assert.match(textOf(one.body.blocks), new RegExp(translate('fr', 'survey.answer')));
    });

    it('shows results to communicators only', async () => {
      const refused = await world.slackCommand(SLACK_MEMBER.id, `survey results ${surveyId}`);
      assert.match(textOf(refused.body.blocks), new RegExp(translate('fr', 'error.forbidden').slice(0, 20)));
      const lea = (await world.relais.core.people.findByEmail(SLACK_MEMBER.email))!;
      await world.relais.core.people.grant(lea.id, 'communicator');
      await world.relais.core.surveys.answer({ actor: lea, surveyId, answers: { q: 4 }, platform: 'slack' });
      const results = await world.slackCommand(SLACK_MEMBER.id, `survey results ${surveyId}`);
      assert.match(
        textOf(results.body.blocks),
        new RegExp(translate('fr', 'survey.results.title', { title: 'Canteen' })),
      );
      assert.match(
        textOf(results.body.blocks),
        new RegExp(translate('fr', 'survey.results.respondents', { count: 1 }).replace(/[()]/g, '.')),
      );
    });

    it('shows a quiz at its first question (Teams message)', async () => {
      const user = world.teamsMember('Théo Teams');
      const scene = { serviceUrl: world.teams.url, tenantId: TENANT, user, locale: 'en-US' };
      const asked = messageActivity(scene, `quiz ${quizId}`);
      await postActivity(world.relais.url, asked);
      const card = cardOf(world.teams.repliesTo(asked.id).at(-1));
      const texts = textsOf(card).join('\n');
      assert.match(texts, /Trivia/);
      assert.match(texts, /Capital of France\?/);
      assert.ok(textsOf(card).includes('Paris'));
      const viewed = await world.relais.core.store.db
        .selectFrom('events')
        .select('type')
        .where('type', '=', 'quiz.viewed')
        .execute();
      assert.equal(viewed.length, 1);
    });
  });
});
