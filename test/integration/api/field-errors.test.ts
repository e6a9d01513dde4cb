/**
 * Every refused field comes back as a path (indexes from 0, as in the body), a stable reason code
 * and its values, so the console words it on the field in the reader's language; the answer's
 * message is in the caller's language too, never zod's English.
 */
import assert from 'node:assert/strict';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';

const API_KEY = 'field-errors-key';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
type Json = any;

const step = (key: string, task?: unknown) => ({
  key,
  schedule: 'first contact',
  content: { fr: { title: 'Titre' }, en: { title: 'Title' } },
  ...(task !== undefined && { task }),
});

describe('Validation answers carry field errors (path, code, params)', () => {
  let relais: TestRelais;
  before(async () => {
    relais = await startTestRelais({ RELAIS_API_KEYS: API_KEY });
  });
  after(async () => {
    await relais?.close();
  });

  const post = async (path: string, body: unknown, language: string) => {
    const response = await fetch(`${relais.url}/api/v1${path}`, {
      method: 'POST',
      headers: { 'X-Api-Key': API_KEY, 'Content-Type': 'application/json', 'Accept-Language': language },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  };

  it('names a news item without any language as one_language_required, in French and English', async () => {
    const body = { variants: {}, audience: { everyone: true } };
    const fr = await post('/news', body, 'fr-FR');
    assert.equal(fr.status, 400, JSON.stringify(fr.body));
    assert.equal(fr.body.error.code, 'validation_failed');
    assert.deepEqual(fr.body.error.fields, [
      { path: ['variants'], code: 'one_language_required', message: 'à donner en français ou en anglais' },
    ]);
    assert.equal(fr.body.error.message, 'Saisie invalide : variants.');
    assert.doesNotMatch(fr.body.error.message, /give at least one/);

    const en = await post('/news', body, 'en-GB');
    assert.equal(en.body.error.fields[0].message, 'give it in French or in English');
    assert.equal(en.body.error.message, 'Invalid input: variants.');
  });

  it('points at the second step’s English task label with its index from 0, and says "required"', async () => {
    const tour = {
      name: 'Welcome',
      audience: { who: 'everyone' },
      triggers: ['manual'],
      steps: [step('first'), step('second', { label: { fr: 'Faire', en: '' } })],
    };
    const answer = await post('/tours', tour, 'fr');
    assert.equal(answer.status, 400, JSON.stringify(answer.body));
    assert.deepEqual(answer.body.error.fields, [
      { path: ['steps', 1, 'task', 'label', 'en'], code: 'required', message: 'obligatoire' },
    ]);
    // the older `details` list stays for existing clients
    assert.equal(answer.body.error.details[0].field, 'steps.1.task.label.en');
  });

  it('gives the bound of a too long title and the format of a bad link', async () => {
    const answer = await post(
      '/news',
      {
        variants: { en: { title: 'x'.repeat(201), buttons: [{ label: 'Go', url: 'javascript:alert(1)' }] } },
        audience: { everyone: true },
      },
      'en',
    );
    assert.equal(answer.status, 400, JSON.stringify(answer.body));
    const byPath = new Map(answer.body.error.fields.map((f: Json) => [f.path.join('.'), f]));
    assert.deepEqual(byPath.get('variants.en.title'), {
      path: ['variants', 'en', 'title'],
      code: 'too_long',
      params: { maximum: 200 },
      message: 'at most 200 characters',
    });
    assert.equal((byPath.get('variants.en.buttons.0.url') as Json)?.code, 'invalid_format');
  });

  it('keeps field errors that carry their own catalogue text (a tour step’s schedule) in the caller’s language', async () => {
    const tour = {
      name: 'Far',
      audience: { who: 'everyone' },
      triggers: ['manual'],
      steps: [step('first'), { ...step('late'), schedule: 'P999W' }],
    };
    const answer = await post('/tours', tour, 'fr');
    assert.equal(answer.status, 400, JSON.stringify(answer.body));
    assert.equal(answer.body.error.fields[0].path.join('.'), 'steps.1.schedule');
    // a reason of its own, with its values, so the console words it without the server's text
    assert.equal(answer.body.error.fields[0].code, 'schedule_too_long');
    assert.deepEqual(answer.body.error.fields[0].params, { max: 'P104W' });
    assert.match(answer.body.error.fields[0].message, /^Étape « late » : au plus P104W/);
  });

  it('gives refinements their own reasons (quiz rules, poll bounds, survey options, role scopes), never "invalid"', async () => {
    const quiz = await post(
      '/quizzes',
      { title: 'Q', questions: [{ label: 'q', options: [{ label: 'a' }, { label: 'b' }] }] },
      'fr',
    );
    assert.equal(quiz.status, 400, JSON.stringify(quiz.body));
    assert.deepEqual(quiz.body.error.fields, [
      {
        path: ['questions', 0, 'options'],
        code: 'correct_option_required',
        message: 'marquez au moins une option comme correcte',
      },
    ]);

    const poll = await post(
      '/polls',
      {
        poll: {
          question: 'Lunch?',
          options: ['Yes', 'yes'],
          maxChoices: 3,
          closesAt: '2001-01-01T00:00:00Z',
        },
      },
      'en',
    );
    assert.equal(poll.status, 400, JSON.stringify(poll.body));
    const codes = new Map(poll.body.error.fields.map((f: Json) => [f.path.join('.'), f]));
    assert.deepEqual(codes.get('poll.maxChoices'), {
      path: ['poll', 'maxChoices'],
      code: 'more_than_options',
      params: { maximum: 2 },
      message: 'at most the number of options (2)',
    });
    assert.equal((codes.get('poll.options.1') as Json)?.code, 'duplicate');
    assert.equal((codes.get('poll.closesAt') as Json)?.code, 'in_the_past');

    const survey = await post(
      '/surveys',
      { title: 'S', questions: [{ label: 'Pick', kind: 'single' }] },
      'en',
    );
    assert.equal(survey.status, 400, JSON.stringify(survey.body));
    assert.equal(survey.body.error.fields[0].code, 'options_required');
    assert.deepEqual(survey.body.error.fields[0].params, { minimum: 2, maximum: 20 });

    const person = await relais.core.people.signIn({ tenantId: 't', aadObjectId: 'o', displayName: 'P' });
    const response = await fetch(`${relais.url}/api/v1/people/${person.id}/roles`, {
      method: 'PUT',
      headers: { 'X-Api-Key': API_KEY, 'Content-Type': 'application/json', 'Accept-Language': 'fr' },
      body: JSON.stringify({
        roles: [
          { role: 'admin', scope: 'site:Lyon' },
          { role: 'communicator', scope: 'x' },
        ],
      }),
    });
    const roles = (await response.json()) as Json;
    assert.equal(response.status, 400, JSON.stringify(roles));
    assert.deepEqual(
      roles.error.fields.map((f: Json) => f.code),
      ['scope_not_allowed', 'scope_format'],
    );
  });

  it('answers other 4xx with a stable code and no field list', async () => {
    const response = await fetch(`${relais.url}/api/v1/news`, {
      method: 'POST',
      headers: { 'X-Api-Key': API_KEY, 'Content-Type': 'application/json', 'Accept-Language': 'fr' },
      body: '{"variants":',
    });
    const body = (await response.json()) as Json;
    assert.equal(response.status, 400);
    assert.equal(body.error.code, 'malformed_json');
    assert.equal(body.error.fields, undefined);
  });
});
