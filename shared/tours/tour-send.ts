/**
 * The one place tours reach a person in chat: which of their identities (their chosen platform,
 * else the one the journey started on, else the one used last; one card per step, so Next and
 * Back refresh a single message), and the paced send itself.
 */

import type { Kysely } from 'kysely';
import { choosePlatform, leaningsOf } from '../audiences/platform-choice.js';
import type { Ports } from '../capability/ports.js';
import type { Card } from '../cards/model.js';
import { pacedSend } from '../delivery/paced-send.js';
import type { Locale } from '../i18n/i18n.js';
import type { PlatformIdentity, PlatformName, SentMessage } from '../messaging/messenger.js';
import type { Database } from '../store/schema.js';
import type { TourDb } from './tour-tables.js';

export type SendDeps = Pick<Ports, 'messengers' | 'pacer'>;

/**
 * The identity a person's steps go to, by the rule every audience follows
 * (audiences/platform-choice.ts): the platform the person chose, else the one the journey
 * started on, else the one they used last, else DEFAULT_PLATFORM. Only platforms this server has
 * a messenger for count (a sign-in `directory` identity never does).
 */
export async function chatIdentityOf(
  db: TourDb,
  deps: Pick<Ports, 'messengers' | 'config'>,
  personId: string,
  journeyPlatform?: PlatformName,
): Promise<PlatformIdentity | undefined> {
  const rows = await db
    .selectFrom('identities')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .execute();
  const usable = rows
    .filter((r) => deps.messengers.get(r.platform as PlatformName))
    .map((r) => ({ platform: r.platform as PlatformName, row: r }));
  const torn = new Set(usable.map((c) => c.platform)).size > 1;
  const leanings = torn
    ? ((await leaningsOf(db as unknown as Kysely<Database>, [personId])).get(personId) ?? {})
    : {};
  const chosen = choosePlatform(
    usable,
    { preferred: leanings.preferred, lastUsed: journeyPlatform ?? leanings.lastUsed },
    deps.config.directory?.defaultPlatform ?? 'teams',
  );
  const row = chosen?.row;
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
