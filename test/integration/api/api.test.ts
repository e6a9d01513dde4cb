import assert from 'node:assert/strict';
import { documentProblems } from '../../harness/api-contract.js';
import { type KeyServer, startKeyServer } from '../../harness/key-server.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';

const API_KEY = 'test-automation-key';
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = 'tenant-9';
const METRICS_TOKEN = 'api-test-metrics-token-0123456789';

describe('REST API /api/v1', () => {
  let relais: TestRelais;
  let keys: KeyServer;

  const call = (path: string, init: RequestInit & { key?: string; token?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.key) headers.set('X-Api-Key', init.key);
    if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
    return fetch(`${relais.url}/api/v1${path}`, { ...init, headers });
  };
  const ssoToken = (claims: Record<string, unknown> = {}, options = {}) =>
    keys.sign(
      {
        aud: `api://relais.example.com/${CLIENT_ID}`,
        iss: `https://login.example.com/${TENANT}/v2.0`,
        tid: TENANT,
        oid: 'oid-1',
        name: 'Inès Moreau',
        preferred_username: 'ines@example.fr',
        ...claims,
      },
      options,
    );

  before(async () => {
    keys = await startKeyServer();
    relais = await startTestRelais({
      RELAIS_API_KEYS: `other-key,${API_KEY}`,
      TAB_SSO_CLIENT_ID: CLIENT_ID,
      TAB_SSO_ISSUER: 'https://login.example.com/{tenantid}/v2.0',
      TAB_SSO_JWKS_URL: keys.jwksUrl,
      TAB_SSO_APP_ID_URI: `api://relais.example.com/${CLIENT_ID}`,
      TAB_SSO_ALLOWED_TENANTS: TENANT,
      METRICS_TOKEN,
    });
  });
  after(async () => {
    await relais?.close();
    await keys?.close();
  });

  it('refuses calls without credentials or with a wrong key', async () => {
    const none = await call('/me');
    assert.equal(none.status, 401);
    assert.equal((await none.json()).error.code, 'unauthenticated');
    assert.equal((await call('/me', { key: 'nope' })).status, 401);
    assert.equal((await call('/me', { token: 'not-a-key' })).status, 401);
  });

  it('accepts an API key in X-Api-Key or as a bearer token', async () => {
    for (const init of [{ key: API_KEY }, { token: API_KEY }]) {
      const res = await call('/me', init);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { person: null, via: 'api_key' });
    }
  });

  it('signs a person in with a Teams SSO token and checks signature, expiry, audience and issuer', async () => {
    const good = await call('/me', { token: await ssoToken() });
    assert.equal(good.status, 200);
    const me = await good.json();
    assert.equal(me.via, 'sso');
    assert.equal(me.person.displayName, 'Inès Moreau');
    assert.equal(me.person.email, null, "a token's email claim is nobody's address");
    const again = await (
      await call('/me', { token: await ssoToken({ preferred_username: 'other@example.fr' }) })
    ).json();
    assert.equal(again.person.id, me.person.id, 'the same object id is the same person');

    const bad = [
      await ssoToken({}, { forged: true }),
      await ssoToken({ exp: Math.floor(Date.now() / 1000) - 3600 }),
      await ssoToken({ aud: 'api://relais.example.com/someone-else' }),
      await ssoToken({ iss: 'https://evil.example.com/v2.0' }),
      await ssoToken({ tid: 'tenant-other' }),
    ];
    for (const token of bad) {
      const res = await call('/me', { token });
      assert.equal(
        res.status,
        401,
        `token ${JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).aud}`,
      );
    }
  });

  it('imports people from CSV and JSON for administrators only', async () => {
    const csv = 'email;nom;service\nmarc@example.fr;Marc;RH\nbad;X;Y\n';
    const asPerson = await call('/people/import', {
      method: 'POST',
      token: await ssoToken(),
      headers: { 'Content-Type': 'text/csv' },
      body: csv,
    });
    assert.equal(asPerson.status, 403);
    assert.equal((await asPerson.json()).error.code, 'forbidden');

    const res = await call('/people/import', {
      method: 'POST',
      key: API_KEY,
      headers: { 'Content-Type': 'text/csv' },
      body: csv,
    });
    assert.equal(res.status, 200);
    const report = await res.json();
    assert.equal(report.created, 1);
    assert.equal(report.rejected, 1);
    assert.equal(report.errors[0].line, 3);

    const json = await call('/people/import?dryRun=true', {
      method: 'POST',
      key: API_KEY,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([{ email: 'nina@example.fr', displayName: 'Nina' }]),
    });
    assert.equal((await json.json()).dryRun, true);

    const list = await (await call('/people?q=marc', { key: API_KEY })).json();
    assert.equal(list.total, 1);
    assert.equal(list.people[0].department, 'RH');
  });

  it('lets an administrator grant roles, which the core then enforces', async () => {
    const me = (await (await call('/me', { token: await ssoToken() })).json()).person;
    assert.equal((await call('/people', { token: await ssoToken() })).status, 403);
    const grant = await call(`/people/${me.id}/roles`, {
      method: 'PUT',
      key: API_KEY,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ roles: [{ role: 'communicator' }] }),
    });
    assert.equal(grant.status, 200);
    assert.deepEqual((await grant.json()).roles, [{ role: 'communicator', scope: '' }]);
    assert.equal((await call('/people', { token: await ssoToken() })).status, 200);
  });

  it('lets only administrators start a directory sync, which is off without DIRECTORY_SOURCES', async () => {
    const asPerson = await call('/directory/sync', {
      method: 'POST',
      token: await ssoToken({ oid: 'oid-dir' }),
    });
    assert.equal(asPerson.status, 403);
    assert.equal((await call('/directory/runs', { token: await ssoToken({ oid: 'oid-dir' }) })).status, 403);
    const off = await call('/directory/sync', {
      method: 'POST',
      key: API_KEY,
      headers: { 'Accept-Language': 'en' },
    });
    assert.equal(off.status, 409);
    assert.match((await off.json()).error.message, /DIRECTORY_SOURCES/);
    assert.deepEqual(await (await call('/directory/runs', { key: API_KEY })).json(), { runs: [] });
  });

  it('searches the directory ignoring accents and case, with % and _ taken literally', async () => {
    const people = [
      { email: 'elodie.durand@example.fr', displayName: 'ÉLODIE Durand' },
      { email: 'elodie.b@example.fr', displayName: 'Elodie' },
      { email: 'cent@example.fr', displayName: '100% Cent' },
    ];
    const imported = await call('/people/import', {
      method: 'POST',
      key: API_KEY,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(people),
    });
    assert.equal(imported.status, 200);
    const names = async (q: string) =>
      (
        (await (await call(`/people?q=${encodeURIComponent(q)}`, { key: API_KEY })).json()).people as {
          displayName: string;
        }[]
      )
        .map((p) => p.displayName)
        .sort();
    assert.deepEqual(await names('élodie'), ['Elodie', 'ÉLODIE Durand']);
    assert.deepEqual(await names('%'), ['100% Cent']);
    assert.deepEqual(await names('_'), []);
  });

  it('counts a scoped admin grant for its scope only, and refuses a scope on organisation-wide roles', async () => {
    const token = await ssoToken({
      oid: 'oid-scoped',
      name: 'Paul Scope',
      preferred_username: 'paul@example.fr',
    });
    const me = (await (await call('/me', { token })).json()).person;
    await relais.core.people.grant(me.id, 'admin', 'group-42');
    assert.equal((await call('/people', { token })).status, 403, 'a group admin is no communicator');

    for (const role of ['admin', 'communicator']) {
      const scoped = await call(`/people/${me.id}/roles`, {
        method: 'PUT',
        key: API_KEY,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ roles: [{ role: 'ambassador' }, { role, scope: 'group-42' }] }),
      });
      assert.equal(scoped.status, 400);
      const body = await scoped.json();
      assert.equal(body.error.code, 'validation_failed');
      assert.equal(body.error.details[0].field, 'roles.1.scope');
    }
    const replaced = await call(`/people/${me.id}/roles`, {
      method: 'PUT',
      key: API_KEY,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ roles: [{ role: 'group_manager', scope: 'group-42' }, { role: 'ambassador' }] }),
    });
    assert.equal(replaced.status, 200);
    assert.deepEqual(
      ((await replaced.json()).roles as { role: string; scope: string }[])
        .map((r) => `${r.role}:${r.scope}`)
        .sort(),
      ['ambassador:', 'group_manager:group-42'],
    );
  });

  it('answers bad input with a 400 naming the field', async () => {
    const badRole = await call('/people/x/roles', {
      method: 'PUT',
      key: API_KEY,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ roles: [{ role: 'emperor' }] }),
    });
    assert.equal(badRole.status, 400);
    const body = await badRole.json();
    assert.equal(body.error.code, 'validation_failed');
    assert.equal(body.error.details[0].field, 'roles.0.role');

    const malformed = await call('/people/import', {
      method: 'POST',
      key: API_KEY,
      headers: { 'Content-Type': 'application/json' },
      body: '{"people": [',
    });
    assert.equal(malformed.status, 400);
    assert.equal((await call('/people?limit=5000', { key: API_KEY })).status, 400);
    assert.equal((await call('/people/missing', { key: API_KEY })).status, 404);
    assert.equal((await call('/nowhere', { key: API_KEY })).status, 404);
  });

  it('publishes an OpenAPI document that lists every route', async () => {
    const doc = await (await call('/openapi.json')).json();
    assert.equal(doc.openapi, '3.1.0');
    for (const path of ['/me', '/people/import', '/people', '/people/{id}', '/people/{id}/roles']) {
      assert.ok(doc.paths[path], `${path} documented`);
    }
    assert.ok(doc.paths['/people/import'].post.requestBody.content['text/csv']);
    assert.equal(doc.paths['/people/{id}/roles'].put.parameters[0].in, 'path');
  });

  it('documents every route as the contract: one success with its schema, every failure with the error body', async function () {
    // it walks every route of the document: on a busy machine that outlasts the default timeout
    this.timeout(90_000);
    const doc = await (await call('/openapi.json')).json();
    assert.deepEqual(documentProblems(doc), []);
    const statuses = (path: string, method: string) => Object.keys(doc.paths[path][method].responses);
    assert.deepEqual(statuses('/news', 'post'), ['201', '400', '401', '403', '413', '415', '500']);
    for (const [path, method] of [
      ['/news/{id}', 'get'],
      ['/news/{id}', 'patch'],
      ['/news/{id}/publish', 'post'],
      ['/news/{id}/stats', 'get'],
      ['/news/{id}/deliveries', 'get'],
      ['/news/{id}/pending-acknowledgements', 'get'],
    ] as const) {
      assert.ok(statuses(path, method).includes('404'), `${method} ${path} answers 404`);
    }
    const json = (path: string, method = 'get', status = '200') =>
      doc.paths[path][method].responses[status].content['application/json'].schema;
    assert.ok(json('/news/feed').properties.items.items.properties.acknowledgedAt);
    assert.ok(json('/news/{id}/deliveries').properties.deliveries.items.properties.deliveryId);
    assert.ok(doc.paths['/news/{id}/deliveries'].get.responses['200'].content['text/csv']);
    assert.ok(json('/news/{id}/pending-acknowledgements').properties.people.items.properties.personId);
    assert.ok(json('/tours').properties.tours.items.properties.steps);
    const person =
      doc.paths['/people/import'].post.requestBody.content['application/json'].schema.anyOf[0].items;
    assert.deepEqual(person.required, ['email']);
    assert.ok(person.properties.startDate && person.properties.managerEmail);
    assert.equal(doc.paths['/news/{id}/view'].post.responses['204'].content, undefined);
    assert.deepEqual(doc.paths['/news/{id}'].get.responses['404'].content['application/json'].schema, {
      $ref: '#/components/schemas/Error404',
    });
    assert.deepEqual(doc.components.schemas.Error404.properties.error.properties.code.enum, ['not_found']);
  });

  it('serves health, readiness and metrics', async () => {
    assert.deepEqual(await (await fetch(`${relais.url}/healthz`)).json(), { status: 'ok' });
    const scrape = { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } };
    const ready = await fetch(`${relais.url}/readyz`, scrape);
    assert.equal(ready.status, 200);
    assert.equal((await ready.json()).checks.database, true);
    const metrics = await (await fetch(`${relais.url}/metrics`, scrape)).text();
    assert.match(metrics, /relais_process_cpu_user_seconds_total/);
    assert.match(
      metrics,
      /relais_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/me",status="2xx"\} [1-9]/,
    );
    assert.match(
      metrics,
      /relais_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="2xx"\}/,
    );
    assert.ok((await fetch(`${relais.url}/healthz`)).headers.get('x-request-id'));
  });
});
