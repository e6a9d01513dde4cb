/**
 * Audiences resolved into recipients, in batches so 100,000 people never sit in memory at once:
 * active people only; guests only when named explicitly, in a named group or with includeGuests;
 * a group's members come from the groups hook (audience-groups.ts); explicit entries
 * are person ids or emails; one recipient per person, on the one platform platform-choice.ts
 * picks (a person on Teams and Slack gets one copy); a person with no chat account is still a
 * recipient, without identity (recorded unreachable, 'no chat account'); channels are conversation recipients. `matchesAudience`
 * answers the same question for one person (feeds, guards).
 *
 * Two kinds of SQL pages: people matched by the group criteria (everyone, departments, sites,
 * roles) in keyset pages by id, then the explicit list in chunks, minus whoever the group
 * criteria already matched — so nobody comes out twice and no query binds more than a chunk.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { type Locale, toLocale } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import type { Database, PersonRow } from '../store/schema.js';
import type { Store } from '../store/store.js';
import type { Audience } from './audience.js';
import type { AudienceGroups } from './audience-groups.js';
import { choosePlatform, leaningsOf, type PlatformCandidate } from './platform-choice.js';

export interface PersonRecipient {
  kind: 'person';
  personId: string;
  /** the person's own locale, else undefined (the caller applies DEFAULT_LOCALE) */
  locale: Locale | undefined;
  /** undefined: the person has no chat account */
  identity?: { platform: PlatformName; tenantId: string; userId: string; aadObjectId?: string };
}

export type Recipient =
  | PersonRecipient
  | {
      kind: 'channel';
      platform: PlatformName;
      tenantId: string;
      conversationId: string;
      name?: string;
    };

export interface ResolveOptions {
  /** people per batch, default 1000 (a batch yields one recipient per person) */
  batchSize?: number;
  /** DEFAULT_PLATFORM: where a person on several platforms with no preference and no history goes */
  defaultPlatform?: PlatformName;
  /** TEAMS_PROACTIVE_INSTALL: an Entra account not yet met on Teams is a Teams recipient, installed first */
  teamsInstall?: boolean;
  /** platforms this server can send on (a messenger is configured): preferred over the others */
  usable?: (platform: PlatformName) => boolean;
  /** who is in which group; without it a named group reaches nobody */
  groups?: AudienceGroups;
}

/** identities that cannot receive a message (tab sign-in accounts) */
const NOT_CHAT_PLATFORMS = ['directory'];

type PeopleEb = ExpressionBuilder<Database, 'people'>;

/**
 * The group criteria (not the explicit list), guests excluded unless includeGuests — but a named
 * group reaches its guests; undefined when none.
 */
function groupCriteria(
  eb: PeopleEb,
  audience: Audience,
  groups: AudienceGroups | undefined,
): Expression<SqlBool> | undefined {
  const criteria = organisationCriteria(eb, audience);
  if (audience.groups.length === 0) return criteria;
  const named = groups ? groups.members(eb, audience.groups) : sql<SqlBool>`1 = 0`;
  return criteria ? eb.or([criteria, named]) : named;
}

function organisationCriteria(eb: PeopleEb, audience: Audience): Expression<SqlBool> | undefined {
  const any: Expression<SqlBool>[] = [];
  if (audience.everyone) any.push(sql<SqlBool>`1 = 1`);
  // `is not null` first: NOT(null IN (…)) is null, which would drop a named person without a
  // department or site from the explicit list below
  if (audience.departments.length) {
    any.push(eb.and([eb('department', 'is not', null), eb('department', 'in', audience.departments)]));
  }
  if (audience.sites.length) {
    any.push(eb.and([eb('site', 'is not', null), eb('site', 'in', audience.sites)]));
  }
  if (audience.roles.length) {
    any.push(
      eb(
        'id',
        'in',
        eb.selectFrom('roles').select('roles.person_id').where('roles.role', 'in', audience.roles),
      ),
    );
  }
  if (any.length === 0) return undefined;
  const matched = eb.or(any);
  return audience.includeGuests ? matched : eb.and([eb('kind', '=', 'member'), matched]);
}

export async function* resolveAudience(
  store: Pick<Store, 'db'>,
  audience: Audience,
  options: ResolveOptions = {},
): AsyncGenerator<Recipient[]> {
  const { db } = store;
  const batchSize = options.batchSize ?? 1_000;

  if (audience.channels.length > 0) {
    yield audience.channels.map((c) => ({
      kind: 'channel' as const,
      platform: c.platform,
      tenantId: c.tenantId,
      conversationId: c.conversationId,
      ...(c.name ? { name: c.name } : {}),
    }));
  }

  const hasCriteria =
    audience.everyone ||
    audience.departments.length + audience.sites.length + audience.roles.length + audience.groups.length > 0;
  if (hasCriteria) {
    let after = '';
    for (;;) {
      const rows = await db
        .selectFrom('people')
        .selectAll()
        .where('active', '=', 1)
        .where('id', '>', after)
        .where((eb) => groupCriteria(eb, audience, options.groups)!)
        .orderBy('id')
        .limit(batchSize)
        .execute();
      if (rows.length > 0) yield await withIdentities(store, rows, options);
      if (rows.length < batchSize) break;
      after = rows[rows.length - 1]!.id;
    }
  }

  // explicit people: ids or emails, guests included; whoever the criteria matched is already out
  const seen = new Set<string>();
  const entries = [...new Set(audience.people.map((p) => p.trim()).filter(Boolean))];
  const chunk = Math.min(batchSize, 500);
  for (let i = 0; i < entries.length; i += chunk) {
    const slice = entries.slice(i, i + chunk);
    const emails = slice.filter((e) => e.includes('@')).map((e) => e.toLowerCase());
    const ids = slice.filter((e) => !e.includes('@'));
    const rows = await db
      .selectFrom('people')
      .selectAll()
      .where('active', '=', 1)
      .where((eb) => {
        const named = eb.or([
          ...(ids.length ? [eb('id', 'in', ids)] : []),
          ...(emails.length ? [eb('email', 'in', emails)] : []),
        ]);
        const matched = hasCriteria ? groupCriteria(eb, audience, options.groups) : undefined;
        return matched ? eb.and([named, eb.not(matched)]) : named;
      })
      .execute();
    const fresh = rows.filter((r) => !seen.has(r.id));
    for (const r of fresh) seen.add(r.id);
    if (fresh.length > 0) yield await withIdentities(store, fresh, options);
  }
}

type IdentityRow = {
  person_id: string;
  platform: string;
  tenant_id: string;
  user_id: string;
  aad_object_id: string | null;
};
type Candidate = PlatformCandidate & { identity: NonNullable<PersonRecipient['identity']> };

/**
 * One recipient per person: on the platform platform-choice.ts picks among their chat accounts,
 * or without identity when they have none (recorded unreachable, 'no chat account'). An Entra
 * account (a `directory` identity) of someone the bot never met on Teams counts as a Teams
 * account once their 1:1 chat is saved (the proactive install found it), or, with the install
 * on, as one pending its install: its user id is then the AAD object id, which the send worker
 * reads as "install first".
 */
async function withIdentities(
  store: Pick<Store, 'db'>,
  rows: PersonRow[],
  options: ResolveOptions,
): Promise<Recipient[]> {
  const personIds = rows.map((r) => r.id);
  const identities = await store.db
    .selectFrom('identities')
    .select(['person_id', 'platform', 'tenant_id', 'user_id', 'aad_object_id'])
    .where('person_id', 'in', personIds)
    .orderBy('person_id')
    .orderBy('platform')
    .orderBy('tenant_id')
    .execute();
  const byPerson = new Map<string, IdentityRow[]>();
  for (const identity of identities) {
    const list = byPerson.get(identity.person_id) ?? [];
    list.push(identity);
    byPerson.set(identity.person_id, list);
  }
  const directoryOnly = personIds.filter((id) => {
    const own = byPerson.get(id) ?? [];
    return own.some(isEntraAccount) && !own.some((i) => i.platform === 'teams');
  });
  const chatSaved = new Set<string>();
  if (directoryOnly.length > 0) {
    const saved = await store.db
      .selectFrom('conversations')
      .select('person_id')
      .where('platform', '=', 'teams')
      .where('kind', '=', 'personal')
      .where('person_id', 'in', directoryOnly)
      .execute();
    for (const row of saved) if (row.person_id) chatSaved.add(row.person_id);
  }
  const candidatesOf = (personId: string): Candidate[] => {
    const own = byPerson.get(personId) ?? [];
    const chat: Candidate[] = own
      .filter((i) => !NOT_CHAT_PLATFORMS.includes(i.platform))
      .map((i) => ({ platform: i.platform as PlatformName, identity: identityOf(i) }));
    const entra = own.find(isEntraAccount);
    const installable = chatSaved.has(personId) || options.teamsInstall === true;
    if (entra?.aad_object_id && !chat.some((c) => c.platform === 'teams') && installable) {
      chat.push({
        platform: 'teams',
        pending: !chatSaved.has(personId),
        identity: {
          platform: 'teams',
          tenantId: entra.tenant_id,
          userId: entra.aad_object_id,
          aadObjectId: entra.aad_object_id,
        },
      });
    }
    const usable = options.usable ? chat.filter((c) => options.usable!(c.platform)) : chat;
    return usable.length > 0 ? usable : chat;
  };
  const candidates = new Map(personIds.map((id) => [id, candidatesOf(id)]));
  const torn = personIds.filter((id) => new Set(candidates.get(id)!.map((c) => c.platform)).size > 1);
  const leanings = await leaningsOf(store.db, torn);
  const recipients: Recipient[] = [];
  for (const row of rows) {
    const locale = toLocale(row.locale);
    const chosen = choosePlatform(
      candidates.get(row.id)!,
      leanings.get(row.id) ?? {},
      options.defaultPlatform ?? 'teams',
    );
    recipients.push({
      kind: 'person',
      personId: row.id,
      locale,
      ...(chosen ? { identity: chosen.identity } : {}),
    });
  }
  return recipients;
}

const isEntraAccount = (i: IdentityRow) => i.platform === 'directory' && i.aad_object_id !== null;

const identityOf = (i: IdentityRow): NonNullable<PersonRecipient['identity']> => ({
  platform: i.platform as PlatformName,
  tenantId: i.tenant_id,
  userId: i.user_id,
  ...(i.aad_object_id ? { aadObjectId: i.aad_object_id } : {}),
});

/**
 * Whether one person is in the audience (same rules as resolveAudience; channels reach nobody
 * 1:1); `personGroups` are the groups the person is in (AudienceGroups.groupsOf).
 */
export function matchesAudience(
  person: Person,
  audience: Audience,
  personGroups: readonly string[] = [],
): boolean {
  if (!person.active) return false;
  if (audience.groups.some((g) => personGroups.includes(g))) return true;
  const named = audience.people.some((entry) => {
    const e = entry.trim();
    return e === person.id || (e.includes('@') && person.email !== null && e.toLowerCase() === person.email);
  });
  if (named) return true;
  if (person.kind !== 'member' && !audience.includeGuests) return false;
  return (
    audience.everyone ||
    (person.department !== null && audience.departments.includes(person.department)) ||
    (person.site !== null && audience.sites.includes(person.site)) ||
    person.roles.some((g) => audience.roles.includes(g.role))
  );
}
