/**
 * The outbound Slack WebClients' transport keeps fetch's contract where the WebClient relies on
 * it: status, headers and text of the answer, the body and headers sent, a refused redirect, the
 * caller's abort, and a network failure as a rejection.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { keepAliveFetch } from '../../../bots/slack/keep-alive-fetch.js';

describe('keepAliveFetch', () => {
  let server: http.Server;
  let base: string;
  const seen: { method?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

  before(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        seen.push({ method: req.method, headers: req.headers, body });
        if (req.url === '/redirect') {
          res.writeHead(302, { location: '/elsewhere' }).end();
        } else if (req.url === '/never') {
          // answers nothing: the caller aborts
        } else if (req.url === '/limited') {
          res.writeHead(429, { 'retry-after': '7', 'content-type': 'application/json' });
          res.end('{"ok":false,"error":"ratelimited"}');
        } else {
          res.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write' });
          res.end('{"ok":true,"ts":"1.2"}');
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('posts the body with its headers and answers a Response with status, headers and text', async () => {
    const response = await keepAliveFetch(`${base}/chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer xoxb-1' },
      body: 'channel=D1&text=%C3%A9t%C3%A9',
      redirect: 'error',
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('x-oauth-scopes'), 'chat:write');
    assert.deepEqual(await response.json(), { ok: true, ts: '1.2' });
    const request = seen.at(-1)!;
    assert.equal(request.method, 'POST');
    assert.equal(request.body, 'channel=D1&text=%C3%A9t%C3%A9');
    assert.equal(request.headers.authorization, 'Bearer xoxb-1');
    assert.equal(request.headers['content-type'], 'application/x-www-form-urlencoded');
  });

  it('passes a 429 and its Retry-After through to the WebClient', async () => {
    const response = await keepAliveFetch(`${base}/limited`, { method: 'POST', body: '' });
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '7');
  });

  it('refuses a redirect when asked to, as fetch does', async () => {
    await assert.rejects(keepAliveFetch(`${base}/redirect`, { method: 'POST', body: '', redirect: 'error' }));
  });

  it('rejects on the caller’s abort and on a refused connection', async () => {
    const controller = new AbortController();
    const pending = keepAliveFetch(`${base}/never`, { method: 'POST', body: '', signal: controller.signal });
    controller.abort();
    await assert.rejects(pending);
    await assert.rejects(keepAliveFetch('http://127.0.0.1:1/x', { method: 'POST', body: '' }));
  });
});
