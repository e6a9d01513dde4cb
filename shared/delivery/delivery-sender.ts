/**
 * The send and refresh jobs: one job per delivery (job id = the delivery id, or the refresh
 * generation and the delivery id), so a resumed fan-out never adds a second job for a recipient.
 *
 * A send marks its row `sending` only after the pacer granted a slot (which begins within the
 * second; the messenger call waits for it and confirms it: paced-send.ts), by a compare-and-set
 * from `queued` (a cancel before it wins). Then the outcome is
 * recorded: `sent` with the message id; 429/412/5xx back to `queued` and retried later (the
 * RetryLaterError delay: Retry-After, or jittered backoff); 403 `unreachable`; a rejected payload
 * `failed`. A row found `sending` when its job runs was in flight when a worker died: it is sent
 * again (the only duplicates a crash can cause). A row in any other state is left alone, so a
 * `sent` delivery is never sent twice.
 */

import { type Kysely, sql } from 'kysely';
import type { Card } from '../cards/model.js';
import { DeliveryError } from '../errors/errors.js';
import { type JobInfo, RetryLaterError } from '../jobs/queue.js';
import type { MessageTarget, PlatformName } from '../messaging/messenger.js';
import { compiledStatement } from '../store/compiled-statement.js';
import type { Database, DeliveriesTable } from '../store/schema.js';
import { nowIso } from '../store/store.js';
import type { ContentProvider, RefreshMode, RenderRecipient } from './delivery.js';
import { toDelivery } from './delivery-rows.js';
import type { DeliveryPorts, RecipientReach } from './delivery-service.js';
import { DEFAULT_RETRY_AFTER_MS, paced } from './paced-send.js';

export type SendJob =
  | { kind: 'send'; deliveryId: string }
  | { kind: 'refresh'; deliveryId: string; generation: number; mode: RefreshMode };

/** platform tries of one delivery before it is recorded failed (429s count, with a larger allowance) */
export const MAX_TRANSIENT_ATTEMPTS = 5;
export const MAX_ATTEMPTS = 25;
/** job attempts for unexpected errors (a database hiccup): after these the delivery is failed */
export const JOB_ATTEMPTS = 5;

const jittered = (ms: number) => Math.round(ms * (0.75 + Math.random() * 0.5));
const backoffMs = (attempt: number) => jittered(1_000 * 2 ** Math.max(0, attempt - 1));

// A send's own statements, compiled once (compiled-statement.ts): one of each per recipient.
const loadRow = compiledStatement<Database, DeliveriesTable>(1, (db, id) =>
  db.selectFrom('deliveries').selectAll().where('id', '=', id),
);
/** (id, attempts now, attempts read, updated_at) */
const claimRow = compiledStatement<Database, never>(4, (db, id, attempts, read, now) =>
  db
    .updateTable('deliveries')
    .set({ status: 'sending', attempts: attempts as unknown as number, updated_at: now })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'sending'])
    // the attempt count is the row's version: of two jobs holding the same row (a retry and
    // a re-added original), only the first to claim it sends
    .where('attempts', '=', read as unknown as number),
);
/** SQLite: (status, message_id, conversation_id, tenant_id, sent_at, updated_at, id); see recordSent */
const recordSentReturningSubject = compiledStatement<
  Database,
  { generation: number | null; mode: string | null }
>(7, (db, status, messageId, conversationId, tenantId, sentAt, updatedAt, id) => ({
  compile: () =>
    sql<{ generation: number | null; mode: string | null }>`
        update deliveries set
          status = ${status}, message_id = ${messageId}, conversation_id = ${conversationId},
          tenant_id = ${tenantId}, sent_at = ${sentAt}, last_error = null, updated_at = ${updatedAt}
        where id = ${id} and status = 'sending'
        returning
          (select refresh_generation from delivery_subjects s
            where s.subject_type = deliveries.subject_type and s.subject_id = deliveries.subject_id) as generation,
          (select refresh_mode from delivery_subjects s
            where s.subject_type = deliveries.subject_type and s.subject_id = deliveries.subject_id) as mode
      `.compile(db as Kysely<Database>),
}));

/** a subject's refresh state; null when the subject has no row */
export type SubjectRefresh = { refresh_generation: number; refresh_mode: string | null } | null;

export interface SenderDeps {
  core: DeliveryPorts;
  providers: Map<string, ContentProvider>;
  /** per platform: reach a recipient not met yet, hear a refusal (delivery-service.ts) */
  reaches?: Map<PlatformName, RecipientReach>;
  /** a sent copy of a subject refreshed meanwhile gets the refresh too */
  afterSent(row: DeliveriesTable, subject: SubjectRefresh | undefined): Promise<void>;
}

/**
 * A recipient resolved from a directory account (audiences/resolve-audience.ts): its user id is
 * the AAD object id (a Teams user id the bot met is 29:…, never a bare object id).
 */
const isNotMetYet = (row: DeliveriesTable): boolean =>
  row.aad_object_id !== null && row.user_id === row.aad_object_id;

export function createSender(deps: SenderDeps) {
  const { core, providers } = deps;
  const { db } = core.store;
  const log = core.logger.child({ part: 'delivery' });

  const load = async (id: string): Promise<DeliveriesTable | undefined> =>
    (await loadRow.run(db, [id])).rows[0];

  const recipientOf = (row: DeliveriesTable): RenderRecipient => ({
    deliveryId: row.id,
    personId: row.person_id,
    locale: toDelivery(row).locale,
    platform: row.platform as PlatformName,
  });

  async function record(id: string, values: Partial<DeliveriesTable>, fromStatus?: string): Promise<void> {
    let query = db
      .updateTable('deliveries')
      .set({ ...values, updated_at: nowIso() })
      .where('id', '=', id);
    if (fromStatus) query = query.where('status', '=', fromStatus);
    await query.execute();
  }

  /**
   * Records the send. On SQLite the same statement reads the subject's refresh state (a
   * RETURNING sub-select runs under the write lock, so an edit's generation bump is strictly
   * before or after it: what afterSent needs, one statement fewer per send). On PostgreSQL a
   * statement's snapshot may predate a bump committed before it ends, so afterSent reads the
   * subject after the commit instead (undefined here).
   */
  async function recordSent(
    id: string,
    values: Partial<DeliveriesTable>,
  ): Promise<SubjectRefresh | undefined> {
    if (core.store.dialect !== 'sqlite') {
      await record(id, values, 'sending');
      return undefined;
    }
    const { rows } = await recordSentReturningSubject.run(db, [
      values.status,
      values.message_id,
      values.conversation_id,
      values.tenant_id,
      values.sent_at,
      nowIso(),
      id,
    ]);
    const row = rows[0];
    // nothing updated (the row left 'sending' meanwhile): afterSent reads the subject itself
    if (!row) return undefined;
    return row.generation === null
      ? null
      : { refresh_generation: Number(row.generation), refresh_mode: row.mode };
  }

  function providerFor(row: DeliveriesTable): ContentProvider {
    const provider = providers.get(row.subject_type);
    // registered at start by its feature: a job that runs first just waits for it
    if (!provider) throw new RetryLaterError(2_000, `no content provider for ${row.subject_type} yet`);
    return provider;
  }

  async function send(job: JobInfo<SendJob>): Promise<void> {
    const row = await load(job.data.deliveryId);
    if (!row || (row.status !== 'queued' && row.status !== 'sending')) return;
    const platform = row.platform as PlatformName;
    if (row.person_id !== null && core.access) {
      // held (a guest whose charter is pending): the row stays queued with the hold as its reason
      // and no job; releaseHeld sends it once the hold is lifted
      const hold = await core.access.hold(
        { id: row.person_id },
        { kind: 'delivery', subjectType: row.subject_type, subjectId: row.subject_id },
      );
      if (hold) {
        await record(row.id, { status: 'queued', last_error: hold.code }, row.status);
        return;
      }
    }
    const card = await providerFor(row).render(row.subject_id, recipientOf(row));
    if (!card) {
      await record(row.id, { status: 'cancelled', last_error: 'the subject no longer sends' }, row.status);
      return;
    }
    const target: MessageTarget =
      row.person_id !== null && row.user_id !== null
        ? {
            kind: 'person',
            personId: row.person_id,
            identity: {
              platform,
              tenantId: row.tenant_id!,
              userId: row.user_id,
              ...(row.aad_object_id ? { aadObjectId: row.aad_object_id } : {}),
            },
          }
        : { kind: 'conversation', platform, tenantId: row.tenant_id!, conversationId: row.conversation_id! };
    const attempts = Number(row.attempts) + 1;
    let claimed = false;
    try {
      const sent = await paced(core, platform, row.tenant_id!, async (messenger) => {
        // the slot is ours: mark the row in flight, unless it was cancelled meanwhile
        const result = await claimRow.run(db, [row.id, attempts, row.attempts, nowIso()]);
        if (Number(result.numAffectedRows ?? 0) === 0) return undefined;
        claimed = true;
        // met only through the directory: installed first, while the row holds its claim
        const reach = deps.reaches?.get(platform);
        if (reach && row.person_id && isNotMetYet(row)) await reach.first(row.person_id, row.aad_object_id!);
        return messenger.send(target, card, { locale: recipientOf(row).locale });
      });
      if (!sent) return;
      const sentRow = {
        status: 'sent',
        message_id: sent.messageId,
        conversation_id: sent.conversationId,
        tenant_id: sent.tenantId,
        sent_at: nowIso(),
        last_error: null,
      };
      const subject = await recordSent(row.id, sentRow);
      await deps.afterSent({ ...row, ...sentRow }, subject);
    } catch (error) {
      await failed(job, row, claimed ? attempts : Number(row.attempts), error, 'sending');
    }
  }

  async function refresh(job: JobInfo<SendJob & { kind: 'refresh' }>): Promise<void> {
    const { generation, mode } = job.data;
    const row = await load(job.data.deliveryId);
    if (row?.status !== 'sent' || Number(row.refreshed_generation) >= generation) return;
    if (!row.message_id || !row.conversation_id || !row.tenant_id) return;
    if (mode !== 'withdraw' && row.person_id !== null && core.access) {
      // held (a guest whose charter is pending): their copy keeps what they saw, edits included
      // later; the hold is kept as its reason and releaseHeld refreshes it once lifted. A recall
      // still goes: it takes content away
      const hold = await core.access.hold(
        { id: row.person_id },
        { kind: 'delivery', subjectType: row.subject_type, subjectId: row.subject_id },
      );
      if (hold) {
        await db
          .updateTable('deliveries')
          .set({ last_error: hold.code, updated_at: nowIso() })
          .where('id', '=', row.id)
          .execute();
        return;
      }
    }
    const provider = providerFor(row);
    const recipient = recipientOf(row);
    let card: Card | null;
    if (mode === 'withdraw') {
      if (!provider.withdrawn) throw new Error(`${row.subject_type} has no withdrawn card`);
      card = await provider.withdrawn(row.subject_id, recipient);
    } else {
      card = await provider.render(row.subject_id, recipient);
    }
    if (!card) return;
    const message = {
      platform: recipient.platform,
      tenantId: row.tenant_id,
      conversationId: row.conversation_id,
      messageId: row.message_id,
    };
    try {
      await paced(core, recipient.platform, row.tenant_id, (messenger) =>
        messenger.update(message, card, { locale: recipient.locale }),
      );
      await db
        .updateTable('deliveries')
        .set({ refreshed_generation: generation, updated_at: nowIso(), last_error: null })
        .where('id', '=', row.id)
        .where('refreshed_generation', '<', generation)
        .execute();
    } catch (error) {
      await failed(job, row, Number(row.attempts), error, undefined);
    }
  }

  /**
   * Records a failure and decides: retry later (RetryLaterError, the row back to queued for a
   * send), or stop (unreachable, failed). A refresh never changes the delivery's status: the
   * copy was delivered; the error is kept in last_error.
   */
  async function failed(
    job: JobInfo<SendJob>,
    row: DeliveriesTable,
    attempts: number,
    error: unknown,
    fromStatus: 'sending' | undefined,
  ): Promise<void> {
    const isSend = job.data.kind === 'send';
    const message = error instanceof Error ? error.message : String(error);
    const finalStatus = async (status: 'failed' | 'unreachable') => {
      if (isSend) await record(row.id, { status, last_error: message }, fromStatus);
      else await record(row.id, { last_error: `${job.data.kind}: ${message}` });
    };
    if (error instanceof RetryLaterError) throw error;
    if (!(error instanceof DeliveryError)) {
      // a bug or a database failure: the job queue retries it; the last try records the failure
      log.error({ err: error, deliveryId: row.id }, 'delivery job failed');
      if (isSend) await record(row.id, { status: 'queued', last_error: message }, fromStatus).catch(() => {});
      if (job.attempt >= JOB_ATTEMPTS) await finalStatus('failed').catch(() => {});
      throw error;
    }
    if (error.kind === 'unreachable') {
      const refused = deps.reaches?.get(row.platform as PlatformName)?.refused;
      // the platform's own refusal (blocked, app removed; not our "not installed", not a chat
      // the platform forgot): the person's reach shows it
      if (isSend && refused && row.person_id && error.status === 403)
        await refused(row.person_id, message).catch((e: unknown) =>
          log.warn({ err: e, deliveryId: row.id }, 'refusal not recorded'),
        );
      return finalStatus('unreachable');
    }
    if (error.kind === 'rejected') return finalStatus('failed');
    if (!isSend && error.kind === 'transient') {
      // a refresh has no attempt counter of its own: the job queue's attempts and backoff bound it
      if (job.attempt >= JOB_ATTEMPTS) await finalStatus('failed');
      throw error;
    }
    const limit = error.kind === 'rate_limited' ? MAX_ATTEMPTS : MAX_TRANSIENT_ATTEMPTS;
    if (attempts >= limit) return finalStatus('failed');
    if (isSend) await record(row.id, { status: 'queued', last_error: message }, fromStatus);
    const delay =
      error.kind === 'rate_limited'
        ? jittered(error.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS)
        : backoffMs(attempts);
    // a fresh delayed job rather than RetryLaterError: its id is derived from the failed one and
    // the attempt, so a restart cannot double it, and the row's claim (status and attempt count)
    // makes any extra job a no-op
    const retryId = `${job.id.split('|')[0]}|retry-${isSend ? attempts : Date.now()}`;
    await core.jobs.add<SendJob>(job.queue, job.data, {
      jobId: retryId,
      delayMs: delay,
      attempts: JOB_ATTEMPTS,
    });
  }

  return {
    handle(job: JobInfo<SendJob>): Promise<void> {
      return job.data.kind === 'send' ? send(job) : refresh(job as JobInfo<SendJob & { kind: 'refresh' }>);
    },
  };
}
