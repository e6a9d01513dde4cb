/**
 * The directory capability: builds the readers DIRECTORY_SOURCES lists, runs syncs on demand
 * (REST, CLI) and every DIRECTORY_SYNC_INTERVAL (a job per interval slot: its unique id makes one
 * run per slot across instances, and the lease keeps any two runs apart), and answers the runs,
 * the conflicts and where each person's values came from. Takes only the ports it needs.
 */

import type { Kysely } from 'kysely';
import { setPreferredPlatform } from '../audiences/platform-choice.js';
import { type AnyJobWorker, worker } from '../capability/capability.js';
import type { DeliveryService } from '../delivery/delivery-service.js';
import type { Pacer } from '../delivery/pacer.js';
import type { EventLog } from '../events/event-log.js';
import type { Locale } from '../i18n/i18n.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Logger } from '../logging/logger.js';
import type { MessengerRegistry, PlatformName } from '../messaging/messenger.js';
import type { PeopleService } from '../people/people-service.js';
import type { Person } from '../people/person.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import type { DirectoryConfig } from './directory-config.js';
import { DirectoryStop } from './directory-errors.js';
import {
  type DirectoryPeopleQuery,
  type DirectoryPersonRow,
  directoryFacets,
  listDirectoryPeople,
} from './directory-people.js';
import type { DirectoryReader } from './directory-source.js';
import { createDirectorySync, type RunTrigger, type RunView, toRunView } from './directory-sync.js';
import { type DirectoryDb, directoryDb } from './directory-tables.js';
import { writeRecords } from './directory-writer.js';
import { linkEntraManagers } from './entra-managers.js';
import { createEntraReader } from './entra-reader.js';
import { createEntraTokenSource } from './entra-token.js';
import { createGraphClient, type GraphClient, type GraphClientOptions } from './graph-client.js';
import { createGraphPacer } from './graph-pacer.js';
import { managerKey, managersNamed, type NamedPerson } from './manager-names.js';
import { type PersonReachView, type ReachSummary, reachOfPerson, reachSummary } from './person-reach.js';
import { mapSlackMember, type SlackWorkspace } from './slack-mapping.js';
import { createSlackReader } from './slack-reader.js';
import { createTeamsInstaller, type TeamsInstaller } from './teams-install.js';

export interface DirectoryPorts {
  config: DirectoryConfig;
  logger: Logger;
  store: Store;
  jobs: JobQueue;
  events: EventLog;
  people: Pick<PeopleService, 'get'>;
  /** a leaver's journeys stop */
  tours: { onPersonUpdated(person: Person): Promise<void> };
  /** with the Teams install on, a delivery to someone not met on Teams installs first */
  delivery?: Pick<DeliveryService, 'registerReach'>;
  /** which platforms this server sends on (a reach's delivering platform is one of them) */
  messengers?: Pick<MessengerRegistry, 'get'>;
  /** the budgets every instance shares: the Teams install takes Graph's ('graph' per tenant) */
  pacer: Pacer;
  /** TEAMS_SERVICE_URL and the bot's app id, for the 1:1 chats the install saves */
  teams: { serviceUrl: string; appId?: string };
}

export interface ConflictView {
  kind: string;
  source: string;
  subject: string;
  personId: string | null;
  detail: Record<string, unknown>;
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface PersonSourceView {
  source: string;
  field: string;
  value: string | null;
  updatedAt: string;
  /** the person a `manager` value names, when Relais knows them */
  person: NamedPerson | null;
}

export interface Directory {
  /** DIRECTORY_SOURCES lists at least one source */
  enabled: boolean;
  /** starts a run now (its view as recorded, and its end); DirectoryStop('already_running') when one is under way */
  start(trigger: RunTrigger): Promise<{ run: RunView; done: Promise<RunView> }>;
  /** one run, to its end */
  sync(trigger: RunTrigger): Promise<RunView>;
  runs(limit: number): Promise<RunView[]>;
  conflicts(limit: number): Promise<ConflictView[]>;
  /**
   * A Slack member as a `team_join` or `user_change` event carries it: written at once when the
   * Slack source is on (their person kept current between runs), ignored otherwise.
   */
  slackMemberChanged(teamId: string, member: unknown): Promise<void>;
  /** every value each source gives the person */
  sourcesOf(personId: string): Promise<PersonSourceView[]>;
  /** whether the person can be reached on each platform and why not, and where a broadcast reaches them */
  reachOf(personId: string, locale: Locale): Promise<PersonReachView | undefined>;
  /** everyone active: how many can be reached on each platform, and why not */
  reachSummary(): Promise<ReachSummary>;
  /** the person's chosen platform (null: none); false when there is no such person */
  setPreferredPlatform(personId: string, platform: PlatformName | null): Promise<boolean>;
  /** the People page's list: filtered (reach and source too), paged, with each one's reach */
  people(query: DirectoryPeopleQuery): Promise<{ people: DirectoryPersonRow[]; total: number }>;
  /** the departments and sites people have, for the filters */
  facets(): Promise<{ departments: string[]; sites: string[] }>;
}

const SYNC_QUEUE = 'directory.sync';
const INSTALL_QUEUE = 'directory.install';

/** The directory service and its job workers (scheduled syncs, the Teams install after a run). */
export function createDirectory(ports: DirectoryPorts): { directory: Directory; jobs: AnyJobWorker[] } {
  const { config, logger } = ports;
  const db = directoryDb(ports.store);
  const graph = config.sources.includes('entra') ? entraGraph(config) : undefined;
  const readers = buildReaders(config, graph, () =>
    linkEntraManagers(db, ports.store.dialect, config.tenantId!),
  );
  const slackReaders = readers.filter((r): r is ReturnType<typeof createSlackReader> => r.name === 'slack');
  const sync = createDirectorySync({
    db,
    logger: logger.child({ part: 'directory' }),
    readers,
    onLeavers: (ids) => stopTours(ids),
  });

  async function stopTours(ids: string[]): Promise<void> {
    for (const id of ids) {
      try {
        const person = await ports.people.get(id);
        if (person) await ports.tours.onPersonUpdated(person);
      } catch (error) {
        logger.error({ err: error, personId: id }, 'tours not stopped for a leaver');
      }
    }
  }

  async function start(trigger: RunTrigger) {
    const started = await sync.start(trigger);
    const done = started.done.then(async (view) => {
      if (graph && config.proactiveInstall && view.sources.includes('entra'))
        await ports.jobs.add(INSTALL_QUEUE, {}, { jobId: `directory-install:${view.id}`, attempts: 1 });
      await ports.events.track({
        type: 'directory.synced',
        subjectType: 'directory_run',
        subjectId: view.id,
        data: {
          status: view.status,
          created: view.created,
          updated: view.updated,
          deactivated: view.deactivated,
        },
      });
      return view;
    });
    return { run: started.run, done };
  }
  const run = async (trigger: RunTrigger) => (await start(trigger)).done;

  const slotJob = (slot: number) => ({
    jobId: `directory-sync:${slot}`,
    runAt: new Date(slot * config.syncIntervalMs),
    attempts: 1,
  });
  const nextSlot = () => Math.floor(Date.now() / config.syncIntervalMs) + 1;

  const jobs: AnyJobWorker[] = [];
  const installer = graph && config.proactiveInstall ? teamsInstaller(config, ports) : undefined;
  if (installer) {
    jobs.push(
      worker(
        INSTALL_QUEUE,
        async () => {
          const tried = await installer.installAll();
          logger.info({ tried }, 'Teams proactive install done');
        },
        { concurrency: 1 },
      ),
    );
  }
  // every platform's refusals show in the reach; Teams also installs first when the install is on
  for (const platform of ['teams', 'slack'] as const) {
    ports.delivery?.registerReach(platform, {
      first: async (personId, aadObjectId) => {
        if (platform === 'teams' && installer) await installer.reachFirst(personId, aadObjectId);
      },
      refused: (personId, reason) => recordRefusal(db, personId, platform, reason),
    });
  }

  if (readers.length > 0) {
    jobs.push(
      worker<{ slot: number }>(
        SYNC_QUEUE,
        async () => {
          try {
            await run('schedule');
          } catch (error) {
            if (!(error instanceof DirectoryStop && error.code === 'already_running')) throw error;
            logger.info('scheduled directory sync skipped: another run holds the lease');
          } finally {
            await ports.jobs.add(SYNC_QUEUE, { slot: nextSlot() }, slotJob(nextSlot()));
          }
        },
        { concurrency: 1 },
      ),
    );
    void ports.jobs
      .add(SYNC_QUEUE, { slot: nextSlot() }, slotJob(nextSlot()))
      .catch((error: unknown) => logger.error({ err: error }, 'directory sync not scheduled'));
  }

  const directory: Directory = {
    enabled: readers.length > 0,
    start,
    sync: run,
    async runs(limit) {
      const rows = await db
        .selectFrom('directory_runs')
        .selectAll()
        .orderBy('started_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toRunView);
    },
    async conflicts(limit) {
      const rows = await db
        .selectFrom('directory_conflicts')
        .selectAll()
        .orderBy('last_seen_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        kind: r.kind,
        source: r.source,
        subject: r.subject,
        personId: r.person_id,
        detail: JSON.parse(r.detail) as Record<string, unknown>,
        firstSeenAt: r.first_seen_at,
        lastSeenAt: r.last_seen_at,
      }));
    },
    async slackMemberChanged(teamId, member) {
      // only the workspaces read (the token's, or DIRECTORY_SLACK_TEAMS): another's is not ours to write
      let workspace: SlackWorkspace | undefined;
      for (const reader of slackReaders) {
        const candidate = await reader.workspace();
        if (candidate.teamId === teamId) workspace = candidate;
      }
      if (!workspace) return;
      const mapped = mapSlackMember(member, workspace);
      if (!('record' in mapped)) return;
      const outcome = await writeRecords(db, [mapped.record], new Date().toISOString());
      if (outcome.leavers.length) await stopTours(outcome.leavers);
    },
    reachOf: (personId, locale) =>
      reachOfPerson(
        db,
        personId,
        {
          teamsInstall: installer !== undefined,
          defaultPlatform: config.defaultPlatform,
          usable: (platform) => ports.messengers?.get(platform) !== undefined,
        },
        locale,
      ),
    reachSummary: () => reachSummary(db, { teamsInstall: installer !== undefined }),
    async setPreferredPlatform(personId, platform) {
      const found = await db.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst();
      if (!found) return false;
      await setPreferredPlatform(
        db as unknown as Kysely<Database>,
        personId,
        platform,
        new Date().toISOString(),
      );
      return true;
    },
    people: (query) => listDirectoryPeople(db, ports.store.dialect, query),
    facets: () => directoryFacets(db),
    async sourcesOf(personId) {
      const rows = await db
        .selectFrom('person_sources')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('field')
        .orderBy('source')
        .execute();
      const managers = await managersNamed(
        db,
        rows.filter((r) => r.field === 'manager'),
      );
      return rows.map((r) => ({
        source: r.source,
        field: r.field,
        value: r.value,
        updatedAt: r.updated_at,
        person: (r.field === 'manager' && r.value && managers.get(managerKey(r.source, r.value))) || null,
      }));
    },
  };
  return { directory, jobs };
}

/**
 * The installer's own Graph client: the same app-only token, every request (retries included) in
 * a slot of the tenant's TEAMS_INSTALL_RATE_PER_SECOND budget, shared by every instance.
 */
function teamsInstaller(config: DirectoryConfig, ports: DirectoryPorts): TeamsInstaller {
  const install = config.proactiveInstall!;
  const pacer = createGraphPacer(ports.pacer, config.tenantId!);
  const graph = entraGraph(config, { beforeRequest: pacer.slot, onThrottled: pacer.pause });
  return createTeamsInstaller(directoryDb(ports.store), graph, {
    tenantId: config.tenantId!,
    catalogAppId: install.catalogAppId,
    graphApiUrl: config.graphApiUrl,
    serviceUrl: ports.teams.serviceUrl,
    botAppId: ports.teams.appId,
  });
}

/** The platform refused a delivery (blocked the bot, app removed): the person's reach says so. */
async function recordRefusal(db: DirectoryDb, personId: string, platform: string, reason: string) {
  const now = new Date().toISOString();
  const values = { status: 'unreachable', reason: `blocked: ${reason.slice(0, 300)}`, updated_at: now };
  await db
    .insertInto('person_reach')
    .values({ person_id: personId, platform, ...values })
    .onConflict((oc) => oc.columns(['person_id', 'platform']).doUpdateSet(values))
    .execute();
}

function entraGraph(
  config: DirectoryConfig,
  pacing: Pick<GraphClientOptions, 'beforeRequest' | 'onThrottled'> = {},
): GraphClient {
  const token = createEntraTokenSource({
    authorityUrl: config.authorityUrl,
    tenantId: config.tenantId!,
    clientId: config.clientId!,
    clientSecret: config.clientSecret!,
    clientIdSetting: config.clientIdSetting,
    clientSecretSetting: config.clientSecretSetting,
  });
  return createGraphClient({ baseUrl: config.graphApiUrl, token, maxRetries: config.maxRetries, ...pacing });
}

function buildReaders(
  config: DirectoryConfig,
  graph: GraphClient | undefined,
  afterEntraRound: () => Promise<void>,
): DirectoryReader[] {
  const readers: DirectoryReader[] = [];
  if (graph) {
    readers.push(
      createEntraReader(
        graph,
        {
          tenantId: config.tenantId!,
          siteAttribute: config.siteAttribute,
          departmentAttribute: config.departmentAttribute,
        },
        config.pageSize,
        afterEntraRound,
      ),
    );
  }
  if (config.sources.includes('slack')) {
    const teams = config.slack.teamIds?.length ? config.slack.teamIds : [undefined];
    // one reader per workspace: each paged, and waiting out its own 429s, on its own
    for (const teamId of teams) {
      readers.push(
        createSlackReader({
          apiUrl: config.slack.apiUrl,
          botToken: config.slack.botToken!,
          departmentLabel: config.slack.departmentField,
          siteLabel: config.slack.siteField,
          maxRetries: config.maxRetries,
          // Slack recommends pages of at most 200 members
          pageSize: Math.min(config.pageSize, 200),
          teamId,
          orgTeamIds: config.slack.teamIds?.length ? config.slack.teamIds : undefined,
        }),
      );
    }
  }
  return readers;
}
