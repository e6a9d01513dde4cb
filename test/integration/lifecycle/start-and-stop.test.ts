/**
 * Starting and stopping a server leaves nothing behind: a start that fails half-way (Socket Mode
 * cannot reach Slack) closes what it had opened (the listening socket, the database) before
 * rejecting; close() lets a request in flight finish, then cuts what is still open after the
 * grace period instead of waiting for the client.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startRelais } from '../../../bots/start-relais.js';
import { startTestRelais } from '../../harness/relais.js';

/** a port nothing listens on (taken from the OS, then released) */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** resolves when `port` on 127.0.0.1 can be listened on again */
async function canListen(port: number): Promise<boolean> {
  const server = net.createServer();
  return new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** opens a TCP connection and writes the start of an HTTP request, without its final blank line */
async function partialRequest(port: number): Promise<{ socket: net.Socket; closed: Promise<void> }> {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  socket.write('GET /healthz HTTP/1.1\r\nHost: relais.test\r\n');
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => undefined); // a reset is one of the ways this test ends
  return { socket, closed };
}

describe('server start and stop', () => {
  it('closes the port and the database when Socket Mode cannot reach Slack at start', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-failed-start-'));
    const port = await freePort();
    const deadSlack = await freePort();
    try {
      await assert.rejects(
        startRelais({
          env: {
            PORT: String(port),
            DATA_DIR: dataDir,
            LOG_LEVEL: 'silent',
            SLACK_APP_TOKEN: 'xapp-unreachable',
            SLACK_BOT_TOKEN: 'xoxb-unreachable',
            SLACK_API_URL: `http://127.0.0.1:${deadSlack}/api/`,
          },
        }),
      );
      assert.equal(await canListen(port), true, 'the HTTP port was released');
      // SQLite removes the write-ahead log when the last connection closes
      assert.ok(fs.existsSync(path.join(dataDir, 'relais.db')), 'the database had been opened');
      assert.equal(fs.existsSync(path.join(dataDir, 'relais.db-wal')), false, 'the database was closed');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('lets a request in flight finish during close()', async () => {
    const relais = await startTestRelais({}, { shutdownGraceMs: 15_000 });
    const { socket, closed } = await partialRequest(relais.port);
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    const closing = relais.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.write('\r\n'); // the request completes after close() began
    await closing;
    await closed;
    assert.match(answer, /^HTTP\/1\.1 200/);
  });

  it('cuts connections still open after the grace period, so close() does not hang', async () => {
    const relais = await startTestRelais({}, { shutdownGraceMs: 200 });
    const { closed } = await partialRequest(relais.port);
    // a keep-alive connection that has been answered and waits for its next request
    const idle = net.connect(relais.port, '127.0.0.1');
    await new Promise<void>((resolve) => idle.once('connect', resolve));
    idle.write('GET /healthz HTTP/1.1\r\nHost: relais.test\r\nConnection: keep-alive\r\n\r\n');
    await new Promise((resolve) => idle.once('data', resolve));
    const idleClosed = new Promise<void>((resolve) => idle.once('close', () => resolve()));
    const order: string[] = [];
    void idleClosed.then(() => order.push('idle'));
    void closed.then(() => order.push('in flight'));
    // without the cut, close() would wait for the client's request headers (60 s)
    await relais.close();
    await Promise.all([closed, idleClosed]);
    assert.deepEqual(order, ['idle', 'in flight'], 'idle connections close first, the rest after the grace');
  });
});
