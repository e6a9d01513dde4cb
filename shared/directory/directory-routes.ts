/**
 * REST routes of the directory: start a sync now and follow the runs (admins), the conflicts a
 * sync found (admins), and where a person's values came from (communicators and admins).
 */
import { z } from 'zod';
import { type ApiRoute, defineRoute } from '../api/api-route.js';
import { callerLocale } from '../api/caller-locale.js';
import { can, type Principal, requireRole } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import type { Locale } from '../i18n/i18n.js';
import type { Directory } from './create-directory.js';
import { DirectoryStop } from './directory-errors.js';
import { directorySources } from './directory-people.js';
import { reachFilters } from './reach-filter.js';

const runView = z.object({
  id: z.string(),
  trigger: z.string(),
  sources: z.array(z.string()),
  status: z.enum(['running', 'succeeded', 'failed']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
  pages: z.number(),
  seen: z.number(),
  created: z.number(),
  updated: z.number(),
  deactivated: z.number(),
  conflicts: z.number(),
  skipped: z.number(),
  skippedReasons: z.record(z.string(), z.number()),
  errors: z.array(z.string()),
});

const conflictView = z.object({
  kind: z.string(),
  source: z.string(),
  subject: z.string(),
  personId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
});

const directoryPersonView = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  department: z.string().nullable(),
  site: z.string().nullable(),
  kind: z.enum(['member', 'guest']),
  active: z.boolean(),
  reach: z.object({ teams: z.boolean(), slack: z.boolean() }),
  sources: z.array(z.string()),
});

const peopleQuery = z.object({
  q: z.string().trim().max(100).optional(),
  department: z.string().max(200).optional(),
  site: z.string().max(200).optional(),
  kind: z.enum(['member', 'guest']).optional(),
  active: z.enum(['true', 'false']).optional(),
  reach: z.enum(reachFilters).optional(),
  source: z.enum(directorySources).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const limitQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) });

const requireAdmin = (principal: Principal) => requireRole(principal, 'admin');

const personParams = z.object({ id: z.string().min(1).max(100) });

const platformName = z.enum(['teams', 'slack']);

const personReachView = z.object({
  deliversOn: platformName.nullable(),
  preferredPlatform: platformName.nullable(),
  reach: z.array(
    z.object({
      platform: platformName,
      status: z.enum(['reachable', 'pending', 'unreachable']),
      reason: z.string(),
      message: z.string(),
      updatedAt: z.string().nullable(),
    }),
  ),
});

const noPerson = () =>
  new AppError('not_found', 'no such person', undefined, { key: 'directory.error.no_person' });

export function directoryRoutes(directory: Directory, defaultLocale: Locale): ApiRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/directory/sync',
      tag: 'directory',
      summary:
        'Start a directory sync now (admins); answers 202 with the run, followed in GET /directory/runs',
      response: runView,
      status: 202,
      errors: [409],
      handler: async ({ principal }) => {
        requireAdmin(principal);
        if (!directory.enabled)
          throw new AppError('conflict', 'directory sync is off (DIRECTORY_SOURCES is empty)', undefined, {
            key: 'directory.error.off',
          });
        try {
          const { run } = await directory.start('api');
          return run;
        } catch (error) {
          if (error instanceof DirectoryStop && error.code === 'already_running')
            throw new AppError('conflict', error.message, undefined, { key: 'directory.error.running' });
          throw error;
        }
      },
    }),

    defineRoute({
      method: 'get',
      path: '/directory/runs',
      tag: 'directory',
      summary: 'The latest directory runs, newest first, with their counts and progress (admins)',
      query: limitQuery,
      response: z.object({ runs: z.array(runView) }),
      handler: async ({ principal, query }) => {
        requireAdmin(principal);
        return { runs: await directory.runs(query.limit) };
      },
    }),

    defineRoute({
      method: 'get',
      path: '/directory/conflicts',
      tag: 'directory',
      summary:
        'Accounts a directory sync did not merge: an address claimed twice, member here and guest there (admins)',
      query: limitQuery,
      response: z.object({ conflicts: z.array(conflictView) }),
      handler: async ({ principal, query }) => {
        requireAdmin(principal);
        return { conflicts: await directory.conflicts(query.limit) };
      },
    }),

    defineRoute({
      method: 'get',
      path: '/people/:id/sources',
      tag: 'directory',
      summary: 'Every value each source (hr, entra, slack) gives a person (communicators and admins)',
      params: z.object({ id: z.string().min(1).max(100) }),
      response: z.object({
        sources: z.array(
          z.object({
            source: z.string(),
            field: z.string(),
            value: z.string().nullable(),
            updatedAt: z.string(),
            person: z
              .object({ id: z.string(), displayName: z.string() })
              .nullable()
              .describe('for a manager value: the person it names, when known'),
          }),
        ),
      }),
      handler: async ({ principal, params }) => {
        requireRole(principal, 'communicator');
        return { sources: await directory.sourcesOf(params.id) };
      },
    }),

    defineRoute({
      method: 'get',
      path: '/people/:id/reach',
      tag: 'directory',
      summary:
        'Whether a person can be reached on Teams and on Slack and why not, and the platform a broadcast reaches them on (communicators and admins)',
      params: personParams,
      response: personReachView,
      errors: [404],
      handler: async ({ principal, params, req, res }) => {
        requireRole(principal, 'communicator');
        const view = await directory.reachOf(params.id, callerLocale(req, res, defaultLocale));
        if (!view) throw noPerson();
        return view;
      },
    }),

    defineRoute({
      method: 'get',
      path: '/directory/reach',
      tag: 'directory',
      summary:
        'Everyone active: how many people can be reached on Teams, on Slack, on neither, and the reasons why not (communicators and admins)',
      response: z.object({
        people: z.number(),
        reachable: z.number(),
        neither: z.number(),
        platforms: z.array(
          z.object({
            platform: platformName,
            reachable: z.number(),
            pending: z.number(),
            unreachable: z.number(),
            reasons: z.record(z.string(), z.number()),
          }),
        ),
      }),
      handler: async ({ principal }) => {
        requireRole(principal, 'communicator');
        return directory.reachSummary();
      },
    }),

    defineRoute({
      method: 'get',
      path: '/directory/people',
      tag: 'directory',
      summary:
        'The directory for the People page: filtered by name or email, department, site, member or guest, reach and source, paged, with each one’s reach (communicators and admins)',
      query: peopleQuery,
      response: z.object({ people: z.array(directoryPersonView), total: z.number() }),
      handler: async ({ principal, query }) => {
        requireRole(principal, 'communicator');
        const { active, ...rest } = query;
        return directory.people({ ...rest, ...(active && { active: active === 'true' }) });
      },
    }),

    defineRoute({
      method: 'put',
      path: '/people/:id/preferred-platform',
      tag: 'directory',
      summary:
        'Choose the platform a person on both Teams and Slack gets their one copy on (null: the one used last, else DEFAULT_PLATFORM); the person or an admin',
      params: personParams,
      body: z.object({ platform: z.enum(['teams', 'slack']).nullable() }).strict(),
      response: z.object({ preferredPlatform: z.enum(['teams', 'slack']).nullable() }),
      errors: [404],
      handler: async ({ principal, params, body }) => {
        const own = principal.kind === 'person' && principal.person.id === params.id;
        if (!own && !can(principal, 'admin'))
          throw new AppError('forbidden', 'only the person or an administrator may choose', undefined, {
            key: 'directory.error.not_yours',
          });
        if (!(await directory.setPreferredPlatform(params.id, body.platform))) throw noPerson();
        return { preferredPlatform: body.platform };
      },
    }),

    defineRoute({
      method: 'get',
      path: '/directory/facets',
      tag: 'directory',
      summary:
        'The departments and sites people have, for the People page’s filters (communicators and admins)',
      response: z.object({ departments: z.array(z.string()), sites: z.array(z.string()) }),
      handler: async ({ principal }) => {
        requireRole(principal, 'communicator');
        return directory.facets();
      },
    }),
  ];
}
