/**
 * The request logger over HTTP: request ids (kept when sane, echoed), one completion line per
 * request at the level its status calls for, the request's credentials redacted, /healthz quiet,
 * and nothing serialised at all for a request whose lines are below the level.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { createLogger, type Logger } from '../../../shared/logging/logger.js';
import { requestLogger } from '../../../shared/logging/request-logger.js';

async function serve(level: string, spy?: (logger: Logger) => void) {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const app = express();
  const logger = createLogger(level, sink);
  spy?.(logger);
  app.use(requestLogger(logger));
  app.get('/healthz', (_req, res) => void res.send('ok'));
  app.get('/ok', (req, res) => {
    req.log.debug('inside the route');
    res.json({ ok: true });
  });
  app.get('/quiet', (_req, res) => void res.json({ ok: true }));
  app.get('/missing', (_req, res) => void res.status(404).json({ error: 'not_found' }));
  app.get('/broken', (_req, res) => void res.status(500).json({ error: 'internal' }));
  const server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, lines, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('request logger', () => {
  it('logs one line per request with its id, status and level, credentials redacted; /healthz stays quiet', async () => {
    const s = await serve('debug');
    try {
      const ok = await fetch(`${s.url}/ok`, {
        headers: { 'x-request-id': 'req-42', authorization: 'Bearer secret-token' },
      });
      assert.equal(ok.headers.get('x-request-id'), 'req-42');
      const fresh = await fetch(`${s.url}/missing`, { headers: { 'x-request-id': 'bad id with spaces' } });
      assert.match(fresh.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
      await fetch(`${s.url}/broken`);
      await fetch(`${s.url}/healthz`);
      await new Promise((resolve) => setImmediate(resolve));
      const summary = s.lines.map((l) => ({
        level: l.level,
        msg: l.msg,
        url: (l.req as { url?: string } | undefined)?.url,
        status: (l.res as { statusCode?: number } | undefined)?.statusCode,
      }));
      assert.deepEqual(summary, [
        { level: 20, msg: 'inside the route', url: '/ok', status: undefined },
        { level: 30, msg: 'request completed', url: '/ok', status: 200 },
        { level: 40, msg: 'request completed', url: '/missing', status: 404 },
        { level: 50, msg: 'request errored', url: '/broken', status: 500 },
      ]);
      const first = s.lines[1]!.req as { id: string; headers: Record<string, string> };
      assert.equal(first.id, 'req-42');
      assert.equal(first.headers.authorization, '[redacted]');
      assert.ok(!JSON.stringify(s.lines).includes('secret-token'));
    } finally {
      await s.close();
    }
  });

  it('at error level, makes no per-request logger for a request that logs nothing', async () => {
    let children = 0;
    const s = await serve('error', (logger) => {
      const child = logger.child.bind(logger);
      // child loggers inherit this property: every child made below the root is counted
      logger.child = ((...args: Parameters<typeof child>) => {
        children++;
        return child(...args);
      }) as typeof logger.child;
    });
    try {
      const before = children;
      await fetch(`${s.url}/quiet`);
      await fetch(`${s.url}/missing`);
      assert.equal(children - before, 0, 'no child logger for quiet requests');
      await fetch(`${s.url}/broken`);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(children - before, 1, 'one for the request that logs');
      assert.deepEqual(
        s.lines.map((l) => l.msg),
        ['request errored'],
      );
    } finally {
      await s.close();
    }
  });
});
