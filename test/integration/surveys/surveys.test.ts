/**
 * Surveys over HTTP on SQLite and PostgreSQL: created over REST, answered through Teams
 * (Action.Execute with the dialog's inputs), Slack (signed block_actions with state.values) and
 * the tab's REST route; validation errors change nothing; resubmitting replaces; results, NPS and
 * the CSV export; the satisfaction template in French and English; guests answer only what was
 * addressed to them.
 */
import assert from 'node:assert/strict';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import { translate, translator } from '../../../shared/i18n/i18n.js';
import { surveyDialog } from '../../../shared/surveys/survey-cards.js';
import type { Survey } from '../../../shared/surveys/survey-model.js';
import { surveyDb } from '../../../shared/surveys/survey-tables.js';
import { describeEachStore } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { blockActions } from '../../harness/slack-signing.js';
import { SLACK_GUEST, SLACK_MEMBER, startWorld, TEAM, type World } from './survey-world.js';

const questions = [
  { id: 'mood', kind: 'single', label: 'How are you?', required: true, options: ['Fine', 'Tired', 'Great'] },
  {
    id: 'topics',
    kind: 'multiple',
    label: 'Topics',
    options: [
      { id: 'news', label: 'News' },
      { id: 'polls', label: 'Polls' },
      { id: 'tours', label: 'Tours' },
    ],
    maxChoices: 2,
  },
  { id: 'stars', kind: 'rating', label: 'Rate us', required: true },
  { id: 'nps', kind: 'score', label: 'Recommend?' },
  { id: 'remote', kind: 'yes_no', label: 'Remote?' },
  { id: 'comment', kind: 'text', label: 'Comment' },
];

describeEachStore('surveys over HTTP', (backend) => {
  // nested: this suite's server closes before the harness drops its database
  describe('on one server', () => {
    let world: World;
    let survey: Survey;

    before(async function () {
      this.timeout(20_000);
      world = await startWorld(backend());
      const created = await world.api('POST', '/surveys', { title: 'Pulse', locale: 'en', questions });
      assert.equal(created.status, 200, JSON.stringify(created.body));
      survey = (await world.relais.core.surveys.get(created.body.id))!;
    });
    after(async () => {
      await world?.close();
    });

    const answersOf = (surveyId: string) =>
      surveyDb(world.relais.core.store)
        .selectFrom('survey_answers')
        .select(['respondent', 'question_id', 'value'])
        .where('survey_id', '=', surveyId)
        .orderBy('question_id')
        .execute();

    it('refuses a malformed survey with the field named', async () => {
      const bad = await world.api('POST', '/surveys', {
        title: 'x',
        questions: [{ kind: 'single', label: 'One option only', options: ['a'] }],
      });
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /questions\.0\.options/);
      const noKind = await world.api('POST', '/surveys', {
        title: 'x',
        questions: [{ kind: 'essay', label: 'q' }],
      });
      assert.equal(noKind.status, 400);
      assert.match(noKind.body.error.message, /questions\.0\.kind/);
    });

    it('a Teams member answers through the dialog submit (Action.Execute with inputs); resubmitting replaces', async () => {
      const user = world.teamsMember('Camille Teams');
      const dialog = surveyDialog(translator('en'), survey, 0);
      const first = await world.teamsClick(user, dialog.card, 'survey.submit', {
        'in.mood': 'o3',
        'in[].topics': 'news,polls',
        'in.stars': '4',
        'in.nps': '10',
        'in.remote': 'yes',
        'in.comment': 'Love it',
      });
      assert.equal(first.status, 200);
      assert.equal(first.body.statusCode, 200, JSON.stringify(first.body));
      assert.match(JSON.stringify(first.body.value), /Pulse/);
      const person = await world.relais.core.people.findByIdentity({
        platform: 'teams',
        tenantId: 'tenant-surveys',
        userId: user.id,
      });
      assert.ok(person);
      let rows = await answersOf(survey.id);
      assert.equal(rows.length, 6);
      assert.deepEqual(JSON.parse(rows.find((r) => r.question_id === 'topics')!.value), ['news', 'polls']);

      // the same person again: their answers are replaced, an emptied optional answer is removed
      const again = await world.teamsClick(user, dialog.card, 'survey.submit', {
        'in.mood': 'o1',
        'in.stars': '2',
        'in.nps': '3',
      });
      assert.equal(again.body.statusCode, 200);
      rows = await answersOf(survey.id);
      assert.deepEqual(
        rows.map((r) => [r.question_id, JSON.parse(r.value)]),
        [
          ['mood', 'o1'],
          ['nps', 3],
          ['stars', 2],
        ],
      );
      const events = await world.relais.core.store.db
        .selectFrom('events')
        .select('type')
        .where('type', '=', 'survey.answered')
        .where('person_id', '=', person.id)
        .execute();
      assert.equal(events.length, 2);
    });

    it('refuses unknown options, out-of-range ratings and missing required answers, and saves nothing', async () => {
      const user = world.teamsMember('Dominique Teams');
      const dialog = surveyDialog(translator('fr'), survey, 0);
      const before = (await answersOf(survey.id)).length;
      const refused: Record<string, string>[] = [
        { 'in.mood': 'o9', 'in.stars': '3' },
        { 'in.mood': 'o1', 'in.stars': '6' },
        { 'in.stars': '3' },
        { 'in.mood': 'o1', 'in.stars': '3', 'in[].topics': 'news,polls,tours' },
      ];
      for (const inputs of refused) {
        const response = await world.teamsClick(user, dialog.card, 'survey.submit', inputs);
        assert.equal(response.status, 200);
        assert.equal(response.body.statusCode, 400, JSON.stringify(inputs));
        assert.equal(response.body.type, 'application/vnd.microsoft.error');
      }
      assert.equal((await answersOf(survey.id)).length, before);

      const token = await world.token('dominique@example.com', 'Dominique');
      const bad = await world.api(
        'POST',
        `/surveys/${survey.id}/answers`,
        { answers: { mood: 'nope', stars: 9, ghost: 1 } },
        token,
      );
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.code, 'bad_request');
      for (const field of ['answers.mood', 'answers.stars', 'answers.ghost'])
        assert.match(bad.body.error.message, new RegExp(field));
      const missing = await world.api(
        'POST',
        `/surveys/${survey.id}/answers`,
        { answers: { mood: 'o1' } },
        token,
      );
      assert.equal(missing.status, 400);
      assert.match(missing.body.error.message, /answers\.stars: required/);
      assert.equal((await answersOf(survey.id)).length, before);
    });

    it('a Slack member answers with a signed block_actions carrying the form values', async () => {
      const dialog = surveyDialog(translator('fr'), survey, 0);
      const rendered = renderBlockKit(dialog.card);
      const actions = rendered.blocks.find((b) => b.type === 'actions') as {
        elements: { action_id: string; value: string }[];
      };
      const button = actions.elements[0]!;
      const response = await world.slackInteract({
        ...blockActions({
          teamId: TEAM,
          userId: SLACK_MEMBER.id,
          action: { action_id: button.action_id, value: button.value, type: 'button' },
        }),
        state: {
          values: {
            'in.mood': { value: { type: 'radio_buttons', selected_option: { value: 'o2' } } },
            'in.topics': { value: { type: 'checkboxes', selected_options: [{ value: 'tours' }] } },
            'in.stars': { value: { type: 'radio_buttons', selected_option: { value: '5' } } },
            'in.nps': { value: { type: 'static_select', selected_option: { value: '9' } } },
            'in.remote': { value: { type: 'radio_buttons', selected_option: { value: 'no' } } },
            'in.comment': { value: { type: 'plain_text_input', value: '=HYPERLINK("x")' } },
          },
        },
      });
      assert.equal(response.status, 200);
      await world.slack.waitForCall('chat.postEphemeral', (c) =>
        String(c.body.text ?? JSON.stringify(c.body)).includes('Pulse'),
      );
      const person = await world.relais.core.people.findByEmail(SLACK_MEMBER.email);
      const mine = (await answersOf(survey.id)).filter((r) => r.respondent === person!.id);
      assert.equal(mine.length, 6);
    });

    it('summarises results (counts, averages, NPS, texts) and exports one CSV row per respondent', async () => {
      const token = await world.token('erin@example.com', 'Erin Web');
      const ok = await world.api(
        'POST',
        `/surveys/${survey.id}/answers`,
        { answers: { mood: 'o1', stars: 3, nps: 6, remote: true, topics: ['news'] } },
        token,
      );
      assert.equal(ok.status, 200, JSON.stringify(ok.body));

      const results = await world.api('GET', `/surveys/${survey.id}/results`);
      assert.equal(results.status, 200);
      assert.equal(results.body.respondents, 3);
      const by = (id: string) =>
        results.body.questions.find((q: { questionId: string }) => q.questionId === id);
      assert.deepEqual(
        by('mood').options.map((o: { count: number }) => o.count),
        [2, 1, 0],
      );
      assert.equal(by('stars').average, Math.round(((2 + 5 + 3) / 3) * 10) / 10);
      // scores 3 (detractor), 9 (promoter), 6 (detractor): (1 - 2) / 3 = -33
      assert.deepEqual(by('nps').nps, { promoters: 1, passives: 0, detractors: 2, score: -33 });
      assert.deepEqual(
        by('remote').options.map((o: { count: number }) => o.count),
        [1, 1],
      );
      assert.deepEqual(by('comment').texts, ['=HYPERLINK("x")']);

      const csv = await world.api('GET', `/surveys/${survey.id}/results.csv`);
      assert.equal(csv.status, 200);
      const lines = String(csv.body)
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(lines.length, 1 + 3);
      assert.match(lines[0]!, /^Name,Email,Answered at,How are you\?/);
      assert.ok(lines.some((l) => l.includes('Erin Web') && l.includes('Fine') && l.includes('News')));
      // a formula typed as an answer stays text in a spreadsheet
      assert.ok(
        lines.some((l) => l.includes(`"'=HYPERLINK(""x"")"`)),
        lines.join('\n'),
      );

      const forbidden = await world.api('GET', `/surveys/${survey.id}/results`, undefined, token);
      assert.equal(forbidden.status, 403);
    });

    it('offers the satisfaction template in French and English, with the same question ids', async () => {
      const templates = await world.api('GET', '/surveys/templates');
      assert.equal(templates.status, 200);
      const [satisfaction] = templates.body.templates;
      assert.equal(satisfaction.id, 'satisfaction');
      assert.deepEqual(
        satisfaction.fr.questions.map((q: { id: string }) => q.id),
        satisfaction.en.questions.map((q: { id: string }) => q.id),
      );
      for (const id of [
        'frequency',
        'features',
        'groups_in',
        'groups_wanted',
        'contacts',
        'external',
        'satisfaction',
      ]) {
        assert.ok(
          satisfaction.en.questions.some((q: { id: string }) => q.id === id),
          id,
        );
      }
      const fr = await world.api('POST', '/surveys', { template: 'satisfaction', locale: 'fr' });
      const en = await world.api('POST', '/surveys', { template: 'satisfaction', locale: 'en' });
      assert.equal(fr.body.title, 'Votre avis sur Relais');
      assert.equal(en.body.title, 'Your opinion of Relais');
      assert.equal(fr.body.questions[0].label, 'À quelle fréquence utilisez-vous Relais ?');
      assert.equal(en.body.template, 'satisfaction');

      const token = await world.token('francois@example.com', 'François');
      const answered = await world.api(
        'POST',
        `/surveys/${fr.body.id}/answers`,
        {
          answers: {
            frequency: 'weekly',
            features: ['news', 'groups'],
            satisfaction: 4,
            recommend: 8,
            external: 'no',
            groups_wanted: 'Vélo',
          },
        },
        token,
      );
      assert.equal(answered.status, 200, JSON.stringify(answered.body));
      const results = await world.api('GET', `/surveys/${fr.body.id}/results`);
      const frequency = results.body.questions.find(
        (q: { questionId: string }) => q.questionId === 'frequency',
      );
      assert.equal(frequency.options.find((o: { id: string }) => o.id === 'weekly').count, 1);
      assert.equal(frequency.options.find((o: { id: string }) => o.id === 'weekly').label, 'Chaque semaine');
    });

    it('keeps anonymous answers unnamed: no person id stored, numbered CSV rows', async () => {
      const created = await world.api('POST', '/surveys', {
        title: 'Anon',
        locale: 'en',
        anonymous: true,
        questions: [{ id: 'q', kind: 'yes_no', label: 'OK?', required: true }],
      });
      const token = await world.token('anon@example.com', 'Anne Onyme');
      for (const value of ['yes', 'no']) {
        assert.equal(
          (await world.api('POST', `/surveys/${created.body.id}/answers`, { answers: { q: value } }, token))
            .status,
          200,
        );
      }
      const responses = await surveyDb(world.relais.core.store)
        .selectFrom('survey_responses')
        .selectAll()
        .where('survey_id', '=', created.body.id)
        .execute();
      assert.equal(responses.length, 1, 'the second submission replaced the first');
      assert.equal(responses[0]!.person_id, null);
      const person = (await world.api('GET', '/me', undefined, token)).body.person;
      assert.notEqual(responses[0]!.respondent, person.id);
      const csv = String((await world.api('GET', `/surveys/${created.body.id}/results.csv`)).body);
      assert.ok(!csv.includes('Anne') && !csv.includes('anon@example.com'));
      assert.match(csv, /Respondent/);
      const mine = await world.api('GET', `/surveys/${created.body.id}`, undefined, token);
      assert.deepEqual(mine.body.myAnswers, { q: 'no' });
    });

    it('guests answer only what was addressed to them; closed surveys take no answers', async () => {
      const created = await world.api('POST', '/surveys', {
        title: 'Partners',
        questions: [{ id: 'q', kind: 'rating', label: 'Rate', required: true }],
      });
      const id = created.body.id as string;
      const guestToken = await world.token('guest@partner.example', 'Guest', { guest: true });
      assert.equal((await world.api('GET', `/surveys/${id}`, undefined, guestToken)).status, 404);
      assert.equal(
        (await world.api('POST', `/surveys/${id}/answers`, { answers: { q: 5 } }, guestToken)).status,
        404,
      );
      const list = await world.api('GET', '/surveys', undefined, guestToken);
      assert.equal(list.status, 200);
      assert.ok(!list.body.surveys.some((s: { id: string }) => s.id === id));

      // a Slack guest clicking in a channel the survey was never posted to: refused, nothing saved
      const partners = (await world.relais.core.surveys.get(id))!;
      const rendered = renderBlockKit(surveyDialog(translator('en'), partners, 0).card);
      const button = (
        rendered.blocks.find((b) => b.type === 'actions') as {
          elements: { action_id: string; value: string }[];
        }
      ).elements[0]!;
      const click = (channelId: string) =>
        world.slackInteract({
          ...blockActions({
            teamId: TEAM,
            userId: SLACK_GUEST.id,
            channelId,
            messageTs: `${Date.now() / 1000}`,
            action: { action_id: button.action_id, value: button.value, type: 'button' },
          }),
          state: {
            values: { 'in.q': { value: { type: 'radio_buttons', selected_option: { value: '4' } } } },
          },
        });
      world.slack.reset();
      await click('C0ELSEWHERE');
      await world.slack.waitForCall('chat.postEphemeral', (c) =>
        JSON.stringify(c.body).includes(translate('en', 'error.forbidden').slice(0, 20)),
      );
      assert.equal((await answersOf(id)).length, 0);

      // posted into #general: the guest there may answer
      const sent = await world.api('POST', `/surveys/${id}/send`, {
        conversation: { platform: 'slack', tenantId: TEAM, conversationId: 'C0GENERAL' },
      });
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      // into #general, once (a delivery elsewhere may be going out meanwhile)
      assert.equal(
        world.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0GENERAL').length,
        1,
      );
      await click('C0GENERAL');
      await pollUntil(
        () => answersOf(id),
        (rows) => rows.length === 1,
        { what: 'the guest answer' },
      );

      // closed: no more answers, whoever asks
      assert.equal((await world.api('POST', `/surveys/${id}/close`)).status, 200);
      const token = await world.token('late@example.com', 'Late');
      const late = await world.api('POST', `/surveys/${id}/answers`, { answers: { q: 3 } }, token);
      assert.equal(late.status, 409);
      assert.equal((await answersOf(id)).length, 1);
    });

    it('sends 1:1 to an audience through core.delivery; a guest named in it may then answer', async () => {
      const created = await world.api('POST', '/surveys', {
        title: 'Audience survey',
        locale: 'en',
        questions: [{ id: 'q', kind: 'yes_no', label: 'Coming?', required: true }],
      });
      const id = created.body.id as string;
      const guestToken = await world.token('named.guest@partner.example', 'Named Guest', { guest: true });
      const guest = (await world.api('GET', '/me', undefined, guestToken)).body.person;
      assert.equal(guest.kind, 'guest');
      assert.equal((await world.api('GET', `/surveys/${id}`, undefined, guestToken)).status, 404);

      await world.relais.core.people.learn(
        { platform: 'slack', tenantId: TEAM, userId: SLACK_MEMBER.id },
        { email: SLACK_MEMBER.email, displayName: SLACK_MEMBER.realName },
      );
      world.slack.reset();
      const sent = await world.api('POST', `/surveys/${id}/send`, {
        // by id: a token's email claim is nobody's address, so the guest signed in without one
        audience: { people: [guest.id, SLACK_MEMBER.email] },
      });
      assert.equal(sent.status, 200, JSON.stringify(sent.body));
      // the member gets the survey card 1:1 on Slack, rendered by the survey content provider
      const posted = await world.slack.waitForCall('chat.postMessage', (c) =>
        JSON.stringify(c.body).includes('Audience survey'),
      );
      assert.match(JSON.stringify(posted.body), new RegExp(translate('fr', 'survey.answer')));
      await pollUntil(
        () => world.api('GET', `/surveys/${id}`, undefined, guestToken),
        (r) => r.status === 200,
        { what: 'the survey addressed to the guest' },
      );
      const answered = await world.api(
        'POST',
        `/surveys/${id}/answers`,
        { answers: { q: 'yes' } },
        guestToken,
      );
      assert.equal(answered.status, 200, JSON.stringify(answered.body));
      const list = await world.api('GET', '/surveys', undefined, guestToken);
      assert.deepEqual(
        list.body.surveys.map((s: { id: string }) => s.id),
        [id],
      );

      // closing refreshes the copies people received: no more Answer button
      const closed = await world.api('POST', `/surveys/${id}/close`);
      assert.equal(closed.status, 200);
      const update = await world.slack.waitForCall('chat.update', (c) =>
        JSON.stringify(c.body).includes('Audience survey'),
      );
      assert.match(JSON.stringify(update.body), new RegExp(translate('fr', 'survey.closed')));
      assert.doesNotMatch(JSON.stringify(update.body), new RegExp(translate('fr', 'survey.answer')));
    });

    it('pages long surveys: each submit saves its page and opens the next one', async () => {
      const many = Array.from({ length: 8 }, (_, i) => ({
        id: `q${i + 1}`,
        kind: 'yes_no',
        label: `Question ${i + 1}`,
        required: true,
      }));
      const created = await world.api('POST', '/surveys', { title: 'Long', questions: many });
      const actor = (await world.relais.core.people.findByEmail(SLACK_MEMBER.email))!;
      const request = { actor, locale: 'en' as const, platform: 'slack' as const };
      const opened = await world.relais.core.dispatcher.dispatch({
        ...request,
        action: 'survey.open',
        payload: { surveyId: created.body.id },
      });
      const firstPage = opened.dialog!.card.blocks.find((b) => b.type === 'inputs');
      assert.equal(firstPage?.type === 'inputs' && firstPage.inputs.length, 6);
      const answers = Object.fromEntries(many.map((q) => [q.id, 'yes']));
      const next = await world.relais.core.dispatcher.dispatch({
        ...request,
        action: 'survey.submit',
        payload: { surveyId: created.body.id, page: 0 },
        inputs: answers,
      });
      const secondPage = next.dialog!.card.blocks.find((b) => b.type === 'inputs');
      assert.deepEqual(secondPage?.type === 'inputs' && secondPage.inputs.map((i) => i.id), ['q7', 'q8']);
      await assert.rejects(
        world.relais.core.dispatcher.dispatch({
          ...request,
          action: 'survey.submit',
          payload: { surveyId: created.body.id, page: 1 },
          inputs: { q7: 'yes' },
        }),
        (error: { code?: string; details?: { fields?: Record<string, string> } }) =>
          error.code === 'validation_failed' && Boolean(error.details?.fields?.q8),
      );
      const done = await world.relais.core.dispatcher.dispatch({
        ...request,
        action: 'survey.submit',
        payload: { surveyId: created.body.id, page: 1 },
        inputs: answers,
      });
      assert.equal(done.notice, translate('en', 'survey.thanks', { title: 'Long' }));
      assert.equal((await answersOf(created.body.id)).length, 8);
    });
  });
});
