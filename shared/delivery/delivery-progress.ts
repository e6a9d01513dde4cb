/** Progress of one subject's fan-out: counts by status, the recent send rate and the time left. */
import type { Store } from '../store/store.js';
import { type DeliveryProgress, type DeliveryStatus, deliveryStatuses } from './delivery.js';

/** the send rate is measured over this window (or since the broadcast began, when shorter) */
const RATE_WINDOW_MS = 60_000;

export async function progressOf(
  store: Store,
  subjectType: string,
  subjectId: string,
): Promise<DeliveryProgress> {
  const { db } = store;
  const since = new Date(Date.now() - RATE_WINDOW_MS).toISOString();
  const [counts, subject, recent] = await Promise.all([
    db
      .selectFrom('deliveries')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', subjectId)
      .groupBy('status')
      .execute(),
    db
      .selectFrom('delivery_subjects')
      .select(['state', 'created_at'])
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', subjectId)
      .executeTakeFirst(),
    db
      .selectFrom('deliveries')
      .select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('sent_at').as('first')])
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', subjectId)
      .where('status', '=', 'sent')
      .where('sent_at', '>=', since)
      .executeTakeFirstOrThrow(),
  ]);
  const byStatus = Object.fromEntries(deliveryStatuses.map((s) => [s, 0])) as Record<DeliveryStatus, number>;
  for (const row of counts) byStatus[row.status as DeliveryStatus] = Number(row.n);
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const pending = byStatus.queued + byStatus.sending;
  const done = pending === 0 && subject?.state !== 'resolving';
  const recentSent = Number(recent.n);
  const windowMs = recent.first ? Math.max(1_000, Date.now() - Date.parse(recent.first)) : RATE_WINDOW_MS;
  const sentPerSecond = recentSent > 0 ? (recentSent * 1000) / Math.min(RATE_WINDOW_MS, windowMs) : 0;
  return {
    total,
    byStatus,
    done,
    sentPerSecond: Math.round(sentPerSecond * 10) / 10,
    etaSeconds: done ? 0 : sentPerSecond > 0 ? Math.ceil(pending / sentPerSecond) : null,
  };
}
