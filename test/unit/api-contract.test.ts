/**
 * The contract check the tests' /api/v1 answers go through: against a tiny document, and over HTTP
 * through the wrapped fetch, it must catch an undocumented status, a body that does not match,
 * a content type the route does not declare and a route the document lacks.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type ApiAnswer,
  createContractCheck,
  documentProblems,
  type OpenApiDocument,
} from '../harness/api-contract.js';
import { ApiContractViolation, takeContractViolations } from '../harness/api-contract-fetch.js';

const error = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string', enum: ['not_found'] }, message: { type: 'string' } },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
};
const document: OpenApiDocument = {
  openapi: '3.1.0',
  components: { schemas: { NotFound: error } },
  paths: {
    '/things/{id}': {
      get: {
        responses: {
          200: {
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { id: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
                  required: ['id'],
                  additionalProperties: false,
                },
              },
            },
          },
          404: { content: { 'application/json': { schema: { $ref: '#/components/schemas/NotFound' } } } },
        },
      },
    },
    '/things/export': {
      get: { responses: { 200: { content: { 'text/csv': { schema: { type: 'string' } } } } } },
    },
    '/things/{id}/seen': { post: { responses: { 204: { description: 'done' } } } },
  },
};

const check = createContractCheck(document);
const json = (status: number, body: unknown, path = '/things/t-1'): ApiAnswer => ({
  method: 'GET',
  path,
  status,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify(body),
});

describe('API contract check', () => {
  it('passes an answer the document describes', () => {
    assert.deepEqual(check(json(200, { id: 't-1', at: '2026-12-07T10:00:00.000Z' })), []);
    assert.deepEqual(check(json(404, { error: { code: 'not_found', message: 'no thing' } })), []);
    assert.deepEqual(
      check({ method: 'GET', path: '/things/export', status: 200, contentType: 'text/csv', body: 'a,b\n' }),
      [],
    );
    assert.deepEqual(
      check({ method: 'POST', path: '/things/t-1/seen', status: 204, contentType: null, body: '' }),
      [],
    );
  });

  it('fails on a status the route does not document', () => {
    const [problem] = check(json(409, { error: { code: 'conflict', message: 'no' } }));
    assert.match(problem!, /status 409 is not documented \(documented: 200, 404\)/);
  });

  it('fails on a body that does not match: a missing field, an extra one, a wrong format, a wrong error code', () => {
    assert.match(check(json(200, { at: '2026-12-07T10:00:00Z' })).join(), /must have required property 'id'/);
    assert.match(check(json(200, { id: 't-1', secret: 1 })).join(), /additional properties \(secret\)/);
    assert.match(
      check(json(200, { id: 't-1', at: 'yesterday' })).join(),
      /body\/at must match format "date-time"/,
    );
    assert.match(
      check(json(404, { error: { code: 'gone', message: 'x' } })).join(),
      /body\/error\/code must be equal/,
    );
    assert.match(check({ ...json(200, {}), body: 'not json' }).join(), /the body is not JSON/);
  });

  it('fails on a content type or a body the route does not declare', () => {
    const csv = { method: 'GET', path: '/things/t-1', status: 200, contentType: 'text/csv', body: 'a' };
    assert.match(check(csv).join(), /content type text\/csv is not documented/);
    const seen = {
      method: 'POST',
      path: '/things/t-1/seen',
      status: 204,
      contentType: 'text/plain',
      body: 'ok',
    };
    assert.match(check(seen).join(), /documented without a body/);
  });

  it('reads a literal segment before a parameter, as the router declares them', () => {
    const asThing = json(200, { id: 'export' }, '/things/export');
    assert.match(check(asThing).join(), /content type application\/json is not documented/);
  });

  it('fails on a route the document lacks, unless it answers what an unknown route answers', () => {
    assert.match(check(json(200, {}, '/nowhere')).join(), /no route GET \/nowhere in the OpenAPI document/);
    assert.match(check({ ...json(200, { id: 'x' }), method: 'DELETE' }).join(), /no route DELETE/);
    assert.deepEqual(check(json(404, { error: { code: 'not_found', message: 'no route' } }, '/nowhere')), []);
  });

  it('finds what makes a document unfit: a success without its schema, a failure without the error body, a broken schema', () => {
    assert.deepEqual(documentProblems(document), []);
    const unfit: OpenApiDocument = {
      openapi: '3.1.0',
      paths: {
        '/a': { get: { responses: { 200: { description: 'OK' }, 404: { description: 'gone' } } } },
        '/b': {
          post: {
            requestBody: { content: { 'application/json': { schema: { type: 'nope' } } } },
            responses: { 201: { content: { 'application/json': { schema: { type: 'object' } } } } },
          },
        },
        '/c': { get: { responses: {} } },
      },
    };
    assert.deepEqual(
      documentProblems(unfit).map((p) => p.replace(/:.*/, '')),
      ['GET /a 200', 'GET /a 404', 'GET /a 404', 'POST /b request application/json', 'GET /c'],
    );
  });

  describe('over HTTP, through the wrapped fetch', () => {
    let server: http.Server;
    let base: string;
    before(async () => {
      server = http.createServer((req, res) => {
        const send = (status: number, body: unknown) =>
          res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
        const path = req.url?.split('?')[0];
        if (path === '/api/v1/openapi.json') return send(200, document);
        if (path === '/api/v1/things/good') return send(200, { id: 'good' });
        if (path === '/api/v1/things/wrong-body') return send(200, { id: 42 });
        if (path === '/api/v1/things/wrong-status')
          return send(500, { error: { code: 'internal', message: '' } });
        if (path === '/api/v1/things/t-1/seen') return send(200, {});
        return send(404, { error: { code: 'not_found', message: 'no route' } });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));
    afterEach(() => {
      // the violations below are wanted: the root hook must not fail this test for them
      takeContractViolations();
    });

    it('lets a documented answer through untouched', async () => {
      assert.deepEqual(await (await fetch(`${base}/things/good`)).json(), { id: 'good' });
    });

    it('checks the server now on a port, not the one that had it before', async () => {
      // the first server on the port serves no document, the second another one than the first
      const serve = (port: number, handler: http.RequestListener) =>
        new Promise<http.Server>((resolve) => {
          const s = http.createServer(handler);
          s.listen(port, '127.0.0.1', () => resolve(s));
        });
      // no connection kept alive: the next request must reach whichever server has the port then
      const close = (s: http.Server) =>
        new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeAllConnections();
        });
      const plain = await serve(0, (_req, res) => res.writeHead(404, { Connection: 'close' }).end());
      const port = (plain.address() as AddressInfo).port;
      const at = `http://127.0.0.1:${port}/api/v1`;
      assert.equal((await fetch(`${at}/things/t-1`)).status, 404, 'no document: passed through');
      await close(plain);
      const other: OpenApiDocument = {
        ...document,
        paths: { '/gadgets/{id}': document.paths['/things/{id}']! },
      };
      const relais = await serve(port, (req, res) => {
        const body = req.url?.startsWith('/api/v1/openapi.json') ? other : { id: 42 };
        res
          .writeHead(200, { 'Content-Type': 'application/json', Connection: 'close' })
          .end(JSON.stringify(body));
      });
      try {
        const caught = await fetch(`${at}/gadgets/g-1`).catch((e: unknown) => e);
        assert.ok(caught instanceof ApiContractViolation, 'the new server is checked');
        assert.match(caught.message, /body\/id must be string/);
      } finally {
        await close(relais);
      }
    });

    it('rejects an undocumented status, a wrong body and an undocumented route, and keeps them', async () => {
      for (const [path, reason] of [
        ['/things/wrong-status', /status 500 is not documented/],
        ['/things/wrong-body', /body\/id must be string/],
        ['/things/t-1/seen', /no route GET \/things\/t-1\/seen/],
      ] as const) {
        const caught = await fetch(`${base}${path}?x=1`).catch((e: unknown) => e);
        assert.ok(caught instanceof ApiContractViolation, `${path} rejected`);
        assert.match(caught.message, reason);
      }
      assert.equal(takeContractViolations().length, 3);
    });
  });
});
