/**
 * What every send to an audience goes through before it is accepted, so an audience cannot
 * surprise its author: "everyone" with anything else is ambiguous (which one was meant?); a
 * department, site, person or group Relais does not hold is refused by name (a typo would
 * otherwise reach nobody, silently); an audience that reaches nobody is refused unless the send
 * says it may (a scheduled item whose people arrive later).
 */
import { sql } from 'kysely';
import type { ErrorText, FieldProblem } from '../errors/errors.js';
import { AppError } from '../errors/errors.js';
import type { Store } from '../store/store.js';
import type { Audience } from './audience.js';
import type { AudienceGroups } from './audience-groups.js';
import { resolveAudience } from './resolve-audience.js';

/** names per query: a pasted list of 100,000 people never binds more than this at once */
const CHUNK = 500;
/** names quoted in one message; the details carry at most this many too */
const MAX_NAMED = 20;

export interface AudienceCheckOptions {
  /** the send may reach nobody now (a scheduled item that says so) */
  allowEmpty?: boolean;
  /** where the audience sits in the request body, for the field paths of the details */
  field?: string;
  /** who is in which group (the audienceGroups port); without it any named group is unknown */
  groups?: AudienceGroups;
}

/** Throws audience_ambiguous, audience_unknown or audience_empty; resolves when the audience is sound. */
export async function checkAudience(
  store: Pick<Store, 'db'>,
  audience: Audience,
  options: AudienceCheckOptions = {},
): Promise<void> {
  const field = options.field ?? 'audience';
  assertNotAmbiguous(audience, field);
  await assertKnown(
    store,
    {
      departments: audience.departments,
      sites: audience.sites,
      people: audience.people,
      groups: audience.groups,
    },
    field,
    false,
    options.groups,
  );
  if (!options.allowEmpty && !(await reachesSomebody(store, audience, options.groups))) {
    throw new AppError(
      'audience_empty',
      'this audience reaches nobody',
      [{ field, message: 'reaches nobody' }],
      {
        key: 'audience.error.empty',
      },
    );
  }
}

export function assertNotAmbiguous(audience: Audience, field = 'audience'): void {
  if (!audience.everyone) return;
  const others = (['departments', 'sites', 'roles', 'people', 'groups', 'channels'] as const).filter(
    (k) => audience[k].length > 0,
  );
  if (others.length === 0) return;
  throw new AppError(
    'audience_ambiguous',
    `"everyone" cannot be combined with ${others.join(', ')}`,
    others.map((k) => ({ field: `${field}.${k}`, message: 'cannot be combined with everyone' })),
    { key: 'audience.error.ambiguous' },
  );
}

interface Named {
  departments?: readonly string[];
  sites?: readonly string[];
  people?: readonly string[];
  groups?: readonly string[];
}

/** Throws audience_unknown naming the departments, sites and people no active person matches. */
export async function assertKnown(
  store: Pick<Store, 'db'>,
  named: Named,
  field = 'audience',
  /** tours match departments and sites whatever their case */
  anyCase = false,
  groups?: AudienceGroups,
): Promise<void> {
  const problems: FieldProblem[] = [];
  const names: string[] = [];
  const add = (path: string, kind: 'department' | 'site' | 'person' | 'group', name: string) => {
    names.push(name);
    const text: ErrorText = { key: `audience.error.unknown_${kind}`, params: { name } };
    problems.push({ field: path, message: `unknown ${kind} ${name}`, text });
  };
  for (const [column, kind] of [
    ['departments', 'department'],
    ['sites', 'site'],
  ] as const) {
    const fold = (name: string) => (anyCase ? name.toLowerCase() : name);
    const wanted = [...new Set((named[column] ?? []).map(fold))];
    const known = await knownValues(store, column === 'departments' ? 'department' : 'site', wanted, anyCase);
    (named[column] ?? []).forEach((name, i) => {
      if (!known.has(fold(name)) && names.length < MAX_NAMED) add(`${field}.${column}.${i}`, kind, name);
    });
  }
  const people = named.people ?? [];
  for (let i = 0; i < people.length && names.length < MAX_NAMED; i += CHUNK) {
    const slice = people.slice(i, i + CHUNK).map((p) => p.trim());
    const known = await knownPeople(store, slice);
    slice.forEach((ref, j) => {
      const key = ref.includes('@') ? ref.toLowerCase() : ref;
      if (!known.has(key) && names.length < MAX_NAMED) add(`${field}.people.${i + j}`, 'person', ref);
    });
  }
  const namedGroups = named.groups ?? [];
  if (namedGroups.length > 0) {
    const known = groups ? await groups.known(namedGroups.slice(0, CHUNK)) : new Set<string>();
    namedGroups.forEach((id, i) => {
      if (!known.has(id) && names.length < MAX_NAMED) add(`${field}.groups.${i}`, 'group', id);
    });
  }
  if (problems.length === 0) return;
  throw new AppError('audience_unknown', `not in the directory: ${names.join(', ')}`, problems, {
    key: 'audience.error.unknown',
    params: { names: names.join(', ') },
  });
}

/** The values of `column` among `wanted` that an active person holds (lower-cased with anyCase). */
async function knownValues(
  store: Pick<Store, 'db'>,
  column: 'department' | 'site',
  wanted: string[],
  anyCase: boolean,
): Promise<Set<string>> {
  const known = new Set<string>();
  const value = anyCase ? sql<string>`lower(${sql.ref(column)})` : sql<string>`${sql.ref(column)}`;
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const rows = await store.db
      .selectFrom('people')
      .select(value.as('value'))
      .distinct()
      .where('active', '=', 1)
      .where(value, 'in', wanted.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) if (row.value !== null) known.add(row.value);
  }
  return known;
}

/** The ids and lower-cased emails among `refs` that name an active person. */
async function knownPeople(store: Pick<Store, 'db'>, refs: string[]): Promise<Set<string>> {
  const ids = refs.filter((r) => r && !r.includes('@'));
  const emails = refs.filter((r) => r.includes('@')).map((r) => r.toLowerCase());
  if (ids.length + emails.length === 0) return new Set();
  const rows = await store.db
    .selectFrom('people')
    .select(['id', 'email'])
    .where('active', '=', 1)
    .where((eb) =>
      eb.or([
        ...(ids.length ? [eb('id', 'in', ids)] : []),
        ...(emails.length ? [eb('email', 'in', emails)] : []),
      ]),
    )
    .execute();
  const known = new Set<string>();
  for (const row of rows) {
    known.add(row.id);
    if (row.email) known.add(row.email);
  }
  return known;
}

/** Whether the audience yields at least one recipient (a person, reachable or not, or a channel). */
export async function reachesSomebody(
  store: Pick<Store, 'db'>,
  audience: Audience,
  groups?: AudienceGroups,
): Promise<boolean> {
  for await (const batch of resolveAudience(store, audience, { batchSize: 1, groups })) {
    if (batch.length > 0) return true;
  }
  return false;
}

/**
 * A tour's audience (future newcomers, so it may reach nobody today): "every new person" limited
 * to departments or sites is ambiguous; departments and sites must be in the directory.
 */
export async function checkTourAudience(
  store: Pick<Store, 'db'>,
  audience: { who: string; departments: string[]; sites: string[] },
): Promise<void> {
  if (audience.who === 'everyone' && audience.departments.length + audience.sites.length > 0) {
    throw new AppError(
      'audience_ambiguous',
      '"everyone" tours cannot be limited to departments or sites',
      [{ field: 'audience.who', message: 'cannot be combined with departments or sites' }],
      { key: 'audience.error.tour_ambiguous' },
    );
  }
  await assertKnown(store, { departments: audience.departments, sites: audience.sites }, 'audience', true);
}
