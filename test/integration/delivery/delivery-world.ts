/**
 * A Relais server with the fake Teams connector and the fake Slack Web API, people with Teams and
 * Slack identities learnt through the core, and a test-only ContentProvider ('test.note') whose
 * cards name the subject, the version and the recipient's locale. Run on SQLite and on
 * PostgreSQL + Redis by `describeDeliveryBackends`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningRelais, startRelais } from '../../../bots/start-relais.js';
import { type Card, card } from '../../../shared/cards/model.js';
import type { ContentProvider } from '../../../shared/delivery/delivery.js';
import type { Person } from '../../../shared/people/person.js';
import { describeServerBackends } from '../../harness/databases.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../harness/fake-slack-api.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';

export const SUBJECT = 'test.note';
export const TENANT = 'tenant-delivery';
export const SLACK_TEAM = 'T0DELIVERY';
const SLACK_TOKEN = 'xoxb-delivery-test';

export interface DeliveryWorld {
  relais: RunningRelais;
  teams: FakeTeamsConnector;
  slack: FakeSlackApi;
  env: Record<string, string>;
  /** the version every card shows; bumped by tests that edit */
  version: { value: number };
  /** subjects whose render answers null (cancelled) */
  skipped: Set<string>;
  /** subjects whose render waits until this promise resolves */
  gates: Map<string, Promise<void>>;
  teamsPerson(name: string, extra?: { locale?: string; kind?: 'member' | 'guest' }): Promise<Person>;
  slackPerson(name: string, extra?: { kind?: 'member' | 'guest' }): Promise<Person>;
  close(): Promise<void>;
}

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

/** the text of a test card, as both renderers carry it */
export const noteText = (subjectId: string, version: number, locale: string) =>
  `note ${subjectId} v${version} ${locale}`;

export function testProvider(world: Pick<DeliveryWorld, 'version' | 'skipped' | 'gates'>): ContentProvider {
  return {
    async render(subjectId, recipient) {
      await world.gates.get(subjectId);
      if (world.skipped.has(subjectId)) return null;
      const text = noteText(subjectId, world.version.value, recipient.locale);
      return card(text, { type: 'heading', text });
    },
    async withdrawn(subjectId): Promise<Card> {
      const text = `withdrawn ${subjectId}`;
      return card(text, { type: 'heading', text });
    },
  };
}

export async function startDeliveryWorld(backendEnv: Record<string, string>): Promise<DeliveryWorld> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-delivery-'));
  const teams = await startFakeTeamsConnector();
  const slack = await startFakeSlackApi();
  slack.addWorkspace({ teamId: SLACK_TEAM, botToken: SLACK_TOKEN, botUserId: 'U0BOT', botId: 'B0BOT' });
  const env: Record<string, string> = {
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DEFAULT_LOCALE: 'fr',
    TEAMS_SERVICE_URL: teams.url,
    SLACK_SIGNING_SECRET: 'delivery-secret',
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_API_URL: slack.apiUrl,
    TEAMS_RATE_PER_SECOND: '50',
    SLACK_RATE_PER_SECOND: '50',
    SLACK_MAX_RATE_PER_SECOND: '50',
    ...backendEnv,
  };
  const relais = await startRelais({ env });
  const world: DeliveryWorld = {
    relais,
    teams,
    slack,
    env,
    version: { value: 1 },
    skipped: new Set(),
    gates: new Map(),
    async teamsPerson(name, extra = {}) {
      const id = unique();
      const person = await relais.core.people.learn(
        { platform: 'teams', tenantId: TENANT, userId: `29:${id}`, aadObjectId: `aad-${id}` },
        { displayName: name, email: `${id}@teams.example`, kind: extra.kind },
      );
      if (!extra.locale) return person;
      // a person's own language comes from the directory (import), not from the platform
      await relais.core.store.db
        .updateTable('people')
        .set({ locale: extra.locale })
        .where('id', '=', person.id)
        .execute();
      return { ...person, locale: extra.locale as Person['locale'] };
    },
    async slackPerson(name, extra = {}) {
      const id = `U${unique().toUpperCase()}`;
      slack.addUser({ id, teamId: SLACK_TEAM, realName: name });
      return relais.core.people.learn(
        { platform: 'slack', tenantId: SLACK_TEAM, userId: id },
        { displayName: name, email: `${id.toLowerCase()}@slack.example`, locale: 'en', kind: extra.kind },
      );
    },
    async close() {
      await relais.close();
      await teams.close();
      await slack.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  relais.core.delivery.registerContent(SUBJECT, testProvider(world));
  return world;
}

/** The backend environments: SQLite, and PostgreSQL + Redis (skipped visibly when unreachable). */
export const describeDeliveryBackends = (
  name: string,
  fn: (backendEnv: () => Record<string, string>) => void,
): void => describeServerBackends(name, fn);
