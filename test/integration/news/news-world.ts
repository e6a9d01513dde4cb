/**
 * A news test world: Relais with the fake Teams connector, the fake Slack Web API, tab SSO signed
 * by a local key server (so people call the API as themselves) and an automation key; people with
 * Teams or Slack identities learnt through the core; helpers to call the API and read what reached
 * each platform. Runs on SQLite, and on PostgreSQL + Redis (skipped visibly when unreachable).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningRelais, startRelais } from '../../../bots/start-relais.js';
import type { Person } from '../../../shared/people/person.js';
import { describeServerBackends } from '../../harness/databases.js';
import { linkDirectoryAccount } from '../../harness/directory-accounts.js';
import { pollUntil } from '../../harness/eventually.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../harness/fake-slack-api.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { type KeyServer, startKeyServer } from '../../harness/key-server.js';

export const TENANT = 'tenant-news';
export const SLACK_TEAM = 'T0NEWS';
export const SLACK_SECRET = 'news-signing-secret';
export const API_KEY = 'news-automation-key';
const SLACK_TOKEN = 'xoxb-news-test';
const CLIENT_ID = '99999999-2222-3333-4444-555555555555';
const APP_ID_URI = `api://relais.example.com/${CLIENT_ID}`;

export interface WorldPerson {
  person: Person;
  /** Teams: 29:… user id and AAD object id; Slack: U… user id */
  userId: string;
  aadObjectId?: string;
  platform: 'teams' | 'slack';
}

export interface PersonOptions {
  locale?: 'fr' | 'en';
  department?: string;
  site?: string;
  kind?: 'member' | 'guest';
}

export interface NewsWorld {
  relais: RunningRelais;
  /** stops the server and starts a new one on the same database (a crash or a deployment) */
  restart(): Promise<void>;
  teams: FakeTeamsConnector;
  slack: FakeSlackApi;
  teamsPerson(name: string, options?: PersonOptions): Promise<WorldPerson>;
  slackPerson(name: string, options?: PersonOptions): Promise<WorldPerson>;
  /** calls /api/v1 as the automation key (default) or as a person (tab SSO token) */
  api(
    method: string,
    path: string,
    options?: {
      as?: WorldPerson | Person;
      body?: unknown;
      headers?: Record<string, string>;
      redirect?: RequestRedirect;
    },
  ): Promise<Response>;
  close(): Promise<void>;
}

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

export async function startNewsWorld(
  backendEnv: Record<string, string>,
  extraEnv: Record<string, string> = {},
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-news-'));
  const teams = await startFakeTeamsConnector();
  const slack = await startFakeSlackApi();
  const keys: KeyServer = await startKeyServer();
  slack.addWorkspace({ teamId: SLACK_TEAM, botToken: SLACK_TOKEN, botUserId: 'U0BOT', botId: 'B0BOT' });
  const env: Record<string, string> = {
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DEFAULT_LOCALE: 'fr',
    TEAMS_SERVICE_URL: teams.url,
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_API_URL: slack.apiUrl,
    TEAMS_RATE_PER_SECOND: '50',
    SLACK_RATE_PER_SECOND: '50',
    SLACK_MAX_RATE_PER_SECOND: '50',
    RELAIS_API_KEYS: API_KEY,
    TAB_SSO_CLIENT_ID: CLIENT_ID,
    TAB_SSO_ISSUER: `https://login.example.com/${TENANT}/v2.0`,
    TAB_SSO_JWKS_URL: keys.jwksUrl,
    TAB_SSO_APP_ID_URI: APP_ID_URI,
    ...backendEnv,
    // queues of their own: other suites' workers on the same Redis must not take this suite's jobs
    ...(backendEnv.REDIS_URL ? { REDIS_QUEUE_PREFIX: `news-${unique()}` } : {}),
    ...extraEnv,
  };
  let relais = await startRelais({ env });
  const aadOf = new Map<string, string>();

  const learn = async (
    platform: 'teams' | 'slack',
    name: string,
    options: PersonOptions,
  ): Promise<WorldPerson> => {
    const id = unique();
    const email = `${id}@news.example`;
    let world: WorldPerson;
    if (platform === 'teams') {
      const aadObjectId = `aad-${id}`;
      const userId = `29:${id}`;
      const person = await relais.core.people.learn(
        { platform: 'teams', tenantId: TENANT, userId, aadObjectId },
        { displayName: name, email, kind: options.kind },
      );
      aadOf.set(person.id, aadObjectId);
      world = { person, userId, aadObjectId, platform };
    } else {
      const userId = `U${id.toUpperCase()}`;
      slack.addUser({ id: userId, teamId: SLACK_TEAM, realName: name, email });
      const person = await relais.core.people.learn(
        { platform: 'slack', tenantId: SLACK_TEAM, userId },
        { displayName: name, email, kind: options.kind },
      );
      world = { person, userId, platform };
    }
    // directory attributes as an import would set them
    await relais.core.store.db
      .updateTable('people')
      .set({
        locale: options.locale ?? null,
        department: options.department ?? null,
        site: options.site ?? null,
        kind: options.kind ?? 'member',
        kind_source: 'directory',
      })
      .where('id', '=', world.person.id)
      .execute();
    world.person = (await relais.core.people.get(world.person.id))!;
    return world;
  };

  /** a tab token for `person`, under their Teams object id or a directory account linked to them */
  const tokenFor = async (person: Person) => {
    let oid = aadOf.get(person.id);
    if (!oid) {
      oid = `oid-${person.id}`;
      await linkDirectoryAccount(relais.core.store.db, person.id, TENANT, oid);
    }
    return keys.sign({
      aud: APP_ID_URI,
      iss: `https://login.example.com/${TENANT}/v2.0`,
      tid: TENANT,
      oid,
      name: person.displayName,
      preferred_username: person.email,
    });
  };

  const world: NewsWorld = {
    get relais() {
      return relais;
    },
    async restart() {
      await relais.close();
      relais = await startRelais({ env });
    },
    teams,
    slack,
    teamsPerson: (name, options = {}) => learn('teams', name, options),
    slackPerson: (name, options = {}) => learn('slack', name, options),
    async api(method, apiPath, options = {}) {
      const headers = new Headers(options.headers);
      if (options.as) {
        const person = 'person' in options.as ? options.as.person : options.as;
        headers.set('Authorization', `Bearer ${await tokenFor(person)}`);
      } else {
        headers.set('X-Api-Key', API_KEY);
      }
      if (options.body !== undefined) headers.set('Content-Type', 'application/json');
      return fetch(`${relais.url}/api/v1${apiPath}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        redirect: options.redirect,
      });
    },
    async close() {
      await relais.close();
      await teams.close();
      await slack.close();
      await keys.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return world;
}

/** SQLite, and PostgreSQL + Redis (skipped visibly when either is unreachable). */
export const describeNewsBackends = (
  name: string,
  fn: (backendEnv: () => Record<string, string>) => void,
): void => describeServerBackends(name, fn);

/** waits until `probe` gives a truthy value, and returns it */
export const until = <T>(
  probe: () => T | Promise<T>,
  options: { timeoutMs?: number; what?: string } = {},
): Promise<NonNullable<T>> =>
  pollUntil(probe, (v) => Boolean(v), { intervalMs: 50, ...options }) as Promise<NonNullable<T>>;
