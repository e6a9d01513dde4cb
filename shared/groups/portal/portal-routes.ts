/**
 * REST routes of group portals: `GET /groups/{id}/portal` for the group's members and guests (and
 * admins), `PUT /groups/{id}/portal` and `PUT|DELETE /groups/{id}/portal/tour` for its managers,
 * `GET /me/group-portals` for the portals the caller may open. A guest whose charter is pending is
 * held by the core's gate before any of these run (403 charter_pending).
 */
import type { Request, Response } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../api/api-route.js';
import { callerLocale } from '../../api/caller-locale.js';
import type { Locale } from '../../i18n/i18n.js';
import { stepSchema } from '../../tours/tour-model.js';
import { groupKinds } from '../group-model.js';
import { portalInputSchema } from './portal-model.js';
import type { GroupPortalService } from './portal-service.js';

const tag = 'groups';
const idParams = z.object({ id: z.string().min(1).max(100) });
const localeQuery = z.object({ locale: z.enum(['fr', 'en']).optional() });
const texts = z.object({ fr: z.string().optional(), en: z.string().optional() });
const newsLine = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  publishedAt: z.string().nullable(),
  strategic: z.boolean(),
});

const portalView = z.object({
  group: z.object({ id: z.string(), kind: z.enum(groupKinds), name: z.string(), description: z.string() }),
  welcome: z.string(),
  sections: z.array(
    z.object({ title: z.string(), resources: z.array(z.object({ title: z.string(), url: z.string() })) }),
  ),
  pinned: z.array(newsLine),
  news: z.array(newsLine),
  polls: z.array(z.object({ id: z.string(), question: z.string(), closesAt: z.string().nullable() })),
  contacts: z.array(
    z.object({
      personId: z.string(),
      displayName: z.string(),
      email: z.string().nullable(),
      chat: z.object({ teams: z.string().nullable(), slack: z.string().nullable() }),
    }),
  ),
  tour: z.object({ id: z.string(), steps: z.number().int() }).nullable(),
  canEdit: z.boolean(),
  /** the editor's starting point in both languages (editors only) */
  content: z
    .object({
      groupId: z.string(),
      welcome: texts,
      sections: z.array(
        z.object({
          title: texts,
          resources: z.array(z.object({ title: texts, url: z.string() })),
        }),
      ),
      pinnedNews: z.array(z.string()),
      tourId: z.string().nullable(),
      tourSteps: z.array(z.unknown()),
      edited: z.boolean(),
      updatedAt: z.string().nullable(),
    })
    .nullable(),
});

const tourBody = z.object({ steps: z.array(stepSchema).min(1).max(20) });

export function portalRoutes(portal: GroupPortalService, defaultLocale: Locale) {
  /** the language asked for (the tab's chosen one), else the caller's */
  const localeOf = (ctx: { req: Request; res: Response }, asked?: Locale) =>
    asked ?? callerLocale(ctx.req, ctx.res, defaultLocale);
  return [
    defineRoute({
      method: 'get',
      path: '/groups/:id/portal',
      tag,
      summary:
        'The group’s portal in the reader’s language: welcome, pinned items, resources, its news, open polls, managers’ contacts (the group’s members, guests and admins; 404 for anyone else)',
      params: idParams,
      query: localeQuery,
      response: portalView,
      errors: [404],
      handler: async (ctx) => portal.view(ctx.principal, ctx.params.id, localeOf(ctx, ctx.query.locale)),
    }),
    defineRoute({
      method: 'put',
      path: '/groups/:id/portal',
      tag,
      summary:
        'Replaces the group’s welcome content: welcome text, resource sections, pinned news (its managers and admins)',
      params: idParams,
      query: localeQuery,
      body: portalInputSchema,
      response: portalView,
      errors: [404, 409],
      handler: async (ctx) =>
        portal.edit(ctx.principal, ctx.params.id, ctx.body, localeOf(ctx, ctx.query.locale)),
    }),
    defineRoute({
      method: 'put',
      path: '/groups/:id/portal/tour',
      tag,
      summary:
        'Creates or replaces the group’s tour (its steps), started for each guest once they accepted the charter or joined (its managers and admins)',
      params: idParams,
      query: localeQuery,
      body: tourBody,
      response: portalView,
      errors: [404, 409],
      handler: async (ctx) =>
        portal.setTour(ctx.principal, ctx.params.id, ctx.body.steps, localeOf(ctx, ctx.query.locale)),
    }),
    defineRoute({
      method: 'delete',
      path: '/groups/:id/portal/tour',
      tag,
      summary: 'Ends the group’s tour: no new guest starts it, running ones finish (its managers and admins)',
      params: idParams,
      query: localeQuery,
      response: portalView,
      errors: [404, 409],
      handler: async (ctx) =>
        portal.setTour(ctx.principal, ctx.params.id, null, localeOf(ctx, ctx.query.locale)),
    }),
    defineRoute({
      method: 'get',
      path: '/me/group-portals',
      tag,
      summary: 'The portals the caller may open: their current groups',
      query: localeQuery,
      response: z.object({
        portals: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(groupKinds) })),
      }),
      handler: async (ctx) => {
        // an API key is nobody's member: no portal of its own
        if (ctx.principal.kind !== 'person') return { portals: [] };
        return { portals: await portal.portalsOf(ctx.principal.person, localeOf(ctx, ctx.query.locale)) };
      },
    }),
  ];
}
