/**
 * `relais start` with SERVER_PROCESSES=2, as a deployment runs it (main.ts in its own process):
 * two servers answer on one port with one welcome, a server that dies is replaced while the other
 * keeps answering, SIGTERM stops them all with exit code 0, and a start that fails in the servers
 * stops everything with exit code 1.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pollUntil } from '../../harness/eventually.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface Started {
  child: ChildProcess;
  /** everything printed so far */
  output(): string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: undefined,
      REDIS_URL: undefined,
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** the servers `pid` forked (not a helper such as esbuild's service), from /proc */
function childrenOf(pid: number): number[] {
  return fs.readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // the fields after the command name, which is in parentheses and may hold spaces
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const server = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('main.ts');
      return ppid === pid && server ? [Number(entry)] : [];
    } catch {
      return []; // gone meanwhile
    }
  });
}

const METRICS_TOKEN = 'server-processes-metrics-token';

/**
 * GET on a connection of its own (the supervisor hands each new connection to one of the
 * servers), given up after 15 s so a connection nobody answers fails with its URL, not mocha's
 * timeout
 */
function getAlone(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers, timeout: 15_000 }, (response) => {
        let body = '';
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('timeout', function (this: http.ClientRequest) {
        this.destroy(new Error(`no answer from ${url} in 15 s`));
      })
      .on('error', reject);
  });
}

/** the /healthz requests a scrape counts, all servers together */
const healthzCount = (scrape: string) =>
  Number(
    /relais_http_request_duration_seconds_count\{[^}]*route="\/healthz"[^}]*\} (\d+)/.exec(scrape)?.[1] ?? 0,
  );

const STARTED = { timeoutMs: 60_000, what: 'servers started' };

const count = (text: string, part: string) => text.split(part).length - 1;

describe('several server processes (SERVER_PROCESSES)', function () {
  this.timeout(180_000);
  let dataDir: string;
  let running: Started | undefined;

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-processes-'));
  });
  afterEach(async () => {
    if (running && running.child.exitCode === null) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
    running = undefined;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves on one port from two processes, replaces one that dies, and stops all on SIGTERM', async () => {
    running = start({ SERVER_PROCESSES: '2', DATA_DIR: dataDir, LOG_LEVEL: 'info', METRICS_TOKEN });
    const { child, output } = running;
    await pollUntil(
      () => count(output(), '"msg":"Relais started"'),
      (n) => n === 2,
      STARTED,
    );
    const url = /Relais is listening on (http:\/\/\S+)/.exec(output())?.[1];
    assert.ok(url, output());
    assert.equal(count(output(), 'Relais is listening on'), 1, 'one welcome for the two servers');
    assert.match(output(), /2 servers on this port \(SERVER_PROCESSES\)/);
    const first = childrenOf(child.pid!);
    assert.equal(first.length, 2, `servers: ${first}`);

    // 20 connections, shared out between the servers: every scrape counts them all
    for (let i = 0; i < 20; i++) assert.equal((await getAlone(`${url}/healthz`)).status, 200);
    for (let i = 0; i < 4; i++) {
      const scrape = await getAlone(`${url}/metrics`, { authorization: `Bearer ${METRICS_TOKEN}` });
      assert.equal(scrape.status, 200);
      assert.equal(healthzCount(scrape.body), 20, scrape.body.slice(0, 2000));
    }

    process.kill(first[0]!, 'SIGKILL');
    // Once the supervisor knows (before, node:cluster may still hand a new connection to the dead
    // server, which no one then answers), the other server answers meanwhile.
    await pollUntil(() => output().includes('"msg":"a server died"'), Boolean, STARTED);
    assert.equal((await getAlone(`${url}/healthz`)).status, 200);
    await pollUntil(
      () => count(output(), '"msg":"Relais started"'),
      (n) => n === 3,
      STARTED,
    );
    const now = childrenOf(child.pid!);
    assert.equal(now.length, 2, `servers: ${now}`);
    assert.ok(now.includes(first[1]!) && !now.includes(first[0]!), `${first} → ${now}`);
    assert.match(output(), /"signal":"SIGKILL".*"msg":"a server died"/);
    for (let i = 0; i < 6; i++) assert.equal((await getAlone(`${url}/healthz`)).status, 200);

    child.kill('SIGTERM');
    assert.equal(await running.exited, 0, output());
    for (const pid of now) assert.throws(() => process.kill(pid, 0), 'a server outlived its supervisor');
  });

  it('stops everything with exit code 1 when the servers cannot start', async () => {
    const notADirectory = path.join(dataDir, 'file');
    fs.writeFileSync(notADirectory, '');
    running = start({ SERVER_PROCESSES: '2', DATA_DIR: notADirectory, LOG_LEVEL: 'info' });
    assert.equal(await running.exited, 1, running.output());
    assert.match(running.output(), /a server failed to start/);
  });
});
