/**
 * Bad input over HTTP gets a clear 4xx with a stable code and a French or English message, never
 * a 500: out-of-range tour schedules (at creation, at start for a tour saved before the bound,
 * in the schedule preview), impossible calendar dates, JSON nested thousands deep, lone
 * surrogates, wrong content types and charsets, oversized bodies.
 */
import assert from 'node:assert/strict';
import { tourDb } from '../../../shared/tours/tour-tables.js';
import { postgresTestUrl } from '../../harness/databases.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';

const API_KEY = 'bad-input-key';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
type Json = any;

const tourWith = (schedule: string, key = 'welcome') => ({
  name: 'Bounded',
  audience: { who: 'everyone' },
  triggers: ['manual'],
  steps: [
    { key: 'first', schedule: 'first contact', content: { fr: { title: 'a' }, en: { title: 'a' } } },
    { key, schedule, content: { fr: { title: 'b' }, en: { title: 'b' } } },
  ],
});

describe('Bad input answers a 4xx over HTTP', () => {
  let relais: TestRelais;
  /** the same server on PostgreSQL, which refuses NUL in text where SQLite stores it */
  let onPostgres: TestRelais | undefined;
  let dropSchema: (() => Promise<void>) | undefined;

  const send = async (
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = {},
    server: TestRelais = relais,
  ): Promise<{ status: number; body: Json }> => {
    const response = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: { 'X-Api-Key': API_KEY, 'Content-Type': 'application/json', ...headers },
      body,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const post = (path: string, value: unknown, headers?: Record<string, string>) =>
    send('POST', path, JSON.stringify(value), headers);

  before(async () => {
    relais = await startTestRelais({ RELAIS_API_KEYS: API_KEY });
    const database = await postgresTestUrl();
    if (database) {
      dropSchema = database.drop;
      onPostgres = await startTestRelais({ RELAIS_API_KEYS: API_KEY, DATABASE_URL: database.url });
    }
  });
  after(async () => {
    await relais?.close();
    await onPostgres?.close();
    await dropSchema?.();
  });

  describe('tour schedules are bounded (about two years)', () => {
    it('refuses a step scheduled P99999999999999W at creation, naming the step, in French and English', async () => {
      const fr = await post('/tours', tourWith('P99999999999999W'));
      assert.equal(fr.status, 400, JSON.stringify(fr.body));
      assert.equal(fr.body.error.code, 'validation_failed');
      assert.equal(fr.body.error.details[0].field, 'steps.1.schedule');
      assert.match(fr.body.error.details[0].message, /^Étape « welcome » : au plus P104W/);
      assert.match(fr.body.error.message, /steps\.1\.schedule/);

      const en = await post('/tours', tourWith('P99999999999999W'), { 'Accept-Language': 'en-GB,en;q=0.8' });
      assert.equal(en.status, 400);
      assert.match(en.body.error.details[0].message, /^Step “welcome”: at most P104W/);
    });

    it('refuses days and weeks past the bound, and a reminder interval past it', async () => {
      for (const schedule of ['day 999', 'jour -600', 'P105W', 'PT99999999999S', 'P800D']) {
        const answer = await post('/tours', tourWith(schedule));
        assert.equal(answer.status, 400, `${schedule}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.details[0].field, 'steps.1.schedule', schedule);
      }
      const tour = tourWith('day 2');
      Object.assign(tour.steps[1]!, {
        task: { label: { fr: 'x', en: 'x' }, remindEvery: 'P99999999999999W' },
      });
      const reminder = await post('/tours', tour);
      assert.equal(reminder.status, 400, JSON.stringify(reminder.body));
      assert.equal(reminder.body.error.details[0].field, 'steps.1.task.remindEvery');
      assert.equal((await post('/tours', tourWith('P104W'))).status, 201, 'two years is allowed');
      assert.equal((await post('/tours', tourWith('day 520'))).status, 201);
    });

    it('answers 400 naming the step when starting a tour saved before schedules were bounded', async () => {
      const created = await post('/tours', tourWith('P1D'));
      assert.equal(created.status, 201);
      const steps = tourWith('P99999999999999W').steps;
      await tourDb(relais.core.store)
        .updateTable('tours')
        .set({ steps: JSON.stringify(steps) })
        .where('id', '=', created.body.id)
        .execute();
      const imported = await post('/people/import', [{ email: 'nina@example.fr', displayName: 'Nina' }]);
      assert.equal(imported.status, 200);
      const people = await send('GET', '/people?q=nina');
      const started = await post(`/tours/${created.body.id}/start`, { personId: people.body.people[0].id });
      assert.equal(started.status, 400, JSON.stringify(started.body));
      assert.equal(started.body.error.details[0].field, 'steps.1.schedule');
      assert.match(started.body.error.message, /welcome/);
    });

    it('the schedule preview refuses an out-of-range schedule with a 400', async () => {
      const answer = await post('/tours/schedule-preview', { schedule: 'P99999999999999W' });
      assert.equal(answer.status, 400, JSON.stringify(answer.body));
      assert.equal(answer.body.error.details[0].field, 'schedule');
      assert.equal(
        (await post('/tours/schedule-preview', { schedule: 'week 2 monday', startDate: '2027-02-01' }))
          .status,
        200,
      );
    });
  });

  describe('calendar dates are days of the calendar', () => {
    it('the schedule preview refuses startDate 2027-02-30 naming the field, instead of computing from today', async () => {
      for (const startDate of ['2027-02-30', '2027-13-01', '2026-04-31', '0000-01-01']) {
        const answer = await post(
          '/tours/schedule-preview',
          { schedule: 'day 1', startDate },
          { 'Accept-Language': 'en' },
        );
        assert.equal(answer.status, 400, `${startDate}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.details[0].field, 'startDate');
        assert.match(answer.body.error.details[0].message, /is not a date of the calendar/);
      }
      const leap = await post('/tours/schedule-preview', { schedule: 'day 1', startDate: '2028-02-29' });
      assert.equal(leap.status, 200);
      assert.equal(leap.body.startDate, '2028-02-29');
    });
  });

  describe('JSON bodies', () => {
    const nested = (depth: number, open = '[', close = ']') => open.repeat(depth) + close.repeat(depth);

    it('answers 400 too_deeply_nested to a people import nested 5,000 deep, in arrays or objects', async () => {
      const bodies = [
        nested(5000),
        `{"people":[{"email":"deep@example.fr","extra":${nested(5000)}}]}`,
        `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
        `[${nested(5000, '[{"x":', '}]')}]`,
      ];
      for (const body of bodies) {
        const answer = await send('POST', '/people/import', body);
        assert.equal(answer.status, 400, `${body.slice(0, 40)}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.code, 'too_deeply_nested');
        assert.match(answer.body.error.message, /imbriqué sur plus de 32 niveaux/);
      }
      const en = await send('POST', '/people/import', nested(5000), { 'Accept-Language': 'en' });
      assert.match(en.body.error.message, /nested more than 32 levels/);
      // brackets inside strings are text, not nesting
      const inText = await post('/people/import', [
        { email: 'brackets@example.fr', displayName: `${'['.repeat(100)}` },
      ]);
      assert.equal(inText.status, 200, JSON.stringify(inText.body));
    });

    it('refuses a lone surrogate anywhere in a body, and keeps a well-formed pair', async () => {
      const lone = await send(
        'POST',
        '/people/import',
        '[{"email":"s@example.fr","displayName":"a\\ud800b"}]',
      );
      assert.equal(lone.status, 400, JSON.stringify(lone.body));
      assert.equal(lone.body.error.code, 'invalid_text');
      const low = await send('POST', '/tours/schedule-preview', '{"schedule":"day 1\\udc00"}');
      assert.equal(low.status, 400);
      const pair = await send(
        'POST',
        '/people/import',
        '[{"email":"pair@example.fr","displayName":"\\ud83d\\ude00 \\\\ud800"}]',
      );
      assert.equal(pair.status, 200, JSON.stringify(pair.body));
    });

    it('answers malformed JSON, wrong content types and charsets with stable 4xx codes', async () => {
      const malformed = await send('POST', '/tours/schedule-preview', '{"schedule": ');
      assert.equal(malformed.status, 400);
      assert.equal(malformed.body.error.code, 'malformed_json');
      const form = await send('POST', '/tours/schedule-preview', 'schedule=day+1', {
        'Content-Type': 'application/x-www-form-urlencoded',
      });
      assert.equal(form.status, 415);
      assert.equal(form.body.error.code, 'unsupported_media_type');
      const csv = await send('POST', '/tours/schedule-preview', 'a,b', { 'Content-Type': 'text/csv' });
      assert.equal(csv.status, 415);
      const utf16 = await send('POST', '/tours/schedule-preview', '{"schedule":"day 1"}', {
        'Content-Type': 'application/json; charset=utf-16le',
      });
      assert.equal(utf16.status, 415);
      assert.equal(utf16.body.error.code, 'unsupported_media_type');
      const zipped = await send('POST', '/tours/schedule-preview', '{"schedule":"day 1"}', {
        'Content-Encoding': 'compress',
      });
      assert.equal(zipped.status, 415);
    });

    it('answers 413 to a body over the limit and 400 to arrays past what a route takes', async () => {
      const huge = await send('POST', '/people/import', `[${'0,'.repeat(3_000_000)}0]`);
      assert.equal(huge.status, 413);
      assert.equal(huge.body.error.code, 'payload_too_large');
      const many = await post('/tours', { ...tourWith('day 1'), triggers: Array(50_000).fill('manual') });
      assert.equal(many.status, 400);
      assert.equal(many.body.error.code, 'validation_failed');
      // past any route's maximum, refused before zod would check 800,000 options one by one
      const options = await post('/polls', { poll: { question: 'q', options: Array(800_000).fill('o') } });
      assert.equal(options.status, 400);
      assert.equal(options.body.error.code, 'too_many_items');
      assert.match(options.body.error.message, /plus de 100000 éléments/);
    });
  });

  describe('text that is not text', () => {
    it('answers 400 invalid_text to a NUL character in a JSON body, a path, a query or a CSV body (PostgreSQL answered 500)', async function () {
      if (!onPostgres) this.skip();
      const server = onPostgres!;
      const nulBody = await send(
        'POST',
        '/people/import',
        JSON.stringify([{ email: 'nul@example.fr', displayName: 'a\u0000b' }]),
        {},
        server,
      );
      assert.equal(nulBody.status, 400, JSON.stringify(nulBody.body));
      assert.equal(nulBody.body.error.code, 'invalid_text');
      for (const path of ['/tours/%00x', '/people/a%00', '/people?q=a%00', '/tours?status=%00']) {
        const answer = await send('GET', path, undefined, {}, server);
        assert.equal(answer.status, 400, `${path}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.code, 'invalid_text', path);
      }
      const csv = await send(
        'POST',
        '/people/import',
        'email,displayName\nnul@example.fr,a\u0000b\n',
        { 'Content-Type': 'text/csv', 'Accept-Language': 'en' },
        server,
      );
      assert.equal(csv.status, 400, JSON.stringify(csv.body));
      assert.match(csv.body.error.message, /^body: a NUL character/);
    });

    it('answers 400 to a path parameter that is not valid percent-encoding', async () => {
      for (const path of ['/people/%E0%A4%A', '/tours/%ED%A0%80']) {
        const answer = await send('GET', path);
        assert.equal(answer.status, 400, `${path}: ${JSON.stringify(answer.body)}`);
      }
    });
  });
});
