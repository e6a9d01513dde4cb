/**
 * A tours test world: one Relais server with Teams (local mode, fake connector) and Slack (fake
 * Web API, signed requests) on a database of the suite's backend, an API key for the REST API,
 * and a data directory kept across `restart()` (close the server, start another one on the same
 * DATA_DIR / database / Redis), so a test can watch a drip survive a restart.
 *
 * `describeToursBackends` runs a suite on SQLite, and on PostgreSQL + Redis (jobs on BullMQ,
 * kv and once-claims on Redis). Ids are unique per run: Redis keeps once-claims between runs.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Context } from 'mocha';
import { type RunningRelais, startRelais } from '../../../bots/start-relais.js';
import { postgresTestUrl, redisTestUrl } from '../../harness/databases.js';
import { type FakeSlackApi, type FakeSlackCall, startFakeSlackApi } from '../../harness/fake-slack-api.js';
import {
  type FakeTeamsConnector,
  type RecordedRequest,
  startFakeTeamsConnector,
} from '../../harness/fake-teams-connector.js';
import {
  blockActions,
  eventCallback,
  eventRequest,
  interactionRequest,
  postToSlackEndpoint,
  slashCommand,
  slashCommandRequest,
} from '../../harness/slack-signing.js';
import {
  postActivity,
  type TeamsScene,
  type TeamsUser,
  type WireActivity,
} from '../../harness/teams-activities.js';

export const API_KEY = 'tours-test-key';
export const SLACK_SECRET = 'tours-test-signing-secret';
export const TENANT = 'tenant-tours';

/** a short random suffix: Slack/Teams ids unique to this run */
export const unique = (): string => randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase();

export interface StepSpec {
  key: string;
  schedule: string;
  title: string;
  onlyAfter?: string;
}

export interface TourSpec {
  name: string;
  triggers: string[];
  audience?: Record<string, unknown>;
  steps: StepSpec[];
}

/** A tour as the REST API takes it: French and English content from one title per step. */
export const tourInput = (spec: TourSpec) => ({
  name: spec.name,
  description: '',
  status: 'active',
  audience: spec.audience ?? { who: 'everyone' },
  triggers: spec.triggers,
  steps: spec.steps.map((s) => ({
    key: s.key,
    schedule: s.schedule,
    ...(s.onlyAfter ? { onlyAfter: s.onlyAfter } : {}),
    content: {
      fr: { title: `${s.title} (fr)`, text: `Texte de ${s.title}` },
      en: { title: `${s.title} (en)`, text: `Text of ${s.title}` },
    },
  })),
});

export interface ToursWorld {
  relais: RunningRelais;
  teams: FakeTeamsConnector;
  slack: FakeSlackApi;
  slackTeam: string;
  slackBotToken: string;
  /** JSON over /api/v1 with the API key */
  // biome-ignore lint/suspicious/noExplicitAny: response JSON
  api(method: string, urlPath: string, body?: unknown): Promise<{ status: number; body: any }>;
  /** creates an active tour; returns its id */
  createTour(spec: TourSpec): Promise<string>;
  teamsScene(user: TeamsUser, conversation?: TeamsScene['conversation']): TeamsScene;
  // biome-ignore lint/suspicious/noExplicitAny: response JSON
  teamsPost(activity: WireActivity): Promise<{ status: number; body: any }>;
  /** a signed Events API event of the world's workspace */
  slackEvent(event: Record<string, unknown>): Promise<Response>;
  slackInteract(payload: Record<string, unknown>): Promise<Response>;
  slackCommand(userId: string, text: string): Promise<{ response: Response; responseUrl: string }>;
  slackClick(options: Parameters<typeof blockActions>[0]): Promise<Response>;
  /** the activities posted to the fake Teams connector whose JSON mentions `text` */
  teamsPostsWith(text: string): RecordedRequest[];
  /** the Slack Web API calls of `method` whose JSON mentions `text` */
  slackCallsWith(method: string, text: string): FakeSlackCall[];
  /** archives every active tour, so the next test's first contacts start only its own */
  archiveAll(): Promise<void>;
  /** closes the server and starts another one on the same data directory, database and Redis */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface BackendEnv {
  DATABASE_URL?: string;
  REDIS_URL?: string;
}

export async function startToursWorld(backendEnv: BackendEnv): Promise<ToursWorld> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-tours-'));
  const teams = await startFakeTeamsConnector();
  const slack = await startFakeSlackApi();
  const slackTeam = `T0TOURS${unique()}`;
  const slackBotToken = `xoxb-tours-${unique().toLowerCase()}`;
  slack.addWorkspace({ teamId: slackTeam, botToken: slackBotToken, botUserId: 'U0BOT', botId: 'B0BOT' });
  const env = {
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DEFAULT_LOCALE: 'en',
    RELAIS_API_KEYS: API_KEY,
    TEAMS_SERVICE_URL: teams.url,
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_BOT_TOKEN: slackBotToken,
    SLACK_API_URL: slack.apiUrl,
    // a first contact whose member lookup failed is asked again after a second, not a minute
    TOURS_KIND_RECHECK_DELAY: 'PT1S',
    ...(backendEnv.DATABASE_URL ? { DATABASE_URL: backendEnv.DATABASE_URL } : {}),
    // own BullMQ queues: other test servers on the same Redis must not take this world's jobs
    ...(backendEnv.REDIS_URL
      ? { REDIS_URL: backendEnv.REDIS_URL, REDIS_QUEUE_PREFIX: `tours-${unique()}` }
      : {}),
  };
  let relais = await startRelais({ env });
  const sign = { secret: SLACK_SECRET };

  const world: ToursWorld = {
    get relais() {
      return relais;
    },
    teams,
    slack,
    slackTeam,
    slackBotToken,
    async api(method, urlPath, body) {
      const response = await fetch(`${relais.url}/api/v1${urlPath}`, {
        method,
        headers: {
          Authorization: `Bearer ${API_KEY}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // keep the text
      }
      return { status: response.status, body: parsed };
    },
    async createTour(spec) {
      const created = await world.api('POST', '/tours', tourInput(spec));
      if (created.status !== 200 && created.status !== 201) {
        throw new Error(`tour not created: ${created.status} ${JSON.stringify(created.body)}`);
      }
      return created.body.id ?? created.body.tour?.id;
    },
    teamsScene: (user, conversation) => {
      // Teams answers the member lookup for this world's people: tenant members (userRole 'user');
      // a newcomer it could not vouch for is a guest until it does (then gets "everyone")
      if (!teams.directory.has(user.id)) {
        teams.directory.set(user.id, {
          id: user.id,
          name: user.name,
          aadObjectId: user.aadObjectId,
          userRole: 'user',
        });
      }
      return {
        serviceUrl: teams.url,
        tenantId: TENANT,
        user,
        locale: 'en-US',
        ...(conversation ? { conversation } : {}),
      };
    },
    teamsPost: (activity) => postActivity(relais.url, activity),
    slackEvent: (event) =>
      postToSlackEndpoint(relais.url, eventRequest(eventCallback({ teamId: slackTeam, event }), sign)),
    slackInteract: (payload) => postToSlackEndpoint(relais.url, interactionRequest(payload, sign)),
    async slackCommand(userId, text) {
      const responseUrl = slack.responseUrl();
      const fields = slashCommand({ teamId: slackTeam, userId, text, responseUrl });
      const response = await postToSlackEndpoint(relais.url, slashCommandRequest(fields, sign));
      return { response, responseUrl };
    },
    slackClick: (options) => world.slackInteract(blockActions(options)),
    teamsPostsWith: (text) => teams.sentActivities().filter((r) => JSON.stringify(r.body).includes(text)),
    slackCallsWith: (method, text) =>
      slack.callsTo(method).filter((c) => JSON.stringify(c.body).includes(text)),
    async archiveAll() {
      const existing = await world.api('GET', '/tours');
      const tours = Array.isArray(existing.body) ? existing.body : (existing.body?.tours ?? []);
      for (const tour of tours as { id: string; status: string }[]) {
        if (tour.status === 'active') await world.api('DELETE', `/tours/${tour.id}`);
      }
    },
    async restart() {
      await relais.close();
      relais = await startRelais({ env });
    },
    async close() {
      await relais.close();
      await teams.close();
      await slack.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  // the ready-made welcome tour would start on first contact too: these tests watch their own tours
  await world.archiveAll();
  return world;
}

/**
 * `describe(name [sqlite])` and `describe(name [postgres+redis])`, each with its own world
 * (started before the suite, closed after). An unreachable server skips its block visibly
 * (fails it under RELAIS_REQUIRE_SERVICES=1, through the harness).
 */
export function describeToursBackends(name: string, fn: (world: () => ToursWorld) => void): void {
  for (const kind of ['sqlite', 'postgres+redis'] as const) {
    describe(`${name} [${kind}]`, function () {
      this.timeout(30_000);
      let world: ToursWorld | undefined;
      const cleanups: (() => Promise<void>)[] = [];
      before(async function (this: Context) {
        this.timeout(30_000);
        const env: BackendEnv = {};
        if (kind === 'postgres+redis') {
          const database = await postgresTestUrl();
          const redis = await redisTestUrl();
          if (database) cleanups.push(() => database.drop());
          if (redis) cleanups.push(() => redis.flush());
          if (!database || !redis) this.skip();
          env.DATABASE_URL = database?.url;
          env.REDIS_URL = redis?.url;
        }
        world = await startToursWorld(env);
      });
      after(async function (this: Context) {
        this.timeout(30_000);
        await world?.close();
        for (const cleanup of cleanups) await cleanup();
      });
      fn(() => {
        if (!world) throw new Error(`${kind} tours world not ready`);
        return world;
      });
    });
  }
}
