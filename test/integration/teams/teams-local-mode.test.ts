/**
 * Local (unauthenticated) Teams mode stays local: the server listens on 127.0.0.1 only, answers
 * only activities whose serviceUrl is a loopback connector (any other would make it send requests
 * wherever a caller says), and refuses to start when PUBLIC_URL says it is public or HOST opens it
 * to the network.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import { messageActivity, postActivity, type TeamsScene, teamsUser } from '../../harness/teams-activities.js';

/** A connector on 127.0.0.2: reachable from here, but not one of the accepted loopback names. */
async function startElsewhereConnector(): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ id: 'activity-elsewhere' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  return {
    url: `http://127.0.0.2:${(server.address() as AddressInfo).port}/`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('Teams local mode (no MICROSOFT_APP_ID)', () => {
  let relais: TestRelais;
  let connector: FakeTeamsConnector;
  let elsewhere: Awaited<ReturnType<typeof startElsewhereConnector>>;

  before(async () => {
    connector = await startFakeTeamsConnector();
    elsewhere = await startElsewhereConnector();
    relais = await startTestRelais({ TEAMS_SERVICE_URL: connector.url });
  });
  after(async () => {
    await relais?.close();
    await connector?.close();
    await elsewhere?.close();
  });
  beforeEach(() => connector.reset());

  const scene = (serviceUrl: string): TeamsScene => ({
    serviceUrl,
    tenantId: 'tenant-local',
    user: teamsUser('Noé Local'),
  });

  it('listens on 127.0.0.1 only', () => {
    assert.equal((relais.server.address() as AddressInfo).address, '127.0.0.1');
  });

  it('answers an activity whose serviceUrl is a loopback connector', async () => {
    const response = await postActivity(relais.url, messageActivity(scene(connector.url), 'help'));
    assert.equal(response.status, 200);
    assert.equal(connector.sentActivities().length, 1);
  });

  it('refuses any other serviceUrl with a 400, before any outbound call', async () => {
    // only addresses of this machine, so that even a server without the check sends nothing out;
    // 0.0.0.0 reaches the fake connector on Linux, yet is not a loopback name
    const port = new URL(connector.url).port;
    for (const serviceUrl of [elsewhere.url, `http://0.0.0.0:${port}/`]) {
      const response = await postActivity(relais.url, messageActivity(scene(serviceUrl), 'help'));
      assert.equal(response.status, 400, serviceUrl);
      assert.equal(response.body.error.code, 'bad_request');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(elsewhere.hits, [], 'the server sent nothing to the caller-chosen connector');
    assert.deepEqual(connector.requests, []);
  });
});

describe('Teams local mode behind a public https URL', () => {
  it('refuses to start unless TEAMS_ALLOW_UNAUTHENTICATED=1', async () => {
    await assert.rejects(
      startTestRelais({ PUBLIC_URL: 'https://relais.example.com' }),
      (error: Error & { code?: string }) =>
        error.code === 'config_invalid' &&
        /MICROSOFT_APP_ID/.test(error.message) &&
        /TEAMS_ALLOW_UNAUTHENTICATED/.test(error.message),
    );
    const relais = await startTestRelais({
      PUBLIC_URL: 'https://dev-tunnel.example.com',
      TEAMS_ALLOW_UNAUTHENTICATED: '1',
    });
    try {
      assert.equal((relais.server.address() as AddressInfo).address, '127.0.0.1', 'still loopback only');
    } finally {
      await relais.close();
    }
  });
});

describe('Teams local mode on a network interface', () => {
  for (const HOST of ['0.0.0.0', '::', '10.1.2.3']) {
    it(`refuses to start with HOST=${HOST} (plain http PUBLIC_URL) and says how to get out`, async () => {
      await assert.rejects(
        startTestRelais({ HOST }),
        (error: Error & { code?: string }) =>
          error.code === 'config_invalid' &&
          error.message.includes(`HOST=${HOST}`) &&
          /MICROSOFT_APP_ID/.test(error.message) &&
          /TEAMS_ENABLED=0/.test(error.message) &&
          /TEAMS_ALLOW_UNAUTHENTICATED=1/.test(error.message),
      );
    });
  }

  it('starts on another loopback address (127.0.0.2 is this machine only)', async () => {
    const relais = await startTestRelais({ HOST: '127.0.0.2' });
    try {
      assert.equal((relais.server.address() as AddressInfo).address, '127.0.0.2');
    } finally {
      await relais.close();
    }
  });
});

describe('Slack-only deployment (TEAMS_ENABLED=0)', () => {
  it('starts behind a public URL with no Teams endpoint at all', async () => {
    const relais = await startTestRelais({ PUBLIC_URL: 'https://relais.example.com', TEAMS_ENABLED: '0' });
    try {
      assert.deepEqual(
        relais.surfaces.map((s) => s.name),
        [],
      );
      assert.equal(relais.core.messengers.get('teams'), undefined);
      const res = await fetch(`${relais.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'help' }),
      });
      assert.equal(res.status, 404);
    } finally {
      await relais.close();
    }
  });
});
