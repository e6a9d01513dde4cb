/** REST routes for the roster, relay campaigns and the week's assignments (see ambassador-service.ts). */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import { callerLocale } from '../api/caller-locale.js';
import type { Locale } from '../i18n/i18n.js';
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
import type { LeaderboardEntry } from './recognition.js';
import { rosterImportSchema } from './roster-import.js';

const tag = 'ambassadors';
const personParams = z.object({ personId: z.string().min(1).max(100) });
const idParams = z.object({ id: z.string().min(1).max(100) });
const scope = z.object({
  departments: z.array(z.string()),
  sites: z.array(z.string()),
  groups: z.array(z.string()),
});

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
      reach: z.number().nullable(),
      engaged: z.number(),
    }),
  ),
  skipped: z.array(z.object({ ambassadorId: z.string(), reason: z.enum(skipReasons) })),
  counts: z.object({ asked: z.number(), snoozed: z.number(), relayed: z.number(), declined: z.number() }),
  reach: z.number(),
  engaged: z.number(),
}) satisfies z.ZodType<RelayCampaign>;

const assignmentResponse = z.object({
  week: z.string(),
  personId: z.string(),
  displayName: z.string(),
  ambassadorId: z.string(),
  reason: z.enum(needReasons),
  state: z.enum(['listed', 'helping', 'done']),
}) satisfies z.ZodType<Assignment>;

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must look like 2026-11')
  .optional();
const scopeValue = z.string().trim().min(1).max(200).optional();

const figures = {
  relays: z.number(),
  channelRelays: z.number(),
  reach: z.number(),
  reachUnknown: z.number(),
  helped: z.number(),
  returned: z.number(),
  engaged: z.number(),
  acknowledged: z.number(),
  voted: z.number(),
  answered: z.number(),
};

const leaderboardEntry = z.object({
  rank: z.number(),
  personId: z.string(),
  displayName: z.string(),
  ...figures,
}) satisfies z.ZodType<LeaderboardEntry>;

/** recognition: "my ambassador page", the leaderboard, the monthly thank-you run now */
function recognitionRoutes(service: AmbassadorService) {
  return [
    defineRoute({
      method: 'get',
      path: '/ambassadors/leaderboard',
      tag,
      summary:
        'Ambassadors of a department or site ranked by relays, colleagues helped and colleagues back; without those who left the leaderboard (communicators, admins, ambassadors)',
      query: z.object({ department: scopeValue, site: scopeValue, month }),
      response: z.object({ entries: z.array(leaderboardEntry) }),
      handler: async ({ principal, query }) => ({
        entries: await service.leaderboard(
          principal,
          { department: query.department, site: query.site },
          query.month,
        ),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/ambassadors/thanks/run',
      tag,
      summary:
        "Queue every active ambassador's thank-you card now, for last month or this month so far (once per ambassador and month; admins)",
      body: z.object({ month: z.enum(['last', 'this']).default('last') }),
      status: 202,
      response: z.object({ queued: z.number() }),
      handler: async ({ principal, body }) => service.runThanksNow(principal, body.month),
    }),
    defineRoute({
      method: 'get',
      path: '/ambassadors/:personId/figures',
      tag,
      summary:
        "An ambassador's figures, all time or for a month: relays, reach of relays, colleagues helped, colleagues back within 7 days of a nudge (the ambassador, communicators, admins)",
      params: personParams,
      query: z.object({ month }),
      response: z.object({ ambassador: ambassadorResponse, figures: z.object(figures) }),
      errors: [404],
      handler: async ({ principal, params, query }) =>
        service.figures(principal, params.personId, query.month),
    }),
  ];
}

export function ambassadorRoutes(service: AmbassadorService, defaultLocale: Locale) {
  return [
    ...recognitionRoutes(service),
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
      summary:
        'Name an ambassador: scope of departments and sites, or guest groups they are in (default: their department and site; a guest: their groups) and sponsors (admins)',
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
      summary:
        'The ambassadors of my department and site, and of my guest groups (a guest: of their groups only)',
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
      path: '/ambassadors/import',
      tag,
      summary:
        'Name the ambassadors of a roster import: per row an email and optionally the departments, sites and guest groups (by id or name) covered (else their own); each row says whether it was named, or why not (admins)',
      body: rosterImportSchema,
      response: z.object({
        results: z.array(
          z.object({
            email: z.string(),
            outcome: z.enum(['named', 'unknown', 'refused']),
            personId: z.string().nullable(),
            message: z.string().nullable(),
          }),
        ),
      }),
      handler: async ({ principal, body, req, res }) => ({
        results: await service.importRoster(principal, body, callerLocale(req, res, defaultLocale)),
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
      summary:
        'Ask the ambassadors of departments, sites or guest groups to relay a published news item, poll, survey or quiz (communicators)',
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
      summary:
        'Relay campaigns, newest first; those of one item with subjectType and subjectId (communicators)',
      query: z.object({
        limit: z.coerce.number().int().min(1).max(100).default(20),
        offset: z.coerce.number().int().min(0).max(100_000).default(0),
        subjectType: z.enum(relaySubjectTypes).optional(),
        subjectId: z.string().min(1).max(100).optional(),
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
