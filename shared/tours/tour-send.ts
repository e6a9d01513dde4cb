/**
 * The one place tours reach a person in chat: which of their identities (the platform the
 * journey started on, else the identity seen most recently; one card per step, so Next and Back
 * refresh a single message), and the paced send itself.
 */

import type { Ports } from '../capability/ports.js';
import type { Card } from '../cards/model.js';
import { pacedSend } from '../delivery/paced-send.js';
import type { Locale } from '../i18n/i18n.js';
import type { PlatformIdentity, PlatformName, SentMessage } from '../messaging/messenger.js';
import type { TourDb } from './tour-tables.js';

export type SendDeps = Pick<Ports, 'messengers' | 'pacer'>;

/**
 * The identity a person's steps go to: on `preferred` when they have one there, else the
 * identity created most recently (the platform they use now). Only platforms this server has a
 * messenger for count (a sign-in `directory` identity never does).
 */
export async function chatIdentityOf(
  db: TourDb,
  deps: SendDeps,
  personId: string,
  preferred?: PlatformName,
): Promise<PlatformIdentity | undefined> {
  const rows = await db
    .selectFrom('identities')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .execute();
  const usable = rows.filter((r) => deps.messengers.get(r.platform as PlatformName));
  const row = usable.find((r) => r.platform === preferred) ?? usable[0];
  return (
    row && {
      platform: row.platform as PlatformName,
      tenantId: row.tenant_id,
      userId: row.user_id,
      ...(row.aad_object_id ? { aadObjectId: row.aad_object_id } : {}),
    }
  );
}

/** Sends one card 1:1 under the tenant/workspace budget; throws DeliveryError like Messenger.send. */
export const sendToPerson = (
  deps: SendDeps,
  identity: PlatformIdentity,
  content: Card,
  locale: Locale,
): Promise<SentMessage> => pacedSend(deps, { kind: 'person', identity }, content, { locale });
