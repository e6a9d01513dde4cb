/**
 * A person's reach on each platform, with the reason, from the same facts the audiences resolve
 * with (audiences/resolve-audience.ts), so what the console says is what a send does:
 * - a chat identity on the platform: reachable (Slack: a synced member gets a DM through
 *   conversations.open with no first contact), unless the platform refused a delivery (blocked);
 * - Teams, an Entra account only: reachable once the app is installed (chat saved or 201/409),
 *   else the install's failure with Graph's reason, else pending its install (install on) or not
 *   installed (install off);
 * - no account on that platform; deactivated when the person left.
 * And the platform a broadcast reaches them on (platform-choice.ts).
 */
import type { Kysely } from 'kysely';
import { CHAT_PLATFORMS, choosePlatform, leaningsOf } from '../audiences/platform-choice.js';
import { type Locale, translate } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import type { Database } from '../store/schema.js';
import type { DirectoryDb } from './directory-tables.js';

export type ReachStatus = 'reachable' | 'pending' | 'unreachable';

export interface PlatformReach {
  platform: PlatformName;
  status: ReachStatus;
  /** a stable code, then the platform's own words when it gave some (install_refused: 403 …) */
  reason: string;
  /** the reason in the reader's language */
  message: string;
  /** when the recorded outcome was recorded; null when derived from the accounts */
  updatedAt: string | null;
}

export interface PersonReachView {
  /** the platform their one copy of a broadcast goes to; null when none */
  deliversOn: PlatformName | null;
  preferredPlatform: PlatformName | null;
  reach: PlatformReach[];
}

export interface ReachOptions {
  teamsInstall: boolean;
  defaultPlatform: PlatformName;
  /** platforms this server has a messenger for */
  usable: (platform: PlatformName) => boolean;
}

/** The view of one person; undefined when there is no such person. */
export async function reachOfPerson(
  db: DirectoryDb,
  personId: string,
  options: ReachOptions,
  locale: Locale,
): Promise<PersonReachView | undefined> {
  const person = await db
    .selectFrom('people')
    .select(['id', 'active'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) return undefined;
  const reached = (await reachOfPeople(db, [person], options)).get(person.id)!;
  const reach = reached.map((r) => ({ ...r, message: reasonMessage(locale, r.reason) }));

  // a recorded install failure is retried at the next sync, not by a send: not a candidate now
  const candidates = reach
    .filter((r) => r.status === 'reachable' || (r.status === 'pending' && options.teamsInstall))
    .filter((r) => options.usable(r.platform))
    .map((r) => ({ platform: r.platform, pending: r.status === 'pending' }));
  const leanings =
    candidates.length > 1
      ? ((await leaningsOf(db as unknown as Kysely<Database>, [personId])).get(personId) ?? {})
      : {};
  const preferred = await db
    .selectFrom('preferred_platforms')
    .select('platform')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  const chosen = choosePlatform(candidates, leanings, options.defaultPlatform);
  return {
    deliversOn: chosen?.platform ?? null,
    preferredPlatform: (preferred?.platform as PlatformName | undefined) ?? null,
    reach,
  };
}

type Reach = Omit<PlatformReach, 'message'>;

/** Each person's reach on every chat platform, in a few statements for the whole page of people. */
export async function reachOfPeople(
  db: DirectoryDb,
  people: readonly { id: string; active: number }[],
  options: Pick<ReachOptions, 'teamsInstall'>,
): Promise<Map<string, Reach[]>> {
  const ids = people.map((p) => p.id);
  const out = new Map<string, Reach[]>();
  if (ids.length === 0) return out;
  const [identities, recorded, chats] = await Promise.all([
    db
      .selectFrom('identities')
      .select(['person_id', 'platform', 'aad_object_id'])
      .where('person_id', 'in', ids)
      .execute(),
    db.selectFrom('person_reach').selectAll().where('person_id', 'in', ids).execute(),
    db
      .selectFrom('conversations')
      .select('person_id')
      .where('platform', '=', 'teams')
      .where('kind', '=', 'personal')
      .where('person_id', 'in', ids)
      .execute(),
  ]);
  const chatSaved = new Set(chats.map((c) => c.person_id));
  const byPerson = <T extends { person_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.person_id, [...(map.get(row.person_id) ?? []), row]);
    return map;
  };
  const identitiesOf = byPerson(identities);
  const recordedOf = byPerson(recorded);
  const spokeSince = await spokeAfterBlocking(db, recorded);
  for (const person of people) {
    const own = identitiesOf.get(person.id) ?? [];
    const has = (platform: string) => own.some((i) => i.platform === platform);
    const entra = own.some((i) => i.platform === 'directory' && i.aad_object_id !== null);
    const one = (platform: PlatformName): Reach => {
      const row = recordedOf.get(person.id)?.find((r) => r.platform === platform);
      const at = row?.updated_at ?? null;
      if (!Number(person.active))
        return { platform, status: 'unreachable', reason: 'deactivated', updatedAt: null };
      if (has(platform)) {
        if (isBlocked(row) && !spokeSince.has(`${person.id}:${platform}`))
          return { platform, status: 'unreachable', reason: row!.reason, updatedAt: at };
        return {
          platform,
          status: 'reachable',
          reason: platform === 'slack' ? 'dm' : 'met',
          updatedAt: null,
        };
      }
      if (platform === 'teams' && entra) {
        if (chatSaved.has(person.id))
          return { platform, status: 'reachable', reason: row?.reason ?? 'installed', updatedAt: at };
        if (row) return { platform, status: row.status as ReachStatus, reason: row.reason, updatedAt: at };
        return options.teamsInstall
          ? { platform, status: 'pending', reason: 'install_pending', updatedAt: null }
          : { platform, status: 'unreachable', reason: 'not_installed', updatedAt: null };
      }
      return { platform, status: 'unreachable', reason: 'no_account', updatedAt: null };
    };
    out.set(person.id, CHAT_PLATFORMS.map(one));
  }
  return out;
}

const isBlocked = (row: { status: string; reason: string } | undefined) =>
  row?.status === 'unreachable' && row.reason.startsWith('blocked');

/**
 * Blocked people who used the bot on that platform since (their latest event is later): they
 * unblocked it, so the refusal no longer holds. Keys `<person>:<platform>`.
 */
async function spokeAfterBlocking(
  db: DirectoryDb,
  recorded: { person_id: string; platform: string; status: string; reason: string; updated_at: string }[],
): Promise<Set<string>> {
  const blocked = recorded.filter(isBlocked);
  const out = new Set<string>();
  if (blocked.length === 0) return out;
  const latest = await db
    .selectFrom('events')
    .select(['person_id', 'platform'])
    .select((eb) => eb.fn.max('at').as('at'))
    .where(
      'person_id',
      'in',
      blocked.map((b) => b.person_id),
    )
    .where('platform', 'in', [...CHAT_PLATFORMS])
    .groupBy(['person_id', 'platform'])
    .execute();
  for (const b of blocked) {
    const seen = latest.find((l) => l.person_id === b.person_id && l.platform === b.platform);
    if (seen && String(seen.at) > b.updated_at) out.add(`${b.person_id}:${b.platform}`);
  }
  return out;
}

export interface ReachSummary {
  people: number;
  /** reachable on at least one platform */
  reachable: number;
  /** active people reachable nowhere, and why (the reason codes of their platforms) */
  neither: number;
  platforms: {
    platform: PlatformName;
    reachable: number;
    pending: number;
    unreachable: number;
    /** people per reason code (install_refused, no_account…) */
    reasons: Record<string, number>;
  }[];
}

/** Counts over every active person, a page at a time (the same rules as one person's view). */
export async function reachSummary(
  db: DirectoryDb,
  options: Pick<ReachOptions, 'teamsInstall'>,
): Promise<ReachSummary> {
  const summary: ReachSummary = {
    people: 0,
    reachable: 0,
    neither: 0,
    platforms: CHAT_PLATFORMS.map((platform) => ({
      platform,
      reachable: 0,
      pending: 0,
      unreachable: 0,
      reasons: {},
    })),
  };
  let after = '';
  for (;;) {
    const page = await db
      .selectFrom('people')
      .select(['id', 'active'])
      .where('active', '=', 1)
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    const reach = await reachOfPeople(db, page, options);
    for (const person of page) {
      const mine = reach.get(person.id)!;
      summary.people += 1;
      if (mine.some((r) => r.status === 'reachable')) summary.reachable += 1;
      else if (!mine.some((r) => r.status === 'pending')) summary.neither += 1;
      mine.forEach((r, i) => {
        const counts = summary.platforms[i]!;
        counts[r.status] += 1;
        const code = reasonCode(r.reason);
        counts.reasons[code] = (counts.reasons[code] ?? 0) + 1;
      });
    }
    if (page.length < 1000) break;
  }
  return summary;
}

const reasonCode = (reason: string) => reason.split(/[:;]/)[0]!.trim();

const CODES = [
  'met',
  'dm',
  'installed',
  'already_installed',
  'install_pending',
  'not_installed',
  'install_refused',
  'not_found',
  'install_failed',
  'blocked',
  'deactivated',
  'no_account',
] as const;

/** The reason's code (what precedes the first ':' or ';') in the reader's language. */
export function reasonMessage(locale: Locale, reason: string): string {
  const code = reasonCode(reason);
  const known = (CODES as readonly string[]).includes(code) ? code : 'install_failed';
  const detail = reason.slice(code.length).replace(/^[:;]\s*/, '');
  const text = translate(locale, `directory.reach.${known as (typeof CODES)[number]}`);
  return detail && known !== 'met' && known !== 'dm' ? `${text} (${detail})` : text;
}
