/** REST routes for tours, journeys, tutorials and resource people (see tour-service.ts for the list). */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import { requireRole } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import {
  type Journey,
  stepSchema,
  stepStates,
  type Tour,
  type TourResource,
  type TourStats,
  type Tutorial,
  tourInputSchema,
  tourStatuses,
  triggerKinds,
  tutorialInputSchema,
} from './tour-model.js';
import type { TourService } from './tour-service.js';

const idParams = z.object({ id: z.string().min(1).max(100) });
const tag = 'tours';

/** A tour as the service hands it out: what was written (defaults filled in) and its bookkeeping. */
const tourResponse = tourInputSchema.extend({
  id: z.string(),
  version: z.number(),
  builtIn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<Tour>;

const tutorialResponse = tutorialInputSchema.extend({ id: z.string() }) satisfies z.ZodType<Tutorial>;

const resourceResponse = z.object({
  scope: z.enum(['department', 'site']),
  value: z.string(),
  personId: z.string(),
}) satisfies z.ZodType<TourResource>;

const journeyResponse = z.object({
  id: z.string(),
  tourId: z.string(),
  personId: z.string(),
  status: z.enum(['active', 'completed', 'stopped']),
  trigger: z.object({
    kind: z.enum(triggerKinds),
    platform: z.enum(['teams', 'slack']).optional(),
    conversation: z
      .object({
        kind: z.literal('conversation'),
        platform: z.enum(['teams', 'slack']),
        tenantId: z.string(),
        conversationId: z.string(),
      })
      .optional(),
    groupKey: z.string().optional(),
  }),
  steps: z.array(stepSchema),
  tourVersion: z.number(),
  revision: z.number(),
  startDate: z.string().nullable(),
  startedAt: z.string(),
  currentStep: z.number(),
  progress: z.array(
    z.object({
      index: z.number(),
      key: z.string(),
      state: z.enum(stepStates),
      dueAt: z.string().nullable(),
      sentAt: z.string().nullable(),
      doneAt: z.string().nullable(),
      skippedAt: z.string().nullable(),
      reminders: z.number(),
    }),
  ),
  completedAt: z.string().nullable(),
  stoppedAt: z.string().nullable(),
}) satisfies z.ZodType<Journey>;

const completionRow = z.object({
  value: z.string(),
  journeys: z.number(),
  completed: z.number(),
  rate: z.number(),
});
const statsResponse = z.object({
  tourId: z.string(),
  journeys: z.object({ total: z.number(), active: z.number(), completed: z.number(), stopped: z.number() }),
  completionRate: z.number(),
  funnel: z.array(
    z.object({
      index: z.number(),
      key: z.string(),
      title: z.string(),
      titles: z.object({ fr: z.string(), en: z.string() }),
      reached: z.number(),
      done: z.number(),
      skipped: z.number(),
    }),
  ),
  byDepartment: z.array(completionRow),
  bySite: z.array(completionRow),
}) satisfies z.ZodType<TourStats>;

export function tourRoutes(tours: TourService) {
  return [
    defineRoute({
      method: 'get',
      path: '/tours',
      tag,
      summary: 'Tours (communicators and admins)',
      query: z.object({ status: z.enum(tourStatuses).optional() }),
      response: z.object({ tours: z.array(tourResponse) }),
      handler: async ({ principal, query }) => ({ tours: await tours.list(principal, query) }),
    }),
    defineRoute({
      method: 'post',
      path: '/tours',
      tag,
      summary: 'Create a tour: ordered steps (fr/en content, schedule, task, condition), audience, triggers',
      body: tourInputSchema,
      status: 201,
      response: tourResponse,
      handler: ({ principal, body }) => tours.create(principal, body),
    }),
    defineRoute({
      method: 'get',
      path: '/tours/me',
      tag,
      summary: 'The signed-in person’s journeys (steps snapshot and progress), newest first',
      response: z.object({ journeys: z.array(journeyResponse) }),
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
      response: z.object({ resources: z.array(resourceResponse) }),
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
      response: z.object({ resources: z.array(resourceResponse) }),
      errors: [404],
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
      response: tourResponse,
      errors: [404],
      handler: async ({ principal, params }) => tours.get(principal, params.id),
    }),
    defineRoute({
      method: 'put',
      path: '/tours/:id',
      tag,
      summary: 'Replace a tour; running journeys keep the steps they started with until apply-to-running',
      params: idParams,
      body: tourInputSchema,
      response: tourResponse,
      errors: [404],
      handler: async ({ principal, params, body }) => tours.update(principal, params.id, body),
    }),
    defineRoute({
      method: 'delete',
      path: '/tours/:id',
      tag,
      summary: 'Archive a tour: it starts no new journey; running journeys go on',
      params: idParams,
      response: tourResponse,
      errors: [404],
      handler: async ({ principal, params }) => tours.archive(principal, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/tours/:id/apply-to-running',
      tag,
      summary: 'Running journeys take the tour’s current steps (progress follows step keys)',
      params: idParams,
      response: z.object({ journeys: z.number() }),
      errors: [404],
      handler: async ({ principal, params }) => tours.applyToRunning(principal, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/tours/:id/start',
      tag,
      summary: 'Start this tour for one person, whatever its triggers and audience (idempotent)',
      params: idParams,
      body: z.object({ personId: z.string().min(1).max(100) }),
      response: journeyResponse,
      errors: [404, 409],
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
      response: statsResponse,
      errors: [404],
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
      response: z.object({ tutorials: z.array(tutorialResponse) }),
      handler: async () => ({ tutorials: await tours.listTutorials() }),
    }),
    defineRoute({
      method: 'post',
      path: '/tutorials',
      tag,
      summary: 'Add a tutorial',
      body: tutorialInputSchema,
      status: 201,
      response: tutorialResponse,
      handler: ({ principal, body }) => tours.createTutorial(principal, body),
    }),
    defineRoute({
      method: 'put',
      path: '/tutorials/:id',
      tag,
      summary: 'Replace a tutorial',
      params: idParams,
      body: tutorialInputSchema,
      response: tutorialResponse,
      errors: [404],
      handler: async ({ principal, params, body }) => tours.updateTutorial(principal, params.id, body),
    }),
    defineRoute({
      method: 'delete',
      path: '/tutorials/:id',
      tag,
      summary: 'Remove a tutorial',
      params: idParams,
      response: z.object({ deleted: z.literal(true) }),
      errors: [404],
      handler: async ({ principal, params }) => {
        await tours.deleteTutorial(principal, params.id);
        return { deleted: true as const };
      },
    }),
  ];
}
