/**
 * The roster: who is an ambassador, of which departments and sites, sponsored by whom, and in
 * which state. Named by an admin (console, REST, import column `roles` = ambassador), or
 * nominated in chat (oneself or a colleague) and approved with one click by an admin. State
 * changes are conditional updates, so a double click approves once. A guest is never made an
 * ambassador of members, only of their own guest groups (group-scope.ts).
 */
import { type Principal, requireRole } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import { translator } from '../i18n/i18n.js';
import type { Person } from '../people/person.js';
import { nowIso } from '../store/store.js';
import { approvalCard } from './ambassador-cards.js';
import type { AmbassadorContext } from './ambassador-context.js';
import type {
  Ambassador,
  AmbassadorInput,
  AmbassadorPatch,
  AmbassadorScope,
  AmbassadorSource,
  AmbassadorStatus,
} from './ambassador-model.js';
import { ambassadorInputSchema } from './ambassador-model.js';
import { sendToPerson } from './ambassador-send.js';
import { checkScope, ownScope } from './group-scope.js';

const notFound = () =>
  new AppError('not_found', 'no such ambassador', undefined, { key: 'ambassador.error.not_found' });
const noScope = () =>
  new AppError('bad_request', 'an ambassador needs a department, a site or a group', undefined, {
    key: 'ambassador.error.no_scope',
  });

/** The ambassadors with their person and scope, filtered by `where` on the roster. */
export async function loadAmbassadors(
  ctx: AmbassadorContext,
  filter: { personIds?: string[]; status?: AmbassadorStatus } = {},
): Promise<Ambassador[]> {
  let query = ctx.db
    .selectFrom('ambassadors')
    .innerJoin('people', 'people.id', 'ambassadors.person_id')
    .select([
      'ambassadors.person_id',
      'ambassadors.status',
      'ambassadors.sponsors',
      'ambassadors.source',
      'ambassadors.nominated_by',
      'ambassadors.approved_by',
      'ambassadors.leaderboard_opt_out',
      'ambassadors.created_at',
      'ambassadors.updated_at',
      'people.display_name',
      'people.email',
      'people.department',
      'people.site',
    ])
    .orderBy('people.display_name')
    .orderBy('ambassadors.person_id');
  if (filter.personIds) {
    if (filter.personIds.length === 0) return [];
    query = query.where('ambassadors.person_id', 'in', filter.personIds);
  }
  if (filter.status) query = query.where('ambassadors.status', '=', filter.status);
  const rows = await query.execute();
  const scopes = new Map<string, AmbassadorScope>();
  const ids = rows.map((r) => r.person_id);
  for (let i = 0; i < ids.length; i += 500) {
    const part = await ctx.db
      .selectFrom('ambassador_scopes')
      .selectAll()
      .where('person_id', 'in', ids.slice(i, i + 500))
      .orderBy('value')
      .execute();
    for (const s of part) {
      const scope = scopes.get(s.person_id) ?? { departments: [], sites: [], groups: [] };
      const kinds = { department: scope.departments, site: scope.sites, group: scope.groups };
      kinds[s.kind as keyof typeof kinds]?.push(s.value);
      scopes.set(s.person_id, scope);
    }
  }
  return rows.map((r) => ({
    personId: r.person_id,
    displayName: r.display_name,
    email: r.email,
    department: r.department,
    site: r.site,
    status: r.status as AmbassadorStatus,
    scope: scopes.get(r.person_id) ?? { departments: [], sites: [], groups: [] },
    sponsors: JSON.parse(r.sponsors) as string[],
    source: r.source as AmbassadorSource,
    nominatedBy: r.nominated_by,
    approvedBy: r.approved_by,
    leaderboardOptOut: r.leaderboard_opt_out === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export async function getAmbassador(ctx: AmbassadorContext, personId: string): Promise<Ambassador> {
  const [found] = await loadAmbassadors(ctx, { personIds: [personId] });
  if (!found) throw notFound();
  return found;
}

async function replaceScope(ctx: AmbassadorContext, personId: string, scope: AmbassadorScope): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('ambassador_scopes').where('person_id', '=', personId).execute();
    const rows = [
      ...new Set(scope.departments.map((v) => `department\u0000${v}`)),
      ...new Set(scope.sites.map((v) => `site\u0000${v}`)),
      ...new Set(scope.groups.map((v) => `group\u0000${v}`)),
    ].map((key) => {
      const [kind, value] = key.split('\u0000') as [string, string];
      return { person_id: personId, kind, value };
    });
    // two replacements at once (a double click): the second's delete does not see the first's
    // fresh rows on PostgreSQL, so its insert finds them there; the same rows, nothing to add
    if (rows.length)
      await trx
        .insertInto('ambassador_scopes')
        .values(rows)
        .onConflict((oc) => oc.columns(['kind', 'value', 'person_id']).doNothing())
        .execute();
  });
}

async function candidate(ctx: AmbassadorContext, personId: string): Promise<Person> {
  const person = await ctx.people.get(personId);
  if (!person?.active) throw new AppError('not_found', 'no such person');
  return person;
}

const scopeSize = (scope: AmbassadorScope) =>
  scope.departments.length + scope.sites.length + scope.groups.length;

/** An admin names someone (console, REST, import): active at once, role granted. */
export async function nameAmbassador(
  ctx: AmbassadorContext,
  principal: Principal,
  raw: AmbassadorInput,
  source: AmbassadorSource = 'console',
): Promise<Ambassador> {
  requireRole(principal, 'admin');
  const input = ambassadorInputSchema.parse(raw);
  const person = await candidate(ctx, input.personId);
  // each part left out is the person's own (a guest's own scope is their groups, nothing else)
  const own = await ownScope(ctx, person);
  const scope = {
    departments: input.departments ?? own.departments,
    sites: input.sites ?? own.sites,
    groups: input.groups ?? (input.departments || input.sites ? [] : own.groups),
  };
  // a guest sees only what is addressed to their groups: never the relay of members' news
  await checkScope(ctx, person, scope);
  if (scopeSize(scope) === 0) throw noScope();
  const at = nowIso();
  const by = principal.kind === 'person' ? principal.person.id : null;
  // naming again (a second click, a re-import) changes the row but is no new nomination: the
  // events say what changed, so the adoption dashboard counts each ambassador once
  const created = await ctx.db
    .insertInto('ambassadors')
    .values({
      person_id: person.id,
      status: 'active',
      sponsors: JSON.stringify(input.sponsors),
      source,
      nominated_by: by,
      approved_by: by,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.column('person_id').doNothing())
    .returning('person_id')
    .executeTakeFirst();
  // a conditional update: of two concurrent namings of a nominated or paused ambassador, one approves
  const approved = created
    ? undefined
    : await ctx.db
        .updateTable('ambassadors')
        .set({ status: 'active', sponsors: JSON.stringify(input.sponsors), approved_by: by, updated_at: at })
        .where('person_id', '=', person.id)
        .where('status', '!=', 'active')
        .returning('person_id')
        .executeTakeFirst();
  if (!created && !approved)
    await ctx.db
      .updateTable('ambassadors')
      .set({ sponsors: JSON.stringify(input.sponsors), updated_at: at })
      .where('person_id', '=', person.id)
      .execute();
  await replaceScope(ctx, person.id, scope);
  await ctx.people.grant(person.id, 'ambassador');
  if (created)
    await ctx.events.track({
      type: 'ambassador.nominated',
      personId: person.id,
      subjectType: 'ambassador',
      subjectId: person.id,
      data: { source, by },
    });
  if (created || approved)
    await ctx.events.track({
      type: 'ambassador.approved',
      personId: person.id,
      subjectType: 'ambassador',
      subjectId: person.id,
      data: { by },
    });
  return getAmbassador(ctx, person.id);
}

export type NominationOutcome =
  | { kind: 'nominated'; ambassador: Ambassador }
  | { kind: 'already'; ambassador: Ambassador };

/** "Become an ambassador" / "Propose a colleague": a nomination each admin may approve. */
export async function nominate(
  ctx: AmbassadorContext,
  actor: Person,
  candidateId: string,
): Promise<NominationOutcome> {
  const person = await candidate(ctx, candidateId);
  const scope = await ownScope(ctx, person);
  await checkScope(ctx, person, scope);
  if (scopeSize(scope) === 0) throw noScope();
  const at = nowIso();
  const source: AmbassadorSource = actor.id === person.id ? 'self' : 'proposed';
  const inserted = await ctx.db
    .insertInto('ambassadors')
    .values({
      person_id: person.id,
      status: 'nominated',
      source,
      nominated_by: actor.id,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.column('person_id').doNothing())
    .returning('person_id')
    .executeTakeFirst();
  if (!inserted) return { kind: 'already', ambassador: await getAmbassador(ctx, person.id) };
  await replaceScope(ctx, person.id, scope);
  await ctx.events.track({
    type: 'ambassador.nominated',
    personId: person.id,
    subjectType: 'ambassador',
    subjectId: person.id,
    data: { source, by: actor.id },
  });
  const ambassador = await getAmbassador(ctx, person.id);
  await askAdmins(ctx, ambassador, actor.displayName);
  return { kind: 'nominated', ambassador };
}

/** The nomination card to every organisation-wide admin who has a chat account (at most 20). */
async function askAdmins(ctx: AmbassadorContext, ambassador: Ambassador, by: string): Promise<void> {
  const admins = await ctx.db
    .selectFrom('roles')
    .select('person_id')
    .where('role', '=', 'admin')
    .where('scope', '=', '')
    .limit(20)
    .execute();
  for (const { person_id } of admins) {
    const admin = await ctx.people.get(person_id);
    if (!admin?.active) continue;
    try {
      await sendToPerson(ctx, admin, (locale) => approvalCard(translator(locale), ambassador, by));
    } catch (error) {
      // one unreachable admin must not lose the nomination: the console lists it too
      ctx.logger.warn({ err: error, adminId: admin.id }, 'nomination card not delivered');
    }
  }
}

/** An admin approves (or refuses) a nomination; a second click finds it decided and changes nothing. */
export async function decideNomination(
  ctx: AmbassadorContext,
  principal: Principal,
  personId: string,
  approve: boolean,
): Promise<{ ambassador: Ambassador; changed: boolean }> {
  requireRole(principal, 'admin');
  const by = principal.kind === 'person' ? principal.person.id : null;
  const updated = await ctx.db
    .updateTable('ambassadors')
    .set({ status: approve ? 'active' : 'refused', approved_by: by, updated_at: nowIso() })
    .where('person_id', '=', personId)
    .where('status', '=', 'nominated')
    .returning('person_id')
    .executeTakeFirst();
  if (updated && approve) {
    await ctx.people.grant(personId, 'ambassador');
    await ctx.events.track({
      type: 'ambassador.approved',
      personId,
      subjectType: 'ambassador',
      subjectId: personId,
      data: { by },
    });
  }
  return { ambassador: await getAmbassador(ctx, personId), changed: Boolean(updated) };
}

/** Scope, sponsors and state by an admin; pause, resume, step down and opt-out by the ambassador too. */
export async function patchAmbassador(
  ctx: AmbassadorContext,
  principal: Principal,
  personId: string,
  patch: AmbassadorPatch,
): Promise<Ambassador> {
  const self = principal.kind === 'person' && principal.person.id === personId;
  const adminOnly =
    patch.departments !== undefined ||
    patch.sites !== undefined ||
    patch.groups !== undefined ||
    patch.sponsors !== undefined;
  if (!self || adminOnly) requireRole(principal, 'admin');
  const current = await getAmbassador(ctx, personId);
  if (patch.status && !['active', 'paused', 'stepped_down'].includes(current.status) && !self)
    throw new AppError('conflict', `a ${current.status} ambassador is approved first`);
  if (patch.status === 'active' && !['active', 'paused'].includes(current.status) && self)
    throw new AppError('forbidden', 'only an admin brings back an ambassador who stepped down');
  const scope = {
    departments: patch.departments ?? current.scope.departments,
    sites: patch.sites ?? current.scope.sites,
    groups: patch.groups ?? current.scope.groups,
  };
  const rescoped = patch.departments || patch.sites || patch.groups;
  if (rescoped) {
    const person = await ctx.people.get(personId);
    if (person) await checkScope(ctx, person, scope);
  }
  if (scopeSize(scope) === 0) throw noScope();
  await ctx.db
    .updateTable('ambassadors')
    .set({
      ...(patch.status ? { status: patch.status } : {}),
      ...(patch.sponsors ? { sponsors: JSON.stringify(patch.sponsors) } : {}),
      ...(patch.leaderboardOptOut !== undefined
        ? { leaderboard_opt_out: patch.leaderboardOptOut ? 1 : 0 }
        : {}),
      updated_at: nowIso(),
    })
    .where('person_id', '=', personId)
    .execute();
  if (rescoped) await replaceScope(ctx, personId, scope);
  if (patch.status === 'stepped_down') await ctx.people.revoke(personId, 'ambassador');
  if (patch.status === 'active') await ctx.people.grant(personId, 'ambassador');
  if (patch.status && patch.status !== current.status)
    await ctx.events.track({
      type: `ambassador.${patch.status}`,
      personId,
      subjectType: 'ambassador',
      subjectId: personId,
    });
  return getAmbassador(ctx, personId);
}

/**
 * The active ambassadors covering a person (the `ambassadors` command, the tab): of their
 * department or site, and of the guest groups they are in. A guest sees no one outside their
 * groups: only the ambassadors of those groups, never those of a department they are filed in.
 */
export async function ambassadorsOf(ctx: AmbassadorContext, person: Person): Promise<Ambassador[]> {
  const groups = await ctx.audienceGroups.groupsOf(person.id);
  const member = person.kind !== 'guest';
  const keys = [
    ...(member && person.department ? [['department', person.department]] : []),
    ...(member && person.site ? [['site', person.site]] : []),
    ...groups.map((g) => ['group', g]),
  ] as [string, string][];
  if (keys.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('ambassador_scopes')
    .select(['person_id', 'kind', 'value'])
    .where((eb) =>
      eb.or(keys.map(([kind, value]) => eb.and([eb('kind', '=', kind), eb('value', '=', value)]))),
    )
    .execute();
  const ids = [...new Set(rows.map((r) => r.person_id))];
  const active = (await loadAmbassadors(ctx, { personIds: ids })).filter((a) => a.status === 'active');
  const throughGroups = new Map<string, string[]>();
  for (const r of rows) {
    if (r.kind !== 'group') continue;
    throughGroups.set(r.person_id, [...(throughGroups.get(r.person_id) ?? []), r.value]);
  }
  const covering: Ambassador[] = [];
  for (const a of active) {
    const via = throughGroups.get(a.personId);
    if (!via || rows.some((r) => r.person_id === a.personId && r.kind !== 'group')) {
      covering.push(a);
      continue;
    }
    // an ambassador who left the group is no longer its ambassador
    const theirs = new Set(await ctx.audienceGroups.groupsOf(a.personId));
    if (via.some((g) => theirs.has(g))) covering.push(a);
  }
  return covering;
}

/**
 * The welcome tour's resource person when none is set: an active ambassador of the newcomer's
 * department, else of their site (never the newcomer themself), the first by name.
 */
export async function ambassadorAsResource(
  ctx: AmbassadorContext,
  person: Person,
): Promise<Person | undefined> {
  const covering = (await ambassadorsOf(ctx, person)).filter((a) => a.personId !== person.id);
  const byDepartment = (a: Ambassador) =>
    person.department !== null && a.scope.departments.includes(person.department) ? 0 : 1;
  covering.sort(
    (a, b) =>
      byDepartment(a) - byDepartment(b) ||
      a.displayName.localeCompare(b.displayName) ||
      a.personId.localeCompare(b.personId),
  );
  for (const a of covering) {
    const found = await ctx.people.get(a.personId);
    if (found?.active) return found;
  }
  return undefined;
}

/** After an import: people whose `roles` column says ambassador join the roster with their own scope. */
export async function ambassadorsFromImport(ctx: AmbassadorContext, personIds: string[]): Promise<void> {
  for (const id of personIds) {
    const person = await ctx.people.get(id);
    if (!person?.active || person.kind === 'guest') continue;
    if (!person.roles.some((g) => g.role === 'ambassador')) continue;
    const existing = await ctx.db
      .selectFrom('ambassadors')
      .select('status')
      .where('person_id', '=', id)
      .executeTakeFirst();
    // someone who stepped down or paused keeps their choice; an import does not override it
    if (existing && existing.status !== 'nominated') continue;
    if (!person.department && !person.site) continue;
    await nameAmbassador(ctx, { kind: 'automation', keyId: 'people-import' }, { personId: id }, 'import');
  }
}
