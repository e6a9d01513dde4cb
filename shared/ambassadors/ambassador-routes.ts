/** REST routes for the roster, relay campaigns and the week's assignments (see ambassador-service.ts). */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import {
  type Ambassador,
  type Assignment,
  ambassadorInputSchema,
  ambassadorPatchSchema,
  ambassadorSources,
  ambassadorStatuses,
  needReasons,
  type RelayCampaign,
  relayCampaignInputSchema,
  relayStates,
  relaySubjectTypes,
  skipReasons,
} from './ambassador-model.js';
import type { AmbassadorService } from './ambassador-service.js';

const tag = 'ambassadors';
const personParams = z.object({ personId: z.string().min(1).max(100) });
const idParams = z.object({ id: z.string().min(1).max(100) });
const scope = z.object({ departments: z.array(z.string()), sites: z.array(z.string()) });

const ambassadorResponse = z.object({
  personId: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  department: z.string().nullable(),
  site: z.string().nullable(),
  status: z.enum(ambassadorStatuses),
  scope,
  sponsors: z.array(z.string()),
  source: z.enum(ambassadorSources),
  nominatedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  leaderboardOptOut: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<Ambassador>;

const campaignResponse = z.object({
  id: z.string(),
  subjectType: z.enum(relaySubjectTypes),
  subjectId: z.string(),
  message: z.object({ fr: z.string(), en: z.string() }),
  relayDate: z.string(),
  scope,
  createdAt: z.string(),
  requests: z.array(
    z.object({
      id: z.string(),
      ambassadorId: z.string(),
      ambassadorName: z.string(),
      state: z.enum(relayStates),
      reason: z.string().nullable(),
      relayedTo: z
        .object({
          kind: z.enum(['channel', 'elsewhere']),
          platform: z.string().nullable(),
          conversationId: z.string().nullable(),
        })
        .nullable(),
      relayedAt: z.string().nullable(),
    }),
  ),
  skipped: z.array(z.object({ ambassadorId: z.string(), reason: z.enum(skipReasons) })),
  counts: z.object({ asked: z.number(), snoozed: z.number(), relayed: z.number(), declined: z.number() }),
}) satisfies z.ZodType<RelayCampaign>;

const assignmentResponse = z.object({
  week: z.string(),
  personId: z.string(),
  displayName: z.string(),
  ambassadorId: z.string(),
  reason: z.enum(needReasons),
  state: z.enum(['listed', 'helping', 'done']),
}) satisfies z.ZodType<Assignment>;

export function ambassadorRoutes(service: AmbassadorService) {
  return [
    defineRoute({
      method: 'get',
      path: '/ambassadors',
      tag,
      summary: 'The roster of ambassadors (communicators and admins)',
      query: z.object({ status: z.enum(ambassadorStatuses).optional() }),
      response: z.object({ ambassadors: z.array(ambassadorResponse) }),
      handler: async ({ principal, query }) => ({ ambassadors: await service.list(principal, query) }),
    }),
    defineRoute({
      method: 'post',
      path: '/ambassadors',
      tag,
      summary: 'Name an ambassador: scope (default: their department and site) and sponsors (admins)',
      body: ambassadorInputSchema,
      status: 201,
      response: ambassadorResponse,
      errors: [404],
      handler: async ({ principal, body }) => service.name(principal, body),
    }),
    defineRoute({
      method: 'get',
      path: '/ambassadors/mine',
      tag,
      summary: 'The ambassadors of my department and site',
      response: z.object({ ambassadors: z.array(ambassadorResponse) }),
      handler: async ({ principal }) => ({
        ambassadors: principal.kind === 'person' ? await service.of(principal.person) : [],
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/ambassadors/assignments',
      tag,
      summary: 'Colleagues assigned to ambassadors for a week (communicators and admins)',
      query: z.object({ week: z.string().regex(/^\d{4}-W\d{2}$/, 'must look like 2026-W50') }),
      response: z.object({ assignments: z.array(assignmentResponse) }),
      handler: async ({ principal, query }) => ({
        assignments: await service.assignments(principal, query.week),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/ambassadors/digests/run',
      tag,
      summary:
        "Queue this week's digest of every active ambassador now (once per ambassador and week; admins)",
      status: 202,
      response: z.object({ queued: z.number() }),
      handler: async ({ principal }) => service.runDigestsNow(principal),
    }),
    defineRoute({
      method: 'patch',
      path: '/ambassadors/:personId',
      tag,
      summary:
        'Change scope or sponsors (admins); pause, resume, step down or leave the leaderboard (admins or the ambassador)',
      params: personParams,
      body: ambassadorPatchSchema,
      response: ambassadorResponse,
      errors: [404, 409],
      handler: async ({ principal, params, body }) => service.patch(principal, params.personId, body),
    }),
    defineRoute({
      method: 'post',
      path: '/ambassadors/:personId/approve',
      tag,
      summary: 'Approve a nomination (admins); an already decided one is left as it is',
      params: personParams,
      response: ambassadorResponse,
      errors: [404],
      handler: async ({ principal, params }) => service.decide(principal, params.personId, true),
    }),
    defineRoute({
      method: 'post',
      path: '/ambassadors/:personId/refuse',
      tag,
      summary: 'Refuse a nomination (admins)',
      params: personParams,
      response: ambassadorResponse,
      errors: [404],
      handler: async ({ principal, params }) => service.decide(principal, params.personId, false),
    }),
    defineRoute({
      method: 'post',
      path: '/relay-campaigns',
      tag,
      summary: 'Ask the ambassadors of departments or sites to relay a published news item (communicators)',
      body: relayCampaignInputSchema,
      status: 201,
      response: campaignResponse,
      errors: [404, 409],
      handler: async ({ principal, body }) => service.ask(principal, body),
    }),
    defineRoute({
      method: 'get',
      path: '/relay-campaigns',
      tag,
      summary: 'Relay campaigns, newest first (communicators)',
      query: z.object({
        limit: z.coerce.number().int().min(1).max(100).default(20),
        offset: z.coerce.number().int().min(0).max(100_000).default(0),
      }),
      response: z.object({ campaigns: z.array(campaignResponse) }),
      handler: async ({ principal, query }) => ({ campaigns: await service.campaigns(principal, query) }),
    }),
    defineRoute({
      method: 'get',
      path: '/relay-campaigns/:id',
      tag,
      summary: 'A relay campaign: per ambassador asked, relayed (where, when), snoozed, declined (reason)',
      params: idParams,
      response: campaignResponse,
      errors: [404],
      handler: async ({ principal, params }) => service.campaign(principal, params.id),
    }),
  ];
}
