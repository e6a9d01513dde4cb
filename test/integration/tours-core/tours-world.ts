/**
 * A tours test world: the real Relais (startRelais) with the fake Teams connector and the fake
 * Slack Web API, tab SSO signed by a local key server and an automation key; people learnt through
 * the core with Teams or Slack identities; what each platform received, as texts; and a restart
 * on the same database (the fakes keep running, so a step sent twice would be seen twice).
 * The ready-made welcome tour is archived at start so only the tests' tours send anything.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningRelais, startRelais } from '../../../bots/start-relais.js';
import type { Person } from '../../../shared/people/person.js';
import type { TourInput } from '../../../shared/tours/tour-model.js';
import { describeServerBackends, type ServerBackendKind } from '../../harness/databases.js';
import { linkDirectoryAccount } from '../../harness/directory-accounts.js';
import { pollUntil } from '../../harness/eventually.js';
import { startFakeSlackApi } from '../../harness/fake-slack-api.js';
import { startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { type KeyServer, startKeyServer } from '../../harness/key-server.js';
import { teamsUser } from '../../harness/teams-activities.js';
import { textsOf } from '../teams/teams-helpers.js';

export const TENANT = 'tenant-tours';
export const SLACK_TEAM = 'T0TOURS';
export const SLACK_SECRET = 'tours-signing-secret';
export const API_KEY = 'tours-automation-key';
const SLACK_TOKEN = 'xoxb-tours-test';
const CLIENT_ID = '99999999-7777-3333-4444-555555555555';
const APP_ID_URI = `api://relais.example.com/${CLIENT_ID}`;

export interface WorldPerson {
  person: Person;
  userId: string;
  aadObjectId?: string;
  platform: 'teams' | 'slack';
}

export interface PersonOptions {
  locale?: 'fr' | 'en';
  department?: string;
  site?: string;
  kind?: 'member' | 'guest';
  timeZone?: string;
  startDate?: string;
  managerId?: string;
}

export const automation = { kind: 'automation', keyId: 'test' } as const;

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

/** A tour whose steps are `[key, schedule, title]`, English and French alike; extra fields merged into steps. */
export function simpleTour(
  name: string,
  steps: [string, string, string, Record<string, unknown>?][],
  extra: Partial<TourInput> = {},
): TourInput {
  return {
    name,
    audience: { who: 'everyone' },
    triggers: ['manual'],
    steps: steps.map(([key, schedule, title, more]) => ({
      key,
      schedule,
      content: { fr: { title, text: `Texte ${title}` }, en: { title, text: `Text ${title}` } },
      ...more,
    })),
    ...extra,
  } as TourInput;
}

export async function startToursWorld(
  backendEnv: Record<string, string>,
  extraEnv: Record<string, string> = {},
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-tours-'));
  const teams = await startFakeTeamsConnector();
  const slack = await startFakeSlackApi();
  const keys: KeyServer = await startKeyServer();
  slack.addWorkspace({ teamId: SLACK_TEAM, botToken: SLACK_TOKEN, botUserId: 'U0BOT', botId: 'B0BOT' });
  const env = {
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DEFAULT_LOCALE: 'en',
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
    // BullMQ queues of this world only: other suites' servers on the same Redis must not take its jobs
    ...(backendEnv.REDIS_URL ? { REDIS_QUEUE_PREFIX: `tours-core-${unique()}` } : {}),
    ...extraEnv,
  };
  let relais: RunningRelais = await startRelais({ env });
  const welcome = await relais.core.tours.ensureWelcomeTour();
  await relais.core.tours.archive(automation, welcome.id);
  const aadOf = new Map<string, string>();

  const learn = async (
    platform: 'teams' | 'slack',
    name: string,
    options: PersonOptions,
  ): Promise<WorldPerson> => {
    const id = unique();
    const email = `${id}@tours.example`;
    let world: WorldPerson;
    if (platform === 'teams') {
      const user = teamsUser(name);
      const person = await relais.core.people.learn(
        { platform: 'teams', tenantId: TENANT, userId: user.id, aadObjectId: user.aadObjectId },
        { displayName: name, email },
      );
      aadOf.set(person.id, user.aadObjectId);
      world = { person, userId: user.id, aadObjectId: user.aadObjectId, platform };
    } else {
      const userId = `U${id.toUpperCase()}`;
      slack.addUser({ id: userId, teamId: SLACK_TEAM, realName: name, email });
      const person = await relais.core.people.learn(
        { platform: 'slack', tenantId: SLACK_TEAM, userId },
        { displayName: name, email },
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
        time_zone: options.timeZone ?? null,
        start_date: options.startDate ?? null,
        manager_id: options.managerId ?? null,
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

  /** every message the platforms received, as its texts (Teams activities, Slack postMessage bodies) */
  const sentMessages = (): string[][] => [
    ...teams.sentActivities().map((r) => textsOf(r.body)),
    ...slack.callsTo('chat.postMessage').map((c) => textsOf(c.body)),
  ];

  const world = {
    get relais() {
      return relais;
    },
    get core() {
      return relais.core;
    },
    teams,
    slack,
    teamsPerson: (name: string, options: PersonOptions = {}) => learn('teams', name, options),
    slackPerson: (name: string, options: PersonOptions = {}) => learn('slack', name, options),
    sentMessages,
    /** how many sent messages carry exactly this text (a step title) */
    timesSent: (text: string) => sentMessages().filter((texts) => texts.includes(text)).length,
    /** waits until a message with this text was sent, and returns how many times it was */
    async arrives(text: string, timeoutMs = 20_000) {
      return pollUntil(
        () => world.timesSent(text),
        (n) => n > 0,
        { intervalMs: 50, timeoutMs, what: `a message "${text}"` },
      );
    },
    async api(method: string, apiPath: string, options: { as?: WorldPerson | Person; body?: unknown } = {}) {
      const headers = new Headers();
      if (options.as) {
        const person = 'person' in options.as ? options.as.person : options.as;
        headers.set('Authorization', `Bearer ${await tokenFor(person)}`);
      } else headers.set('X-Api-Key', API_KEY);
      if (options.body !== undefined) headers.set('Content-Type', 'application/json');
      return fetch(`${relais.url}/api/v1${apiPath}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    },
    /** stops this server and starts a new one on the same database, after `whileDown` if given */
    async restart(whileDown?: () => Promise<unknown>) {
      await relais.close();
      await whileDown?.();
      relais = await startRelais({ env });
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

export type ToursWorld = Awaited<ReturnType<typeof startToursWorld>>;

/**
 * SQLite, PostgreSQL (table queue), PostgreSQL + Redis (BullMQ), skipped visibly when a server is
 * unreachable.
 */
export const describeToursBackends = (
  name: string,
  fn: (backendEnv: () => Record<string, string>) => void,
  kinds: readonly ServerBackendKind[] = ['sqlite', 'postgres+redis'],
): void => describeServerBackends(name, fn, { kinds, timeoutMs: 90_000 });
