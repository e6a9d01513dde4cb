/**
 * REST routes of the directory: start a sync now and follow the runs (admins), the conflicts a
 * sync found (admins), and where a person's values came from (communicators and admins).
 */
import { z } from 'zod';
import { type ApiRoute, defineRoute } from '../api/api-route.js';
import { type Principal, requireRole } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import type { Directory } from './create-directory.js';
import { DirectoryStop } from './directory-errors.js';

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

const limitQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) });

const requireAdmin = (principal: Principal) => requireRole(principal, 'admin');

export function directoryRoutes(directory: Directory): ApiRoute[] {
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
      summary: 'Whether a person can be reached on each platform, and why not (communicators and admins)',
      params: z.object({ id: z.string().min(1).max(100) }),
      response: z.object({
        reach: z.array(
          z.object({ platform: z.string(), status: z.string(), reason: z.string(), updatedAt: z.string() }),
        ),
      }),
      handler: async ({ principal, params }) => {
        requireRole(principal, 'communicator');
        return { reach: await directory.reachOf(params.id) };
      },
    }),
  ];
}
