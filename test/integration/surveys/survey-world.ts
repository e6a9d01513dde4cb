/**
 * One Relais for the survey and quiz suites, on the suite's database (SQLite or PostgreSQL):
 * Teams in local mode against a fake connector, Slack against the fake Web API with signed
 * requests, the REST API by API key (automation acts as an administrator) and by tab SSO tokens
 * signed by a local key server (members, and B2B guests with `acct: 1`).
 */
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import type { Card } from '../../../shared/cards/model.js';
import type { Backend } from '../../harness/databases.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../harness/fake-slack-api.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { type KeyServer, startKeyServer } from '../../harness/key-server.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import {
  interactionRequest,
  postToSlackEndpoint,
  slashCommand,
  slashCommandRequest,
} from '../../harness/slack-signing.js';
import {
  executeActionActivity,
  postActivity,
  type TeamsScene,
  type TeamsUser,
  teamsUser,
} from '../../harness/teams-activities.js';
import { executeActionsOf } from '../teams/teams-helpers.js';

export const API_KEY = 'surveys-test-key';
export const SLACK_SECRET = 'surveys-signing-secret';
export const TEAM = 'T0SURVEY';
export const TENANT = 'tenant-surveys';
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const issuer = (tid: string) => `https://login.example.com/${tid}/v2.0`;

export const SLACK_MEMBER = {
  id: 'U0MEMBER',
  teamId: TEAM,
  realName: 'Léa Martin',
  email: 'lea@example.com',
  locale: 'fr-FR',
};
export const SLACK_GUEST = {
  id: 'U0GUEST',
  teamId: TEAM,
  realName: 'Gary Guest',
  email: 'gary@partner.example',
  locale: 'en-US',
  isRestricted: true,
};

// biome-ignore lint/suspicious/noExplicitAny: response JSON read by the tests
type Json = any;

export interface World {
  relais: TestRelais;
  slack: FakeSlackApi;
  teams: FakeTeamsConnector;
  keys: KeyServer;
  /** JSON over /api/v1 with the API key, or with `token` (tab SSO) */
  api(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: Json }>;
  /** a tab SSO token for a person of the tenant (guest: a B2B guest account) */
  token(email: string, name: string, options?: { guest?: boolean }): Promise<string>;
  /** a Teams member of the tenant (known to the fake connector's directory) */
  teamsMember(name: string): TeamsUser;
  /** clicks a submit button of `card` as `user` in Teams (Action.Execute), with input values */
  teamsClick(
    user: TeamsUser,
    card: Card,
    action: string,
    inputs?: Record<string, string>,
    locale?: string,
  ): Promise<{ status: number; body: Json }>;
  /** a signed `/relais <text>`; resolves with the reply posted to its response_url */
  slackCommand(userId: string, text: string): Promise<{ body: Record<string, unknown> }>;
  /** a signed Slack interactivity payload */
  slackInteract(payload: Record<string, unknown>): Promise<Response>;
  close(): Promise<void>;
}

export async function startWorld(backend: Backend): Promise<World> {
  const keys = await startKeyServer();
  const slack = await startFakeSlackApi();
  slack.addWorkspace({ teamId: TEAM, botToken: 'xoxb-surveys', botUserId: 'U0BOT', botId: 'B0BOT' });
  slack.addUser(SLACK_MEMBER).addUser(SLACK_GUEST);
  const teams = await startFakeTeamsConnector();
  const relais = await startTestRelais({
    DATABASE_URL: backend.storeOptions?.databaseUrl,
    RELAIS_API_KEYS: API_KEY,
    TAB_SSO_CLIENT_ID: CLIENT_ID,
    TAB_SSO_ISSUER: 'https://login.example.com/{tenantid}/v2.0',
    TAB_SSO_JWKS_URL: keys.jwksUrl,
    TAB_SSO_ALLOWED_TENANTS: TENANT,
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-surveys',
    SLACK_API_URL: slack.apiUrl,
    TEAMS_SERVICE_URL: teams.url,
  });
  const scene = (user: TeamsUser, locale = 'fr-FR'): TeamsScene => ({
    serviceUrl: teams.url,
    tenantId: TENANT,
    user,
    locale,
  });
  return {
    relais,
    slack,
    teams,
    keys,
    async api(method, path, body, token) {
      const response = await fetch(`${relais.url}/api/v1${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${token ?? API_KEY}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // CSV and other text bodies stay text
      }
      return { status: response.status, body: parsed };
    },
    token: (email, name, options = {}) =>
      keys.sign({
        aud: CLIENT_ID,
        iss: issuer(TENANT),
        tid: TENANT,
        oid: `oid-${email}`,
        name,
        preferred_username: email,
        ...(options.guest ? { acct: 1 } : {}),
      }),
    teamsMember(name) {
      const user = teamsUser(name);
      teams.directory.set(user.id, {
        id: user.id,
        name,
        aadObjectId: user.aadObjectId,
        email: `${user.aadObjectId}@example.com`,
        tenantId: TENANT,
      });
      return user;
    },
    async teamsClick(user, card, action, inputs = {}, locale = 'fr-FR') {
      const button = executeActionsOf(renderAdaptiveCard(card)).find((a) => a.verb === action);
      if (!button) throw new Error(`no ${action} button on the card`);
      return postActivity(relais.url, executeActionActivity(scene(user, locale), button, { inputs }));
    },
    async slackCommand(userId, text) {
      const responseUrl = slack.responseUrl();
      const fields = slashCommand({ teamId: TEAM, userId, text, responseUrl });
      await postToSlackEndpoint(relais.url, slashCommandRequest(fields, { secret: SLACK_SECRET }));
      return slack.waitForCall('response_url', (c) => c.body.url === new URL(responseUrl).pathname);
    },
    slackInteract: (payload) =>
      postToSlackEndpoint(relais.url, interactionRequest(payload, { secret: SLACK_SECRET })),
    async close() {
      await relais.close();
      await teams.close();
      await slack.close();
      await keys.close();
    },
  };
}
