/**
 * The roster: who is an ambassador, of which departments and sites, sponsored by whom, and in
 * which state. Named by an admin (console, REST, import column `roles` = ambassador), or
 * nominated in chat (oneself or a colleague) and approved with one click by an admin. State
 * changes are conditional updates, so a double click approves once. A guest is never made an
 * ambassador of members.
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

const notFound = () =>
  new AppError('not_found', 'no such ambassador', undefined, { key: 'ambassador.error.not_found' });
const guestRefused = () =>
  new AppError('bad_request', 'a guest cannot be an ambassador of members', undefined, {
    key: 'ambassador.error.guest',
  });
const noScope = () =>
  new AppError('bad_request', 'an ambassador needs a department or a site', undefined, {
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
      const scope = scopes.get(s.person_id) ?? { departments: [], sites: [] };
      (s.kind === 'department' ? scope.departments : scope.sites).push(s.value);
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
    scope: scopes.get(r.person_id) ?? { departments: [], sites: [] },
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

/** The scope of someone named without one: their own department and site. */
const ownScope = (person: Person): AmbassadorScope => ({
  departments: person.department ? [person.department] : [],
  sites: person.site ? [person.site] : [],
});

async function replaceScope(ctx: AmbassadorContext, personId: string, scope: AmbassadorScope): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('ambassador_scopes').where('person_id', '=', personId).execute();
    const rows = [
      ...new Set(scope.departments.map((v) => `department\u0000${v}`)),
      ...new Set(scope.sites.map((v) => `site\u0000${v}`)),
    ].map((key) => {
      const [kind, value] = key.split('\u0000') as [string, string];
      return { person_id: personId, kind, value };
    });
    if (rows.length) await trx.insertInto('ambassador_scopes').values(rows).execute();
  });
}

async function candidate(ctx: AmbassadorContext, personId: string): Promise<Person> {
  const person = await ctx.people.get(personId);
  if (!person?.active) throw new AppError('not_found', 'no such person');
  // a guest sees only what is addressed to their groups: never the relay of members' news
  if (person.kind === 'guest') throw guestRefused();
  return person;
}

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
  const own = ownScope(person);
  const scope = { departments: input.departments ?? own.departments, sites: input.sites ?? own.sites };
  if (scope.departments.length + scope.sites.length === 0) throw noScope();
  const at = nowIso();
  const by = principal.kind === 'person' ? principal.person.id : null;
  await ctx.db
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
    .onConflict((oc) =>
      oc.column('person_id').doUpdateSet({
        status: 'active',
        sponsors: JSON.stringify(input.sponsors),
        approved_by: by,
        updated_at: at,
      }),
    )
    .execute();
  await replaceScope(ctx, person.id, scope);
  await ctx.people.grant(person.id, 'ambassador');
  await ctx.events.track({
    type: 'ambassador.nominated',
    personId: person.id,
    subjectType: 'ambassador',
    subjectId: person.id,
    data: { source, by },
  });
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
  const scope = ownScope(person);
  if (scope.departments.length + scope.sites.length === 0) throw noScope();
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
    patch.departments !== undefined || patch.sites !== undefined || patch.sponsors !== undefined;
  if (!self || adminOnly) requireRole(principal, 'admin');
  const current = await getAmbassador(ctx, personId);
  if (patch.status && !['active', 'paused', 'stepped_down'].includes(current.status) && !self)
    throw new AppError('conflict', `a ${current.status} ambassador is approved first`);
  if (patch.status === 'active' && !['active', 'paused'].includes(current.status) && self)
    throw new AppError('forbidden', 'only an admin brings back an ambassador who stepped down');
  const scope = {
    departments: patch.departments ?? current.scope.departments,
    sites: patch.sites ?? current.scope.sites,
  };
  if (scope.departments.length + scope.sites.length === 0) throw noScope();
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
  if (patch.departments || patch.sites) await replaceScope(ctx, personId, scope);
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

/** The active ambassadors covering a person's department or site (the `ambassadors` command). */
export async function ambassadorsOf(ctx: AmbassadorContext, person: Person): Promise<Ambassador[]> {
  const keys = [
    ...(person.department ? [['department', person.department]] : []),
    ...(person.site ? [['site', person.site]] : []),
  ] as [string, string][];
  if (keys.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('ambassador_scopes')
    .select('person_id')
    .where((eb) =>
      eb.or(keys.map(([kind, value]) => eb.and([eb('kind', '=', kind), eb('value', '=', value)]))),
    )
    .execute();
  const ids = [...new Set(rows.map((r) => r.person_id))];
  return (await loadAmbassadors(ctx, { personIds: ids })).filter((a) => a.status === 'active');
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
