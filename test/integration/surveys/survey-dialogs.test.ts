/**
 * Answering a survey in a real dialog, through the adapters, on SQLite and PostgreSQL: Teams
 * task/fetch from the card's "Answer" button, then task/submit (a refused submit comes back as
 * the same form with the values kept; a long survey continues on a second page); Slack
 * block_actions → views.open, then view_submission (errors on their fields, `update` to the next
 * page, and the modal closes on the last one).
 */
import assert from 'node:assert/strict';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import { translate, translator } from '../../../shared/i18n/i18n.js';
import { surveyCard } from '../../../shared/surveys/survey-cards.js';
import type { Survey } from '../../../shared/surveys/survey-model.js';
import { surveyDb } from '../../../shared/surveys/survey-tables.js';
import { describeEachStore } from '../../harness/databases.js';
import { blockActions } from '../../harness/slack-signing.js';
import { invokeActivity, postActivity } from '../../harness/teams-activities.js';
import { assertParses, type CardJson, textsOf } from '../teams/teams-helpers.js';
import { SLACK_MEMBER, startWorld, TEAM, TENANT, type World } from './survey-world.js';

function actionsOfType(node: unknown, type: string): CardJson[] {
  if (Array.isArray(node)) return node.flatMap((n) => actionsOfType(n, type));
  if (!node || typeof node !== 'object') return [];
  const self = (node as CardJson).type === type ? [node as CardJson] : [];
  return [...self, ...Object.values(node).flatMap((n) => actionsOfType(n, type))];
}

function dialogOf(body: CardJson): CardJson {
  assert.equal(body?.task?.type, 'continue', JSON.stringify(body));
  assertParses(body.task.value.card.content);
  return body.task.value.card.content;
}

const eight = Array.from({ length: 8 }, (_, i) => ({
  id: `q${i + 1}`,
  kind: i % 2 ? 'rating' : 'yes_no',
  label: `Question ${i + 1}`,
  required: i === 0,
}));

describeEachStore('surveys in dialogs (Teams task modules, Slack modals)', (backend) => {
  // nested: this suite's server closes before the harness drops its database
  describe('on one server', () => {
    let world: World;
    let survey: Survey;

    before(async function () {
      this.timeout(20_000);
      world = await startWorld(backend());
      const created = await world.api('POST', '/surveys', { title: 'Eight', locale: 'en', questions: eight });
      survey = (await world.relais.core.surveys.get(created.body.id))!;
    });
    after(async () => {
      await world?.close();
    });

    const answerCount = (respondent: string) =>
      surveyDb(world.relais.core.store)
        .selectFrom('survey_answers')
        .select('question_id')
        .where('survey_id', '=', survey.id)
        .where('respondent', '=', respondent)
        .execute()
        .then((rows) => rows.length);

    it('Teams: Answer opens the task module; refused, next page, then thanks', async () => {
      const user = world.teamsMember('Tess Task');
      const scene = { serviceUrl: world.teams.url, tenantId: TENANT, user, locale: 'en-US' };
      const [answer] = actionsOfType(
        renderAdaptiveCard(surveyCard(translator('en'), survey)),
        'Action.Submit',
      );
      assert.equal(answer?.data?.msteams?.type, 'task/fetch');
      const fetched = await postActivity(
        world.relais.url,
        invokeActivity(scene, 'task/fetch', { data: answer!.data }),
      );
      const page1 = dialogOf(fetched.body);
      const submitData = (card: CardJson, inputs: Record<string, string>) => ({
        ...actionsOfType(card, 'Action.Submit')[0]!.data,
        ...inputs,
      });

      // the required first question left empty: the form comes back with the reason, values kept
      const refused = await postActivity(
        world.relais.url,
        invokeActivity(scene, 'task/submit', { data: submitData(page1, { 'in.q2': '4' }) }),
      );
      const again = dialogOf(refused.body);
      assert.ok(
        textsOf(again).some((t) => t.includes(translate('en', 'survey.error.required'))),
        textsOf(again).join(' | '),
      );
      const person = (await world.relais.core.people.findByIdentity({
        platform: 'teams',
        tenantId: TENANT,
        userId: user.id,
      }))!;
      assert.equal(await answerCount(person.id), 0);

      const next = await postActivity(
        world.relais.url,
        invokeActivity(scene, 'task/submit', { data: submitData(again, { 'in.q1': 'yes', 'in.q2': '4' }) }),
      );
      const page2 = dialogOf(next.body);
      assert.ok(JSON.stringify(page2).includes('Question 7'));
      assert.equal(await answerCount(person.id), 2);
      const done = await postActivity(
        world.relais.url,
        invokeActivity(scene, 'task/submit', { data: submitData(page2, { 'in.q8': '5' }) }),
      );
      assert.deepEqual(done.body, {
        task: { type: 'message', value: translate('en', 'survey.thanks', { title: 'Eight' }) },
      });
      assert.equal(await answerCount(person.id), 3);
    });

    it('Teams: refuses a forged Answer or page submit (an id of 5,000 characters, no id, a page that is no number) and saves nothing', async () => {
      const user = world.teamsMember('Fay Forged');
      const scene = { serviceUrl: world.teams.url, tenantId: TENANT, user, locale: 'en-US' };
      const refusal = { task: { type: 'message', value: translate('en', 'error.unknown_action') } };
      for (const payload of [{ surveyId: 'x'.repeat(5000) }, {}]) {
        const fetched = await postActivity(
          world.relais.url,
          invokeActivity(scene, 'task/fetch', {
            data: { msteams: { type: 'task/fetch' }, action: 'survey.open', payload },
          }),
        );
        assert.deepEqual(fetched.body, refusal, JSON.stringify(payload).slice(0, 60));
      }
      for (const payload of [
        { surveyId: survey.id, page: 'one' },
        { surveyId: survey.id, page: -1 },
        { surveyId: 'x'.repeat(5000), page: 0 },
        { page: 0 },
      ]) {
        const submitted = await postActivity(
          world.relais.url,
          invokeActivity(scene, 'task/submit', {
            data: { action: 'survey.submit', payload, 'in.q1': 'yes', 'in.q2': '4' },
          }),
        );
        assert.deepEqual(submitted.body, refusal, JSON.stringify(payload).slice(0, 60));
      }
      const person = await world.relais.core.people.findByIdentity({
        platform: 'teams',
        tenantId: TENANT,
        userId: user.id,
      });
      assert.ok(person, 'the clicker is known: the refusal came from the action, not the adapter');
      assert.equal(await answerCount(person.id), 0);
    });

    it('Slack: Answer opens a modal; errors on the field, update to page 2, then the modal closes', async () => {
      const rendered = renderBlockKit(surveyCard(translator('fr'), survey));
      const button = (
        rendered.blocks.find((b) => b.type === 'actions') as {
          elements: { action_id: string; value: string }[];
        }
      ).elements[0]!;
      await world.slackInteract(
        blockActions({
          teamId: TEAM,
          userId: SLACK_MEMBER.id,
          messageTs: '1700000100.000100',
          action: { action_id: button.action_id, value: button.value, type: 'button' },
        }),
      );
      const open = await world.slack.waitForCall('views.open');
      assert.equal(open.response.ok, true, JSON.stringify(open.response));
      const view = typeof open.body.view === 'string' ? JSON.parse(open.body.view) : open.body.view;

      const submit = async (current: Record<string, unknown>, values: Record<string, unknown>) => {
        const response = await world.slackInteract({
          type: 'view_submission',
          team: { id: TEAM, domain: 'relais' },
          user: { id: SLACK_MEMBER.id, username: 'lea', name: 'lea', team_id: TEAM },
          api_app_id: 'A0FAKE',
          token: 'legacy-verification-token',
          trigger_id: '1700000100.submit.trigger',
          view: {
            ...current,
            id: 'V0SURVEY',
            team_id: TEAM,
            state: { values },
            hash: 'h',
            root_view_id: 'V0SURVEY',
            app_id: 'A0FAKE',
            bot_id: 'B0BOT',
          },
          response_urls: [],
          is_enterprise_install: false,
          enterprise: null,
        });
        assert.equal(response.status, 200);
        const text = await response.text();
        return text ? JSON.parse(text) : {};
      };
      const radio = (value: string) => ({ value: { type: 'radio_buttons', selected_option: { value } } });

      const refused = await submit(view, { 'in.q2': radio('9') });
      assert.equal(refused.response_action, 'errors');
      assert.deepEqual(Object.keys(refused.errors).sort(), ['in.q1', 'in.q2']);

      const next = await submit(view, { 'in.q1': radio('no'), 'in.q2': radio('3') });
      assert.equal(next.response_action, 'update');
      const closed = await submit(next.view, { 'in.q7': radio('yes') });
      assert.deepEqual(closed, {});
      const person = (await world.relais.core.people.findByEmail(SLACK_MEMBER.email))!;
      assert.equal(await answerCount(person.id), 3);
    });
  });
});
