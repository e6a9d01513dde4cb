/** REST routes for tours, journeys, tutorials and resource people (see tour-service.ts for the list). */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import { requireRole } from '../auth/principal.js';
import type { Ports } from '../capability/ports.js';
import { AppError } from '../errors/errors.js';
import { tourInputSchema, tourStatuses, tutorialInputSchema } from './tour-model.js';
import type { TourService } from './tour-service.js';

const idParams = z.object({ id: z.string().min(1).max(100) });
const tag = 'tours';

export function tourRoutes(core: Pick<Ports, 'people'> & { tours: TourService }) {
  const { tours } = core;
  return [
    defineRoute({
      method: 'get',
      path: '/tours',
      tag,
      summary: 'Tours (communicators and admins)',
      query: z.object({ status: z.enum(tourStatuses).optional() }),
      handler: async ({ principal, query }) => ({ tours: await tours.list(principal, query) }),
    }),
    defineRoute({
      method: 'post',
      path: '/tours',
      tag,
      summary: 'Create a tour: ordered steps (fr/en content, schedule, task, condition), audience, triggers',
      body: tourInputSchema,
      handler: async ({ principal, body, res }) => {
        const tour = await tours.create(principal, body);
        res.status(201);
        return tour;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/tours/me',
      tag,
      summary: 'The signed-in person’s journeys (steps snapshot and progress), newest first',
      handler: async ({ principal }) => {
        if (principal.kind !== 'person')
          throw new AppError('bad_request', 'journeys belong to a signed-in person');
        return { journeys: await tours.journeysOf(principal.person.id) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/tours/resources',
      tag,
      summary: 'Resource people per department and site (communicators and admins)',
      handler: async ({ principal }) => {
        requireRole(principal, 'communicator');
        return { resources: await tours.listResources() };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/tours/resources',
      tag,
      summary: 'Set (or with personId null remove) the resource person of a department or a site',
      body: z.object({
        scope: z.enum(['department', 'site']),
        value: z.string().trim().min(1).max(200),
        personId: z.string().min(1).max(100).nullable(),
      }),
      handler: async ({ principal, body }) => {
        await tours.setResource(principal, body.scope, body.value, body.personId);
        return { resources: await tours.listResources() };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/tours/:id',
      tag,
      summary: 'One tour',
      params: idParams,
      handler: async ({ principal, params }) => tours.get(principal, params.id),
    }),
    defineRoute({
      method: 'put',
      path: '/tours/:id',
      tag,
      summary: 'Replace a tour; running journeys keep the steps they started with until apply-to-running',
      params: idParams,
      body: tourInputSchema,
      handler: async ({ principal, params, body }) => tours.update(principal, params.id, body),
    }),
    defineRoute({
      method: 'delete',
      path: '/tours/:id',
      tag,
      summary: 'Archive a tour: it starts no new journey; running journeys go on',
      params: idParams,
      handler: async ({ principal, params }) => tours.archive(principal, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/tours/:id/apply-to-running',
      tag,
      summary: 'Running journeys take the tour’s current steps (progress follows step keys)',
      params: idParams,
      handler: async ({ principal, params }) => tours.applyToRunning(principal, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/tours/:id/start',
      tag,
      summary: 'Start this tour for one person, whatever its triggers and audience (idempotent)',
      params: idParams,
      body: z.object({ personId: z.string().min(1).max(100) }),
      handler: async ({ principal, params, body }) => {
        requireRole(principal, 'communicator');
        return tours.startTour(params.id, body.personId, { kind: 'manual' });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/tours/:id/stats',
      tag,
      summary: 'Funnel per step (reached, done, skipped) and completion rate per department and site',
      params: idParams,
      handler: async ({ principal, params }) => {
        requireRole(principal, 'communicator');
        return tours.stats(params.id);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/tutorials',
      tag,
      summary: 'The tutorial library (links and short videos steps point to)',
      handler: async () => ({ tutorials: await tours.listTutorials() }),
    }),
    defineRoute({
      method: 'post',
      path: '/tutorials',
      tag,
      summary: 'Add a tutorial',
      body: tutorialInputSchema,
      handler: async ({ principal, body, res }) => {
        const tutorial = await tours.createTutorial(principal, body);
        res.status(201);
        return tutorial;
      },
    }),
    defineRoute({
      method: 'put',
      path: '/tutorials/:id',
      tag,
      summary: 'Replace a tutorial',
      params: idParams,
      body: tutorialInputSchema,
      handler: async ({ principal, params, body }) => tours.updateTutorial(principal, params.id, body),
    }),
    defineRoute({
      method: 'delete',
      path: '/tutorials/:id',
      tag,
      summary: 'Remove a tutorial',
      params: idParams,
      handler: async ({ principal, params }) => {
        await tours.deleteTutorial(principal, params.id);
        return { deleted: true };
      },
    }),
  ];
}
