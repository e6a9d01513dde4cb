/**
 * A Relais server with the directory on, against a fake Microsoft Graph (and the fake Slack API
 * when a test adds it): the REST calls a directory test makes, as an administrator's automation
 * key, and a wait for a run to end.
 */
import { randomBytes } from 'node:crypto';
import type { RunView } from '../../shared/directory/directory-sync.js';
import { pollUntil } from './eventually.js';
import { FakeGraph } from './fake-graph.js';
import { startTestRelais, type TestRelais } from './relais.js';

export const DIRECTORY_API_KEY = 'directory-test-key';

/** a run as GET /directory/runs answers it */
export type RunBody = RunView;

/** What a server needs to sync from `graph` (its tenant, credentials and URLs), with the test key. */
export const entraDirectoryEnv = (graph: FakeGraph): Record<string, string> => ({
  RELAIS_API_KEYS: DIRECTORY_API_KEY,
  DIRECTORY_SOURCES: 'entra',
  GRAPH_API_URL: graph.graphUrl,
  ENTRA_AUTHORITY_URL: graph.authorityUrl,
  MICROSOFT_APP_TENANT_ID: graph.tenantId,
  DIRECTORY_CLIENT_ID: graph.clientId,
  DIRECTORY_CLIENT_SECRET: graph.clientSecret,
});

export interface DirectoryWorld {
  graph: FakeGraph;
  relais: TestRelais;
  /** a fresh tenant per world: worlds sharing one PostgreSQL schema stay apart */
  tenantId: string;
  /** an email domain of this world only */
  domain: string;
  call(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  /** POST /directory/sync, then waits for that run to end */
  sync(): Promise<RunBody>;
  person(email: string): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

export async function startDirectoryWorld(
  backendEnv: Record<string, string>,
  env: Record<string, string> = {},
): Promise<DirectoryWorld> {
  const suffix = randomBytes(4).toString('hex');
  const tenantId = `tenant-${suffix}`;
  const graph = await new FakeGraph({ tenantId }).start();
  const relais = await startTestRelais({ ...backendEnv, ...entraDirectoryEnv(graph), ...env });
  const call = (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const headers = new Headers(init.headers);
    headers.set('X-Api-Key', DIRECTORY_API_KEY);
    if (init.json !== undefined) headers.set('Content-Type', 'application/json');
    return fetch(`${relais.url}/api/v1${path}`, {
      ...init,
      headers,
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    });
  };
  return {
    graph,
    relais,
    tenantId,
    domain: `${suffix}.example.com`,
    call,
    async sync() {
      const started = await call('/directory/sync', { method: 'POST' });
      if (started.status !== 202)
        throw new Error(`sync not started: ${started.status} ${await started.text()}`);
      const { id } = (await started.json()) as RunBody;
      return pollUntil(
        async () => {
          const { runs } = (await (await call('/directory/runs')).json()) as { runs: RunBody[] };
          return runs.find((r) => r.id === id);
        },
        (run) => run !== undefined && run.status !== 'running',
        { what: `directory run ${id} to end`, timeoutMs: 30_000 },
      ) as Promise<RunBody>;
    },
    async person(email) {
      const res = await call(`/people?q=${encodeURIComponent(email)}`);
      const { people } = (await res.json()) as { people: Record<string, unknown>[] };
      return people.find((p) => p.email === email);
    },
    async close() {
      await relais.close();
      await graph.close();
    },
  };
}
