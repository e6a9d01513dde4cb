/**
 * A survey or quiz posted into a conversation goes through the shared pacer like news and polls,
 * on SQLite and PostgreSQL: each post takes a slot of the workspace's budget, and a 429 from
 * Slack pauses that budget (so a broadcast running meanwhile waits too) instead of being a
 * private matter of the one post. The pacer is watched, not replaced: the sends are real.
 */
import assert from 'node:assert/strict';
import sinon from 'sinon';
import { describeEachStore } from '../../harness/databases.js';
import { startWorld, TEAM, type World } from './survey-world.js';

describeEachStore('surveys and quizzes posted into a conversation, paced', (backend) => {
  describe('on one server', () => {
    let world: World;
    let surveyId: string;
    let quizId: string;

    before(async function () {
      this.timeout(20_000);
      world = await startWorld(backend());
      const survey = await world.api('POST', '/surveys', {
        title: 'Paced pulse',
        locale: 'en',
        questions: [{ id: 'q', kind: 'yes_no', label: 'Fine?', required: true }],
      });
      assert.equal(survey.status, 200, JSON.stringify(survey.body));
      surveyId = survey.body.id;
      const quiz = await world.api('POST', '/quizzes', {
        title: 'Paced quiz',
        locale: 'en',
        questions: [
          {
            id: 'q',
            kind: 'single',
            label: 'Where?',
            options: [
              { id: 'a', label: 'Lyon', correct: true },
              { id: 'b', label: 'Lille' },
            ],
          },
        ],
      });
      assert.equal(quiz.status, 200, JSON.stringify(quiz.body));
      quizId = quiz.body.id;
    });
    after(async () => {
      sinon.restore();
      await world?.close();
    });
    afterEach(() => sinon.restore());

    const into = (conversationId: string) => ({
      conversation: { platform: 'slack', tenantId: TEAM, conversationId },
    });

    it('takes a slot of the workspace budget for each post', async () => {
      const acquire = sinon.spy(world.relais.core.pacer, 'acquire');
      const survey = await world.api('POST', `/surveys/${surveyId}/send`, into('C0PACEDS'));
      assert.equal(survey.status, 200, JSON.stringify(survey.body));
      const quiz = await world.api('POST', `/quizzes/${quizId}/send`, into('C0PACEDQ'));
      assert.equal(quiz.status, 200, JSON.stringify(quiz.body));
      const slots = acquire.getCalls().filter((c) => c.args[0] === 'slack' && c.args[1] === TEAM);
      assert.equal(slots.length, 2, 'one slot per post');
      assert.ok(world.slack.callsTo('chat.postMessage').some((c) => c.body.channel === 'C0PACEDS'));
      assert.ok(world.slack.callsTo('chat.postMessage').some((c) => c.body.channel === 'C0PACEDQ'));
    });

    it('pauses the workspace budget when Slack answers 429', async () => {
      const throttled = sinon.spy(world.relais.core.pacer, 'throttled');
      world.slack.rateLimit('chat.postMessage', { calls: 1, retryAfterSeconds: 2 });
      const refused = await world.api('POST', `/quizzes/${quizId}/send`, into('C0LIMITED'));
      assert.notEqual(refused.status, 200);
      assert.deepEqual(
        throttled.getCalls().map((c) => c.args),
        [['slack', TEAM, 2000]],
      );
    });
  });
});
