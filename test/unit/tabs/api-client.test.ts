/**
 * The tabs' API client over openapi-fetch: the credential is asked for on every request and sent
 * as a bearer token, the server's error body becomes an ApiError with its stable code, and an
 * unreachable server is status 0, which the pages word as "cannot reach the server".
 */
import assert from 'node:assert/strict';
import sinon from 'sinon';
import { ApiError, answerOf, asCsv, createApiClient } from '../../../tabs/src/api/api-client.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the tabs API client', () => {
  let fetchStub: sinon.SinonStub<Parameters<typeof fetch>, ReturnType<typeof fetch>>;
  beforeEach(() => {
    fetchStub = sinon.stub(globalThis, 'fetch');
  });
  afterEach(() => sinon.restore());

  const client = (tokens: string[]) => {
    let asked = 0;
    return createApiClient(async () => tokens[asked++] ?? 'none', 'http://relais.test/api/v1');
  };

  it('asks for the credential on every request and sends it as a bearer token', async () => {
    fetchStub.callsFake(async () => json(200, { via: 'api_key', person: null }));
    const api = client(['first', 'second']);
    await api.me();
    await api.me();
    const sent = fetchStub.getCalls().map((call) => (call.args[0] as Request).headers.get('Authorization'));
    assert.deepEqual(sent, ['Bearer first', 'Bearer second']);
    assert.equal((fetchStub.firstCall.args[0] as Request).url, 'http://relais.test/api/v1/me');
  });

  it('turns the server error body into an ApiError with its code and message', async () => {
    fetchStub.resolves(json(404, { error: { code: 'not_found', message: 'no such news item' } }));
    const api = client(['key']);
    await assert.rejects(
      answerOf(api.http.GET('/news/{id}', { params: { path: { id: 'n-1' } } })),
      (error: unknown) =>
        error instanceof ApiError &&
        error.status === 404 &&
        error.code === 'not_found' &&
        error.message === 'no such news item',
    );
  });

  it('names a 401 without a body "unauthenticated", and an unreachable server status 0', async () => {
    fetchStub.onFirstCall().resolves(new Response('', { status: 401, statusText: 'Unauthorized' }));
    fetchStub.onSecondCall().rejects(new TypeError('Failed to fetch'));
    const api = client(['key', 'key']);
    await assert.rejects(
      api.me(),
      (error: unknown) => error instanceof ApiError && error.code === 'unauthenticated',
    );
    await assert.rejects(
      api.me(),
      (error: unknown) => error instanceof ApiError && error.status === 0 && error.code === 'network',
    );
  });

  it('refuses an answer from /me that is not the API (a proxy page, say)', async () => {
    fetchStub.resolves(json(200, { hello: 'world' }));
    await assert.rejects(
      client(['key']).me(),
      (error: unknown) => error instanceof ApiError && error.status === 502,
    );
  });

  it('reads a CSV export as text, asking for CSV', async () => {
    fetchStub.resolves(
      new Response('person,option\nAmélie,Yes\n', { status: 200, headers: { 'Content-Type': 'text/csv' } }),
    );
    const csv = await answerOf(
      client(['key']).http.GET('/polls/{id}/voters', { params: { path: { id: 'p-1' } }, ...asCsv }),
    );
    assert.equal(csv, 'person,option\nAmélie,Yes\n');
    assert.match((fetchStub.firstCall.args[0] as Request).headers.get('Accept') ?? '', /^text\/csv/);
  });
});
