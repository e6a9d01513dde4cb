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
import { type Kysely, sql } from 'kysely';
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
  const [identities, recorded, chats] = await Promise.all([
    db
      .selectFrom('identities')
      .select(['platform', 'aad_object_id'])
      .where('person_id', '=', personId)
      .execute(),
    db.selectFrom('person_reach').selectAll().where('person_id', '=', personId).execute(),
    db
      .selectFrom('conversations')
      .select(sql<number>`count(*)`.as('n'))
      .where('platform', '=', 'teams')
      .where('kind', '=', 'personal')
      .where('person_id', '=', personId)
      .executeTakeFirst(),
  ]);
  const has = (platform: string) => identities.some((i) => i.platform === platform);
  const entra = identities.some((i) => i.platform === 'directory' && i.aad_object_id !== null);
  const chatSaved = Number(chats?.n ?? 0) > 0;
  const recordedOn = (platform: string) => recorded.find((r) => r.platform === platform);

  const one = (platform: PlatformName): Omit<PlatformReach, 'message'> => {
    const row = recordedOn(platform);
    const at = row?.updated_at ?? null;
    if (!Number(person.active))
      return { platform, status: 'unreachable', reason: 'deactivated', updatedAt: null };
    if (has(platform)) {
      if (row?.status === 'unreachable' && row.reason.startsWith('blocked'))
        return { platform, status: 'unreachable', reason: row.reason, updatedAt: at };
      return { platform, status: 'reachable', reason: platform === 'slack' ? 'dm' : 'met', updatedAt: null };
    }
    if (platform === 'teams' && entra) {
      if (chatSaved)
        return { platform, status: 'reachable', reason: row?.reason ?? 'installed', updatedAt: at };
      if (row) return { platform, status: row.status as ReachStatus, reason: row.reason, updatedAt: at };
      return options.teamsInstall
        ? { platform, status: 'pending', reason: 'install_pending', updatedAt: null }
        : { platform, status: 'unreachable', reason: 'not_installed', updatedAt: null };
    }
    return { platform, status: 'unreachable', reason: 'no_account', updatedAt: null };
  };
  const reach = CHAT_PLATFORMS.map((platform) => {
    const r = one(platform);
    return { ...r, message: reasonMessage(locale, r.reason) };
  });

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
  const code = reason.split(/[:;]/)[0]!.trim();
  const known = (CODES as readonly string[]).includes(code) ? code : 'install_failed';
  const detail = reason.slice(code.length).replace(/^[:;]\s*/, '');
  const text = translate(locale, `directory.reach.${known as (typeof CODES)[number]}`);
  return detail && known !== 'met' && known !== 'dm' ? `${text} (${detail})` : text;
}
