/**
 * Where a person gets their one copy. A person may have accounts on Teams and on Slack (and a
 * directory account the Teams install can turn into a Teams reach): every audience kind (a news
 * item, a poll or survey sent 1:1, a tour step, a reminder) sends them one copy, on
 *   1. the platform they chose (preferred_platforms, set by the person or an admin), else
 *   2. the platform they used last (their latest event on a chat platform), else
 *   3. DEFAULT_PLATFORM,
 * among the platforms they can be reached on now; an account still waiting for its Teams install
 * ('pending') comes after every ready one unless it is their choice.
 */
import type { Kysely } from 'kysely';
import type { PlatformName } from '../messaging/messenger.js';
import type { Database } from '../store/schema.js';

export const CHAT_PLATFORMS: readonly PlatformName[] = ['teams', 'slack'];

export interface PlatformCandidate {
  platform: PlatformName;
  /** true: reachable only once the Teams app is installed for them (proactive install) */
  pending?: boolean;
}

export interface PlatformLeanings {
  preferred?: PlatformName;
  lastUsed?: PlatformName;
}

/** The one candidate a person's copy goes to; undefined when they have none. */
export function choosePlatform<T extends PlatformCandidate>(
  candidates: readonly T[],
  leanings: PlatformLeanings,
  defaultPlatform: PlatformName,
): T | undefined {
  if (candidates.length <= 1) return candidates[0];
  const on = (platform: PlatformName | undefined, ready: boolean) =>
    platform && candidates.find((c) => c.platform === platform && (!ready || !c.pending));
  return (
    on(leanings.preferred, false) ||
    on(leanings.lastUsed, true) ||
    on(defaultPlatform, true) ||
    candidates.find((c) => !c.pending) ||
    candidates[0]
  );
}

const isChatPlatform = (p: string | null | undefined): p is PlatformName => p === 'teams' || p === 'slack';

/**
 * Preferences and last-used platforms of these people. Only people with a choice to make should
 * be asked (two platforms or more): the last-used lookup reads their events.
 */
export async function leaningsOf(
  db: Kysely<Database>,
  personIds: readonly string[],
): Promise<Map<string, PlatformLeanings>> {
  const out = new Map<string, PlatformLeanings>();
  if (personIds.length === 0) return out;
  const ids = [...personIds];
  const chosen = await db
    .selectFrom('preferred_platforms')
    .select(['person_id', 'platform'])
    .where('person_id', 'in', ids)
    .execute();
  for (const row of chosen) {
    if (isChatPlatform(row.platform)) out.set(row.person_id, { preferred: row.platform });
  }
  const undecided = ids.filter((id) => !out.has(id));
  if (undecided.length === 0) return out;
  // latest event per person and platform, on the events_person (person_id, at) index
  const latest = await db
    .selectFrom('events')
    .select(['person_id', 'platform'])
    .select((eb) => eb.fn.max('at').as('at'))
    .where('person_id', 'in', undecided)
    .where('platform', 'in', [...CHAT_PLATFORMS])
    .groupBy(['person_id', 'platform'])
    .execute();
  const best = new Map<string, { platform: PlatformName; at: string }>();
  for (const row of latest) {
    if (!row.person_id || !isChatPlatform(row.platform)) continue;
    const at = String(row.at);
    const seen = best.get(row.person_id);
    if (!seen || at > seen.at) best.set(row.person_id, { platform: row.platform, at });
  }
  for (const [personId, { platform }] of best) out.set(personId, { lastUsed: platform });
  return out;
}

/** Sets (or with null, clears) a person's preferred platform. */
export async function setPreferredPlatform(
  db: Kysely<Database>,
  personId: string,
  platform: PlatformName | null,
  now: string,
): Promise<void> {
  if (platform === null) {
    await db.deleteFrom('preferred_platforms').where('person_id', '=', personId).execute();
    return;
  }
  await db
    .insertInto('preferred_platforms')
    .values({ person_id: personId, platform, updated_at: now })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ platform, updated_at: now }))
    .execute();
}

export async function preferredPlatformOf(
  db: Kysely<Database>,
  personId: string,
): Promise<PlatformName | null> {
  const row = await db
    .selectFrom('preferred_platforms')
    .select('platform')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return isChatPlatform(row?.platform) ? row.platform : null;
}
