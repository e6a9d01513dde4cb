/**
 * The planning jobs on `delivery.plan`, both resumable because every step is idempotent:
 * - resolve: pages through the audience, inserts one row per recipient (the UNIQUE constraint
 *   drops rows a crashed run already inserted) and adds one send job per queued row (job id =
 *   delivery id: re-adding is a no-op), then marks the subject `ready`;
 * - refresh-all: adds one refresh job per sent copy for one refresh generation.
 */

import { audienceSchema } from '../audiences/audience.js';
import { resolveAudience } from '../audiences/resolve-audience.js';
import type { JobOptions } from '../jobs/queue.js';
import type { PlatformName } from '../messaging/messenger.js';
import { nowIso } from '../store/store.js';
import type { RefreshMode } from './delivery.js';
import { newRows, sendQueue } from './delivery-rows.js';
import type { SendJob } from './delivery-sender.js';
import { JOB_ATTEMPTS } from './delivery-sender.js';
import type { DeliveryPorts } from './delivery-service.js';

export type PlanJob =
  | { kind: 'resolve'; subjectType: string; subjectId: string }
  | { kind: 'refresh-all'; subjectType: string; subjectId: string; generation: number; mode: RefreshMode };

/** rows per insert statement: 17 columns × 500 stays under SQLite's and PostgreSQL's bind limits */
const INSERT_CHUNK = 500;
const PAGE = 1_000;

/**
 * SQLite answers synchronously, so a run of awaited statements only ever waits on microtasks and
 * holds the event loop (the bench's /healthz p99 was the planner's pages): jobs are added one
 * statement per platform and page, with a turn of the event loop after each so timers and I/O
 * (HTTP requests, the send workers) run.
 */
const yieldToIo = () => new Promise((resolve) => setImmediate(resolve));

export const resolveJobId = (subjectType: string, subjectId: string) => `resolve:${subjectType}:${subjectId}`;
export const refreshJobId = (generation: number, deliveryId: string) => `refresh:${generation}:${deliveryId}`;

export function createPlanner(core: DeliveryPorts) {
  const { db } = core.store;

  /** One statement per platform of the page rather than one per recipient. */
  async function addPerPlatform(
    rows: { id: string; platform: string }[],
    job: (row: { id: string }) => { data: SendJob; options: JobOptions },
  ): Promise<void> {
    for (const platform of new Set(rows.map((row) => row.platform))) {
      const ofPlatform = rows.filter((row) => row.platform === platform);
      await core.jobs.addMany<SendJob>(sendQueue(platform as PlatformName), ofPlatform.map(job));
      await yieldToIo();
    }
  }

  /** job id = delivery id: re-adding is a no-op */
  const addSends = (rows: { id: string; platform: string }[]): Promise<void> =>
    addPerPlatform(rows, (row) => ({
      data: { kind: 'send', deliveryId: row.id },
      options: { jobId: row.id, attempts: JOB_ATTEMPTS },
    }));

  async function resolve(job: PlanJob & { kind: 'resolve' }): Promise<void> {
    const { subjectType, subjectId } = job;
    const subject = await db
      .selectFrom('delivery_subjects')
      .selectAll()
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', subjectId)
      .executeTakeFirst();
    if (subject?.state !== 'resolving') return;
    const audience = audienceSchema.parse(JSON.parse(subject.audience));
    const { directory } = core.config;
    const resolution = {
      batchSize: PAGE,
      defaultPlatform: directory.defaultPlatform,
      teamsInstall: directory.proactiveInstall !== undefined,
      usable: (platform: PlatformName) => core.messengers.get(platform) !== undefined,
      groups: core.audienceGroups,
    };
    for await (const recipients of resolveAudience(core.store, audience, resolution)) {
      const state = await db
        .selectFrom('delivery_subjects')
        .select('state')
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .executeTakeFirst();
      if (state?.state !== 'resolving') return; // cancelled meanwhile
      const rows = newRows(subjectType, subjectId, recipients, core.config.defaultLocale, nowIso());
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await db
          .insertInto('deliveries')
          .values(rows.slice(i, i + INSERT_CHUNK))
          .onConflict((oc) =>
            oc.columns(['subject_type', 'subject_id', 'recipient_key', 'platform']).doNothing(),
          )
          .execute();
      }
    }
    // every row exists: add a job for each one still queued (a resumed run re-adds nothing new)
    let after = '';
    for (;;) {
      const page = await db
        .selectFrom('deliveries')
        .select(['id', 'platform'])
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .where('status', 'in', ['queued', 'sending'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE)
        .execute();
      await addSends(page);
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.id;
    }
    await db
      .updateTable('delivery_subjects')
      .set({ state: 'ready', updated_at: nowIso() })
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', subjectId)
      .where('state', '=', 'resolving')
      .execute();
  }

  async function refreshAll(job: PlanJob & { kind: 'refresh-all' }): Promise<void> {
    let after = '';
    for (;;) {
      const page = await db
        .selectFrom('deliveries')
        .select(['id', 'platform'])
        .where('subject_type', '=', job.subjectType)
        .where('subject_id', '=', job.subjectId)
        .where('status', '=', 'sent')
        .where('refreshed_generation', '<', job.generation)
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE)
        .execute();
      await addPerPlatform(page, (row) => ({
        data: { kind: 'refresh', deliveryId: row.id, generation: job.generation, mode: job.mode },
        options: { jobId: refreshJobId(job.generation, row.id), attempts: JOB_ATTEMPTS },
      }));
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.id;
    }
  }

  return {
    handle(data: PlanJob): Promise<void> {
      return data.kind === 'resolve' ? resolve(data) : refreshAll(data);
    },
    addSends,
  };
}
