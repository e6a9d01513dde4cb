/** REST routes of the adoption dashboard (see insights-service.ts for who sees what). */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import { callerLocale } from '../api/caller-locale.js';
import { requireAuthor } from '../audiences/author-scope.js';
import { AppError } from '../errors/errors.js';
import { type Locale, translator } from '../i18n/i18n.js';
import { insightsTables, tableRows, toCsv } from './insights-csv.js';
import type { InsightsFilter } from './insights-filter.js';
import type { InsightsService } from './insights-service.js';

const tag = 'insights';
const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must look like 2026-11-30');
const segmentValue = z.string().trim().min(1).max(200).optional();

export const filterQuery = z.object({
  period: z.enum(['day', 'week', 'month']).default('week'),
  date: day.optional(),
  department: segmentValue,
  site: segmentValue,
  kind: z.enum(['member', 'guest']).optional(),
  platform: z.enum(['teams', 'slack', 'tab']).optional(),
});

const n = z.number().nullable();
const headlineKeys = [
  'people',
  'reachable',
  'installRate',
  'active',
  'connectionRate',
  'dailyActiveAverage',
  'weeklyActive',
  'monthlyActive',
  'activeDaysPerActive',
  'tabMinutes',
  'delivered',
  'interactions',
  'interactionRate',
  'reactions',
  'clicks',
  'votes',
  'answers',
  'commands',
  'relays',
  'helped',
  'returned',
  'invitationsAccepted',
  'chartersAccepted',
  'activeGuests',
  'strategicReadRate',
  'strategicAcknowledgedRate',
  'medianMinutesToAcknowledge',
] as const;
const bar = z.object({ name: z.string(), people: n, active: n, connectionRate: n, interactionRate: n });

const surveyScore = z.object({
  surveyId: z.string(),
  title: z.string(),
  createdAt: z.string(),
  hidden: z.boolean().describe('fewer respondents than INSIGHTS_MIN_GROUP_SIZE in this segment: no figure'),
  respondents: n,
  averageRating: n.describe('average overall rating, 1 to 5'),
  nps: n.describe('Net Promoter Score, -100 to 100, from the 0–10 recommendation question'),
});

const dashboardResponse = z.object({
  period: z.object({
    kind: z.enum(['day', 'week', 'month']),
    from: z.string(),
    to: z.string(),
    previousFrom: z.string(),
    previousTo: z.string(),
  }),
  lastRolledUpDay: z.string().nullable(),
  minGroupSize: z.number(),
  hidden: z.boolean(),
  headline: z.array(z.object({ key: z.enum(headlineKeys), value: n, previous: n, change: n })),
  trend: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      people: n,
      active: n,
      connectionRate: n,
      activeDaysPerActive: n,
      interactionRate: n,
      tabMinutes: n,
    }),
  ),
  departments: z.array(bar),
  sites: z.array(bar),
  tours: z.array(
    z.object({
      tourId: z.string(),
      name: z.string(),
      hidden: z.boolean(),
      started: n,
      completed: n,
      completionRate: n,
      medianDaysToComplete: n,
      steps: z.array(z.object({ index: z.number(), key: z.string(), reached: n, stoppedHere: n })),
    }),
  ),
  items: z.array(
    z.object({
      newsId: z.string(),
      title: z.string(),
      firstSentAt: z.string().nullable(),
      hidden: z.boolean(),
      delivered: n,
      read: n,
      acknowledged: n,
      readRate: n,
      acknowledgedRate: n,
      medianMinutesToAcknowledge: n,
    }),
  ),
  groups: z
    .array(
      z.object({
        groupId: z.string(),
        name: z.string(),
        hidden: z.boolean(),
        members: n,
        guests: n,
        invited: n.describe('invitations sent in the period'),
        invitationsAccepted: n,
        chartersAccepted: n,
      }),
    )
    .describe(
      'Extranet groups (admins: all; communicators: those they manage or write to), their own segment: the other filters do not apply',
    ),
  satisfaction: surveyScore
    .extend({
      previous: surveyScore.nullable(),
      change: z.object({ averageRating: n, nps: n }),
    })
    .nullable()
    .describe(
      'The latest survey made from the satisfaction template by the period’s end, and the one before it. Anonymous answers count only when no department, site or kind is selected.',
    ),
});

export function insightsRoutes(service: InsightsService, defaultLocale: Locale) {
  return [
    defineRoute({
      method: 'get',
      path: '/insights',
      tag,
      summary:
        'The adoption dashboard for a period and segment: headline figures with the previous period, trend, bars by department and site, tour funnel, strategic items (communicators: their scope; admins)',
      description:
        'Segments under INSIGHTS_MIN_GROUP_SIZE people are never shown: a small department or site joins "__other__", a small selected segment answers `hidden: true` with no figures. Tab time is approximate (one heartbeat a minute while a tab is visible).',
      query: filterQuery,
      response: dashboardResponse,
      handler: async ({ principal, query, req, res }) =>
        service.dashboard(principal, query as InsightsFilter, callerLocale(req, res, defaultLocale)),
    }),
    defineRoute({
      method: 'get',
      path: '/insights/tables/:table',
      tag,
      summary:
        'One table of the dashboard as CSV (headline, trend, departments, sites, tours, items), same filters',
      params: z.object({ table: z.enum(insightsTables) }),
      query: filterQuery,
      csv: true,
      handler: async ({ principal, params, query, req, res }) => {
        const locale = callerLocale(req, res, defaultLocale);
        const d = await service.dashboard(principal, query as InsightsFilter, locale);
        const csv = toCsv(tableRows(d, params.table, translator(locale)));
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="insights-${params.table}-${d.period.kind}-${d.period.from}.csv"`,
        );
        res.send(csv);
        return undefined;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/insights/heartbeat',
      tag,
      summary:
        'The tab is visible: one minute of (approximate) time in the tabs, counted at most once a minute per person',
      status: 202,
      response: z.object({ counted: z.boolean() }),
      handler: async ({ principal }) => service.heartbeat(principal, 'tab'),
    }),
    defineRoute({
      method: 'post',
      path: '/insights/rollups',
      tag,
      summary:
        'Roll one day up again now, replacing its figures (admins; the daily job does it after each day)',
      body: z.object({ day }),
      response: z.object({ day: z.string() }),
      handler: async ({ principal, body }) => service.rollup(principal, body.day),
    }),
    defineRoute({
      method: 'put',
      path: '/insights/digest',
      tag,
      summary: 'Subscribe to (or leave) the monthly digest card in chat (communicators and admins)',
      body: z.object({ subscribed: z.boolean() }),
      response: z.object({ subscribed: z.boolean() }),
      handler: async ({ principal, body }) => {
        if (principal.kind !== 'person') throw new AppError('forbidden', 'a person subscribes, not a key');
        // only those who may see the dashboard may receive it
        requireAuthor(principal);
        await service.subscribe(principal.person, body.subscribed);
        return { subscribed: body.subscribed };
      },
    }),
  ];
}
