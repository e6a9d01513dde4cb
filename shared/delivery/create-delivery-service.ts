/**
 * Builds the DeliveryService over the core (store, jobs, pacer, messengers). The workers of the
 * three delivery queues start with the first registerContent: a server whose features send
 * nothing polls no delivery queue.
 */
import { audienceSchema } from '../audiences/audience.js';
import type { PlatformName } from '../messaging/messenger.js';
import type { DeliveriesTable } from '../store/schema.js';
import { nowIso } from '../store/store.js';
import type { ContentProvider, Delivery } from './delivery.js';
import { createPlanner, type PlanJob, refreshJobId, resolveJobId } from './delivery-planner.js';
import { progressOf } from './delivery-progress.js';
import { PLAN_QUEUE, SEND_PLATFORMS, sendQueue, toDelivery } from './delivery-rows.js';
import { createSender, JOB_ATTEMPTS, type SendJob } from './delivery-sender.js';
import type { DeliveryPorts, DeliveryService, RecipientReach } from './delivery-service.js';

export function createDeliveryService(core: DeliveryPorts): DeliveryService {
  const { db } = core.store;
  const providers = new Map<string, ContentProvider>();
  const reaches = new Map<PlatformName, RecipientReach>();
  const planner = createPlanner(core);

  const subjectRow = (subjectType: string, subjectId: string) =>
    db
      .selectFrom('delivery_subjects')
      .selectAll()
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', subjectId)
      .executeTakeFirst();

  const sender = createSender({
    core,
    providers,
    reaches,
    async afterSent(row: DeliveriesTable, known) {
      // a copy that went out after an edit or a recall was requested gets that refresh too
      const subject = known === undefined ? await subjectRow(row.subject_type, row.subject_id) : known;
      if (!subject || subject.refresh_generation === 0 || !subject.refresh_mode) return;
      await core.jobs.add<SendJob>(
        sendQueue(row.platform as PlatformName),
        {
          kind: 'refresh',
          deliveryId: row.id,
          generation: Number(subject.refresh_generation),
          mode: subject.refresh_mode as 'update' | 'withdraw',
        },
        { jobId: refreshJobId(Number(subject.refresh_generation), row.id), attempts: JOB_ATTEMPTS },
      );
    },
  });

  let started = false;
  function startWorkers(): void {
    if (started) return;
    started = true;
    const concurrency = core.config.delivery.concurrency;
    core.jobs.process<PlanJob>(PLAN_QUEUE, (job) => planner.handle(job.data), { concurrency: 2 });
    for (const platform of SEND_PLATFORMS) {
      core.jobs.process<SendJob>(sendQueue(platform), (job) => sender.handle(job), { concurrency });
    }
  }

  const ofSubject = (subjectType: string, subjectId: string) =>
    db.selectFrom('deliveries').where('subject_type', '=', subjectType).where('subject_id', '=', subjectId);

  const service: DeliveryService = {
    registerContent(subjectType, provider) {
      providers.set(subjectType, provider);
      startWorkers();
    },

    registerReach(platform, reach) {
      reaches.set(platform, reach);
    },

    reachFor: (platform) => reaches.get(platform),
    async releaseHeld(personId, reason) {
      const held = await db
        .selectFrom('deliveries')
        .select(['id', 'platform'])
        .where('person_id', '=', personId)
        .where('status', '=', 'queued')
        .where('last_error', '=', reason)
        .execute();
      // a fresh job id per release (the first one's job completed): the row's claim makes any
      // extra job a no-op, and the id's first part stays the delivery id (retries derive from it)
      const release = `release-${Date.now()}`;
      for (const platform of new Set(held.map((row) => row.platform))) {
        if (!platform) continue;
        await core.jobs.addMany<SendJob>(
          sendQueue(platform as PlatformName),
          held
            .filter((row) => row.platform === platform)
            .map((row) => ({
              data: { kind: 'send', deliveryId: row.id },
              options: { jobId: `${row.id}|${release}`, attempts: JOB_ATTEMPTS },
            })),
        );
      }
      // copies already out whose refresh (an edit) waited for the hold: refreshed now
      const stale = await db
        .selectFrom('deliveries')
        .innerJoin('delivery_subjects', (join) =>
          join
            .onRef('delivery_subjects.subject_type', '=', 'deliveries.subject_type')
            .onRef('delivery_subjects.subject_id', '=', 'deliveries.subject_id'),
        )
        .select([
          'deliveries.id',
          'deliveries.platform',
          'delivery_subjects.refresh_generation',
          'delivery_subjects.refresh_mode',
        ])
        .where('deliveries.person_id', '=', personId)
        .where('deliveries.status', '=', 'sent')
        .where('deliveries.last_error', '=', reason)
        .execute();
      for (const row of stale) {
        if (!row.platform || !row.refresh_mode) continue;
        const generation = Number(row.refresh_generation);
        await core.jobs.add<SendJob>(
          sendQueue(row.platform as PlatformName),
          {
            kind: 'refresh',
            deliveryId: row.id,
            generation,
            mode: row.refresh_mode as 'update' | 'withdraw',
          },
          { jobId: `${refreshJobId(generation, row.id)}|${release}`, attempts: JOB_ATTEMPTS },
        );
      }
      return held.length;
    },

    async broadcast({ subjectType, subjectId, audience }) {
      const now = nowIso();
      await db
        .insertInto('delivery_subjects')
        .values({
          subject_type: subjectType,
          subject_id: subjectId,
          audience: JSON.stringify(audienceSchema.parse(audience)),
          state: 'resolving',
          refresh_generation: 0,
          refresh_mode: null,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.columns(['subject_type', 'subject_id']).doNothing())
        .execute();
      await core.jobs.add<PlanJob>(
        PLAN_QUEUE,
        { kind: 'resolve', subjectType, subjectId },
        { jobId: resolveJobId(subjectType, subjectId), attempts: JOB_ATTEMPTS },
      );
      return service.progress(subjectType, subjectId);
    },

    progress: (subjectType, subjectId) => progressOf(core.store, subjectType, subjectId),

    async audienceOf(subjectType, subjectId) {
      const subject = await subjectRow(subjectType, subjectId);
      return subject ? audienceSchema.parse(JSON.parse(subject.audience)) : undefined;
    },

    async cancel(subjectType, subjectId) {
      const now = nowIso();
      await db
        .updateTable('delivery_subjects')
        .set({ state: 'cancelled', updated_at: now })
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .where('state', '=', 'resolving')
        .execute();
      await db
        .updateTable('deliveries')
        .set({ status: 'cancelled', updated_at: now })
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .where('status', '=', 'queued')
        .execute();
    },

    async refreshAll(subjectType, subjectId, mode) {
      // a recall also stops what has not gone out yet
      if (mode === 'withdraw') await service.cancel(subjectType, subjectId);
      const rows = await db
        .updateTable('delivery_subjects')
        .set((eb) => ({
          refresh_generation: eb('refresh_generation', '+', 1),
          refresh_mode: mode,
          updated_at: nowIso(),
        }))
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .returning('refresh_generation')
        .execute();
      const generation = rows[0] ? Number(rows[0].refresh_generation) : undefined;
      if (generation === undefined) return;
      await core.jobs.add<PlanJob>(
        PLAN_QUEUE,
        { kind: 'refresh-all', subjectType, subjectId, generation, mode },
        { jobId: `refresh-all:${subjectType}:${subjectId}:${generation}`, attempts: JOB_ATTEMPTS },
      );
    },

    async list(subjectType, subjectId, { status, limit, offset }) {
      let query = ofSubject(subjectType, subjectId);
      if (status) query = query.where('status', '=', status);
      const [rows, count, subject] = await Promise.all([
        query.selectAll().orderBy('created_at').orderBy('id').limit(limit).offset(offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        db
          .selectFrom('delivery_subjects')
          .select(['refresh_generation', 'refresh_mode'])
          .where('subject_type', '=', subjectType)
          .where('subject_id', '=', subjectId)
          .executeTakeFirst(),
      ]);
      return { deliveries: rows.map((row) => toDelivery(row, subject)), total: Number(count.n) };
    },

    async findByMessage(platform, conversationId, messageId) {
      const row = await db
        .selectFrom('deliveries')
        .selectAll()
        .where('platform', '=', platform)
        .where('conversation_id', '=', conversationId)
        .where('message_id', '=', messageId)
        .executeTakeFirst();
      return row ? toDelivery(row) : undefined;
    },

    async findForPerson(subjectType, subjectId, personId) {
      const rows = await ofSubject(subjectType, subjectId)
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('platform')
        .execute();
      return rows.map((row) => toDelivery(row));
    },

    async markReadUpTo(platform, conversationId, lastReadMessageId) {
      const rows = await db
        .selectFrom('deliveries')
        .selectAll()
        .where('platform', '=', platform)
        .where('conversation_id', '=', conversationId)
        .where('status', '=', 'sent')
        .execute();
      return readUpTo(
        rows.map((row) => toDelivery(row)),
        lastReadMessageId,
      );
    },

    async subjectsForPerson(subjectType, personId, { limit, offset }) {
      const rows = await db
        .selectFrom('deliveries')
        .select('subject_id')
        .select((eb) => eb.fn.max('created_at').as('latest'))
        .where('subject_type', '=', subjectType)
        .where('person_id', '=', personId)
        .groupBy('subject_id')
        .orderBy('latest', 'desc')
        .orderBy('subject_id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map((r) => r.subject_id);
    },

    async isAddressedTo(subjectType, subjectId, personId) {
      const row = await ofSubject(subjectType, subjectId)
        .select('id')
        .where('person_id', '=', personId)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
  return service;
}

/**
 * The deliveries a read receipt covers. Teams message ids in a 1:1 chat are increasing numbers
 * (epoch-ms-like strings): compared as numbers when both are. Otherwise the receipt's own message
 * decides by its send time (a receipt for a message we did not send covers nothing we can order).
 */
export function readUpTo(deliveries: Delivery[], lastReadMessageId: string): Delivery[] {
  const numeric = (id: string | null) => (id !== null && /^\d+$/.test(id) ? BigInt(id) : undefined);
  const last = numeric(lastReadMessageId);
  const lastSent = deliveries.find((d) => d.messageId === lastReadMessageId)?.sentAt ?? undefined;
  return deliveries.filter((d) => {
    const id = numeric(d.messageId);
    if (last !== undefined && id !== undefined) return id <= last;
    return lastSent !== undefined && d.sentAt !== null && d.sentAt <= lastSent;
  });
}
