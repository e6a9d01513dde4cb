/**
 * A Relais server able to invite into groups: Entra B2B and team members against a fake Graph,
 * Slack Connect against the fake Slack API, REST as an administrator's automation key, and a
 * group with a Teams team and a Slack channel made in its store.
 */
import { randomBytes } from 'node:crypto';
import type { Group, NewGroup } from '../../../shared/groups/group-model.js';
import { FakeGraph } from '../../harness/fake-graph.js';
import { FakeSlackApi } from '../../harness/fake-slack-api.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';

export const INVITE_API_KEY = 'invitations-test-key';
export const INVITE_SLACK_SECRET = 'invitations-signing-secret';

export interface InvitationsWorld {
  graph: FakeGraph;
  slack: FakeSlackApi;
  teams: FakeTeamsConnector;
  relais: TestRelais;
  /** this world's own domain: worlds sharing a PostgreSQL schema stay apart */
  domain: string;
  workspace: { teamId: string; botToken: string };
  call(path: string, init?: RequestInit & { json?: unknown; lang?: string }): Promise<Response>;
  group(input?: Partial<NewGroup>): Promise<Group>;
  close(): Promise<void>;
}

export async function startInvitationsWorld(
  backendEnv: Record<string, string>,
  env: Record<string, string> = {},
): Promise<InvitationsWorld> {
  const suffix = randomBytes(4).toString('hex');
  const graph = await new FakeGraph({ tenantId: `tenant-${suffix}` }).start();
  const slack = await new FakeSlackApi().start();
  const teams = await startFakeTeamsConnector();
  const workspace = { teamId: `T${suffix.toUpperCase()}`, botToken: `xoxb-${suffix}` };
  slack.addWorkspace({ ...workspace, botUserId: 'U0BOT', botId: 'B0BOT' });
  const relais = await startTestRelais({
    ...backendEnv,
    RELAIS_API_KEYS: INVITE_API_KEY,
    GRAPH_API_URL: graph.graphUrl,
    ENTRA_AUTHORITY_URL: graph.authorityUrl,
    MICROSOFT_APP_TENANT_ID: graph.tenantId,
    DIRECTORY_CLIENT_ID: graph.clientId,
    DIRECTORY_CLIENT_SECRET: graph.clientSecret,
    DIRECTORY_MAX_RETRIES: '3',
    TEAMS_SERVICE_URL: teams.url,
    SLACK_SIGNING_SECRET: INVITE_SLACK_SECRET,
    SLACK_BOT_TOKEN: workspace.botToken,
    SLACK_API_URL: slack.apiUrl,
    GROUP_INVITE_GRAPH_RATE_PER_SECOND: '30',
    GROUP_INVITE_SLACK_RATE_PER_MINUTE: '6000',
    ...env,
  });
  const call = (path: string, init: RequestInit & { json?: unknown; lang?: string } = {}) => {
    const headers = new Headers(init.headers);
    headers.set('X-Api-Key', INVITE_API_KEY);
    if (init.lang) headers.set('Accept-Language', init.lang);
    if (init.json !== undefined) headers.set('Content-Type', 'application/json');
    return fetch(`${relais.url}/api/v1${path}`, {
      ...init,
      headers,
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    });
  };
  return {
    graph,
    slack,
    teams,
    relais,
    domain: `${suffix}.example.com`,
    workspace,
    call,
    group: (input = {}) =>
      relais.core.groups.store.createGroup({
        nameFr: 'Partenaires',
        kind: 'partners',
        space: {
          teamsTenantId: graph.tenantId,
          teamsTeamId: `team-${suffix}`,
          slackTeamId: workspace.teamId,
          slackChannelId: `C${suffix.toUpperCase()}`,
        },
        ...input,
      }),
    async close() {
      await relais.close();
      await slack.close();
      await teams.close();
      await graph.close();
    },
  };
}
