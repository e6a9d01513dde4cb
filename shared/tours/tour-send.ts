/**
 * The one place tours reach a person in chat: which of their identities (their chosen platform,
 * else the one the journey started on, else the one used last; one card per step, so Next and
 * Back refresh a single message), and the paced send itself. Someone known only from the
 * directory (an Entra account, never met on Teams) is a Teams recipient once the proactive
 * install is on or their chat was saved, as in every audience (audiences/resolve-audience.ts):
 * their step installs the app first, inside its pacer slot, as a broadcast's delivery does.
 */

import type { Kysely } from 'kysely';
import { choosePlatform, leaningsOf, type PlatformCandidate } from '../audiences/platform-choice.js';
import type { Ports } from '../capability/ports.js';
import type { Card } from '../cards/model.js';
import { paced } from '../delivery/paced-send.js';
import type { Locale } from '../i18n/i18n.js';
import type { PlatformIdentity, PlatformName, SentMessage } from '../messaging/messenger.js';
import type { Database } from '../store/schema.js';
import type { TourDb } from './tour-tables.js';

export type SendDeps = Pick<Ports, 'messengers' | 'pacer'> & Partial<Pick<Ports, 'delivery'>>;

type IdentityRow = {
  platform: string;
  tenant_id: string;
  user_id: string;
  aad_object_id: string | null;
};
type Candidate = PlatformCandidate & { identity: PlatformIdentity };

/**
 * The identity a person's steps go to, by the rule every audience follows
 * (audiences/platform-choice.ts): the platform the person chose, else the one the journey
 * started on, else the one they used last, else DEFAULT_PLATFORM. Only platforms this server has
 * a messenger for count; a `directory` identity counts as a Teams one waiting for its install
 * (its user id is the AAD object id: `sendToPerson` installs first).
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
  const usable: Candidate[] = rows
    .filter((r) => deps.messengers.get(r.platform as PlatformName))
    .map((r) => ({ platform: r.platform as PlatformName, identity: identityOf(r) }));
  const entra = await entraCandidate(db, deps, personId, rows, usable);
  if (entra) usable.push(entra);
  const torn = new Set(usable.map((c) => c.platform)).size > 1;
  const leanings = torn
    ? ((await leaningsOf(db as unknown as Kysely<Database>, [personId])).get(personId) ?? {})
    : {};
  const chosen = choosePlatform(
    usable,
    { preferred: leanings.preferred, lastUsed: journeyPlatform ?? leanings.lastUsed },
    deps.config.directory?.defaultPlatform ?? 'teams',
  );
  return chosen?.identity;
}

/** Their Entra account as a Teams recipient: not met on Teams, and installable or installed. */
async function entraCandidate(
  db: TourDb,
  deps: Pick<Ports, 'messengers' | 'config'>,
  personId: string,
  rows: IdentityRow[],
  usable: Candidate[],
): Promise<Candidate | undefined> {
  const entra = rows.find((r) => r.platform === 'directory' && r.aad_object_id);
  if (!entra?.aad_object_id || !deps.messengers.get('teams') || usable.some((c) => c.platform === 'teams'))
    return undefined;
  const saved = await db
    .selectFrom('conversations')
    .select('conversation_id')
    .where('platform', '=', 'teams')
    .where('kind', '=', 'personal')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!saved && !deps.config.directory?.proactiveInstall) return undefined;
  const aad = entra.aad_object_id;
  return {
    platform: 'teams',
    pending: !saved,
    identity: { platform: 'teams', tenantId: entra.tenant_id, userId: aad, aadObjectId: aad },
  };
}

const identityOf = (row: IdentityRow): PlatformIdentity => ({
  platform: row.platform as PlatformName,
  tenantId: row.tenant_id,
  userId: row.user_id,
  ...(row.aad_object_id ? { aadObjectId: row.aad_object_id } : {}),
});

/** An identity from a directory account: a Teams user the bot met has a 29:… id, never a bare object id. */
const isNotMetYet = (identity: PlatformIdentity): boolean =>
  identity.aadObjectId !== undefined && identity.userId === identity.aadObjectId;

/**
 * Sends one card 1:1 under the tenant/workspace budget; throws DeliveryError like Messenger.send.
 * Someone not met yet is reached first (the Teams install, in its own Graph budget) once the
 * slot is granted; DeliveryError('unreachable') with the recorded reason when that fails.
 */
export const sendToPerson = (
  deps: SendDeps,
  personId: string,
  identity: PlatformIdentity,
  content: Card,
  locale: Locale,
): Promise<SentMessage> =>
  paced(deps, identity.platform, identity.tenantId, async (messenger) => {
    const reach = deps.delivery?.reachFor(identity.platform);
    if (reach && isNotMetYet(identity)) await reach.first(personId, identity.aadObjectId!);
    return messenger.send({ kind: 'person', personId, identity }, content, { locale });
  });
