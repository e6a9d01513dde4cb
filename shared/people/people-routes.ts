/** REST routes for people: who am I, the directory, roles, and the import. */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import { reason } from '../api/field-errors.js';
import { principalPersonId, requireRole } from '../auth/principal.js';
import type { Ports } from '../capability/ports.js';
import { AppError } from '../errors/errors.js';
import { importedPersonSchema } from './import-schema.js';
import { type ImportedPersonRef, importPeople } from './people-import.js';
import { type Person, type Role, type RoleGrant, roles } from './person.js';

const personView = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  department: z.string().nullable(),
  site: z.string().nullable(),
  managerId: z.string().nullable(),
  startDate: z.string().nullable(),
  locale: z.enum(['fr', 'en']).nullable(),
  timeZone: z.string().nullable(),
  kind: z.enum(['member', 'guest']),
  active: z.boolean(),
  roles: z.array(z.object({ role: z.enum(roles), scope: z.string() })),
  platforms: z.array(z.string()),
});

/** One person as their own page shows them: their manager named, not only by id. */
const personDetail = personView.extend({
  manager: z
    .object({ id: z.string(), displayName: z.string() })
    .nullable()
    .describe('the person managerId names (null: none, or no longer known)'),
});

export const toPersonView = (p: Person): z.infer<typeof personView> => ({
  id: p.id,
  displayName: p.displayName,
  email: p.email,
  department: p.department,
  site: p.site,
  managerId: p.managerId,
  startDate: p.startDate,
  locale: p.locale,
  timeZone: p.timeZone,
  kind: p.kind,
  active: p.active,
  roles: p.roles,
  platforms: [...new Set(p.identities.map((i) => i.platform))],
});

const importReport = z.object({
  created: z.number(),
  updated: z.number(),
  rejected: z.number(),
  errors: z.array(
    z.object({ line: z.number(), email: z.string().optional(), problems: z.array(z.string()) }),
  ),
  warnings: z.array(
    z.object({ line: z.number(), email: z.string().optional(), problems: z.array(z.string()) }),
  ),
  ignoredColumns: z.array(z.string()),
  dryRun: z.boolean(),
  lines: z
    .array(z.object({ line: z.number(), email: z.string(), action: z.enum(['create', 'update']) }))
    .optional()
    .describe('dry run only: what each accepted line would do, in file order'),
});

/** What the import reads: people as an array or `{ people }`, each row checked on its own. */
const importBody = z.union([
  z.array(importedPersonSchema),
  z.object({ people: z.array(importedPersonSchema) }),
]);
const importColumns = Object.keys(importedPersonSchema.shape).join(', ');

const listQuery = z.object({
  q: z.string().trim().max(100).optional(),
  department: z.string().max(200).optional(),
  site: z.string().max(200).optional(),
  kind: z.enum(['member', 'guest']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Roles that only make sense for the whole organisation: a scope on them would mean nothing. */
const organisationWideRoles: readonly Role[] = ['admin'];

/** A communicator writes for the organisation ('') or for a department or site (news guardrails). */
const communicatorScope = /^(department|site):\S.*$/;

const roleGrant = z
  .object({ role: z.enum(roles), scope: z.string().max(200).default('') })
  .superRefine((grant, ctx) => {
    if (grant.scope && organisationWideRoles.includes(grant.role)) {
      ctx.addIssue({
        code: 'custom',
        path: ['scope'],
        message: `must be empty: ${grant.role} is an organisation-wide role`,
        params: reason('scope_not_allowed'),
      });
    }
    if (grant.role === 'communicator' && grant.scope && !communicatorScope.test(grant.scope)) {
      ctx.addIssue({
        code: 'custom',
        path: ['scope'],
        message: "must be empty (the whole organisation), 'department:<name>' or 'site:<name>'",
        params: reason('scope_format'),
      });
    }
  });

const uniqueGrants = (grants: RoleGrant[]): RoleGrant[] => [
  ...new Map(grants.map((g) => [`${g.role}\u0000${g.scope}`, g])).values(),
];

/**
 * The people routes; `afterImport` is what the capabilities do once people were imported (the
 * tours start or stop).
 */
export function peopleRoutes(
  core: Pick<Ports, 'store' | 'events' | 'people'>,
  afterImport: (imported: ImportedPersonRef[]) => Promise<void>,
) {
  /** whether an active person other than `personId` holds the organisation-wide admin role */
  const anotherAdmin = async (personId: string) =>
    (await core.store.db
      .selectFrom('roles')
      .innerJoin('people', 'people.id', 'roles.person_id')
      .select('roles.person_id')
      .where('roles.role', '=', 'admin')
      .where('roles.scope', '=', '')
      .where('people.active', '=', 1)
      .where('roles.person_id', '!=', personId)
      .executeTakeFirst()) !== undefined;

  return [
    defineRoute({
      method: 'get',
      path: '/me',
      tag: 'people',
      summary: 'The signed-in person (console session or tab SSO) or the automation key in use',
      response: z.object({ person: personView.nullable(), via: z.enum(['session', 'sso', 'api_key']) }),
      handler: async ({ principal }) =>
        principal.kind === 'person'
          ? {
              person: toPersonView(principal.person),
              via: principal.source === 'session' ? ('session' as const) : ('sso' as const),
            }
          : { person: null, via: 'api_key' as const },
    }),

    defineRoute({
      method: 'post',
      path: '/people/import',
      tag: 'people',
      summary:
        'Import people from CSV (text/csv, comma or semicolon, French or English headers) or JSON (an array or { people }); upsert by email',
      description: `A CSV file has a header line naming its columns (${importColumns}; French headers such as courriel, nom, service, lieu, responsable, date d'arrivée, langue, fuseau are read too); a JSON body has the same fields per person. A row that is wrong is rejected in the report (errors, by line), the others land. With dryRun=true nothing is written: the report says what each line would do (lines: create or update; errors: rejected).`,
      query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
      extraContentTypes: ['text/csv'],
      // read leniently: a bad row is the report's to name, not a refusal of the whole file
      body: z.unknown(),
      documentedBody: importBody,
      response: importReport,
      handler: async ({ principal, query, req }) => {
        requireRole(principal, 'admin');
        const isCsv = req.is('text/csv') === 'text/csv';
        const content = isCsv ? String(req.body ?? '') : JSON.stringify(req.body ?? null);
        if (isCsv && !content.trim()) throw new AppError('bad_request', 'the CSV body is empty');
        return importPeople(
          { store: core.store, events: core.events, onImported: afterImport },
          {
            content,
            format: isCsv ? 'csv' : 'json',
            dryRun: query.dryRun === 'true',
            actorId: principalPersonId(principal),
          },
        );
      },
    }),

    defineRoute({
      method: 'get',
      path: '/people',
      tag: 'people',
      summary: 'The directory, filtered and paged (communicators and admins)',
      query: listQuery,
      response: z.object({ people: z.array(personView), total: z.number() }),
      handler: async ({ principal, query }) => {
        requireRole(principal, 'communicator');
        const { people, total } = await core.people.list(query);
        return { people: people.map(toPersonView), total };
      },
    }),

    defineRoute({
      method: 'get',
      path: '/people/:id',
      tag: 'people',
      summary: 'One person (themselves, or anyone for communicators and admins), with their manager’s name',
      params: z.object({ id: z.string().min(1).max(100) }),
      response: personDetail,
      errors: [404],
      handler: async ({ principal, params }) => {
        if (!(principal.kind === 'person' && principal.person.id === params.id))
          requireRole(principal, 'communicator');
        const person = await core.people.get(params.id);
        if (!person) throw new AppError('not_found', `no person ${params.id}`);
        const manager = person.managerId ? await core.people.get(person.managerId) : undefined;
        return {
          ...toPersonView(person),
          manager: manager ? { id: manager.id, displayName: manager.displayName } : null,
        };
      },
    }),

    defineRoute({
      method: 'put',
      path: '/people/:id/roles',
      tag: 'people',
      summary:
        'Replace the roles of a person (admins); each grant and revocation is logged; the last administrator keeps the admin role',
      params: z.object({ id: z.string().min(1).max(100) }),
      body: z.object({ roles: z.array(roleGrant) }),
      response: personView,
      errors: [404, 409],
      handler: async ({ principal, params, body }) => {
        requireRole(principal, 'admin');
        const person = await core.people.get(params.id);
        if (!person) throw new AppError('not_found', `no person ${params.id}`);
        const next = uniqueGrants(body.roles);
        const key = (g: RoleGrant) => `${g.role}\u0000${g.scope}`;
        const before = new Set(person.roles.map(key));
        const after = new Set(next.map(key));
        const granted = next.filter((g) => !before.has(key(g)));
        const revoked = person.roles.filter((g) => !after.has(key(g)));
        if (revoked.some((g) => g.role === 'admin' && g.scope === '') && !(await anotherAdmin(person.id))) {
          throw new AppError(
            'conflict',
            'the last administrator keeps the admin role: grant it to someone else first',
          );
        }
        await core.people.replaceRoles(person.id, next);
        // one event per grant and per revocation: who changed whose role, and which
        const actorId = principalPersonId(principal);
        for (const [type, grants] of [
          ['people.role_granted', granted],
          ['people.role_revoked', revoked],
        ] as const) {
          for (const grant of grants) {
            await core.events.track({
              type,
              personId: actorId,
              subjectType: 'person',
              subjectId: person.id,
              data: { role: grant.role, scope: grant.scope },
            });
          }
        }
        return toPersonView((await core.people.get(person.id))!);
      },
    }),
  ];
}
