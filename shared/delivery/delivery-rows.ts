/** Delivery rows: mapping to the model, and the recipients of a resolved audience as new rows. */
import { randomUUID } from 'node:crypto';
import type { Recipient } from '../audiences/resolve-audience.js';
import { type Locale, toLocale } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import type { DeliveriesTable } from '../store/schema.js';
import type { Delivery, DeliveryStatus } from './delivery.js';

/** why a person with no Teams or Slack account got no message */
export const NO_CHAT_ACCOUNT = 'no chat account';

/** The three queues: planning (resolve, refresh-all) and one send queue per platform, so a slow
 * platform's backlog never holds the other's workers. */
export const PLAN_QUEUE = 'delivery.plan';
export const sendQueue = (platform: PlatformName): string => `delivery.send.${platform}`;
/** the platforms a Messenger can exist for (PlatformName's values) */
export const SEND_PLATFORMS: readonly PlatformName[] = ['teams', 'slack'];

/**
 * The subject's refresh that a copy may have caught up with: a copy is withdrawn once the subject's
 * latest refresh is a recall and that copy was refreshed to it.
 */
export type SubjectRecall = { refresh_generation: number; refresh_mode: string | null } | undefined;

const isWithdrawn = (row: DeliveriesTable, subject: SubjectRecall): boolean =>
  subject?.refresh_mode === 'withdraw' &&
  row.status === 'sent' &&
  Number(row.refreshed_generation) >= Number(subject.refresh_generation);

export const toDelivery = (row: DeliveriesTable, subject?: SubjectRecall): Delivery => ({
  id: row.id,
  subjectType: row.subject_type,
  subjectId: row.subject_id,
  personId: row.person_id,
  platform: row.platform === '' ? null : (row.platform as PlatformName),
  tenantId: row.tenant_id,
  conversationId: row.conversation_id,
  messageId: row.message_id,
  status: row.status as DeliveryStatus,
  attempts: Number(row.attempts),
  lastError: row.last_error,
  sentAt: row.sent_at,
  updatedAt: row.updated_at,
  channelName: row.channel_name,
  locale: (toLocale(row.locale) ?? 'fr') as Locale,
  withdrawn: isWithdrawn(row, subject),
});

/** One new row per recipient; the UNIQUE (subject, recipient_key, platform) makes re-inserts no-ops. */
export function newRows(
  subjectType: string,
  subjectId: string,
  recipients: Recipient[],
  defaultLocale: Locale,
  now: string,
): DeliveriesTable[] {
  return recipients.map((r) => {
    const common = {
      id: randomUUID(),
      subject_type: subjectType,
      subject_id: subjectId,
      message_id: null,
      attempts: 0,
      sent_at: null,
      refreshed_generation: 0,
      created_at: now,
      updated_at: now,
    };
    if (r.kind === 'channel') {
      return {
        ...common,
        recipient_key: `channel:${r.tenantId}:${r.conversationId}`,
        platform: r.platform,
        tenant_id: r.tenantId,
        person_id: null,
        user_id: null,
        aad_object_id: null,
        conversation_id: r.conversationId,
        channel_name: r.name ?? null,
        locale: defaultLocale,
        status: 'queued',
        last_error: null,
      };
    }
    return {
      ...common,
      recipient_key: r.personId,
      platform: r.identity?.platform ?? '',
      tenant_id: r.identity?.tenantId ?? null,
      person_id: r.personId,
      user_id: r.identity?.userId ?? null,
      aad_object_id: r.identity?.aadObjectId ?? null,
      conversation_id: null,
      channel_name: null,
      locale: r.locale ?? defaultLocale,
      status: r.identity ? 'queued' : 'unreachable',
      last_error: r.identity ? null : NO_CHAT_ACCOUNT,
    };
  });
}
