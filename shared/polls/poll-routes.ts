/**
 * REST routes for polls: create (posted into a conversation, or sent 1:1 to an audience), read,
 * close, reopen, results (JSON or CSV), voters (CSV, named polls), reminders, and a vote for the
 * signed-in person (tabs).
 */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import { sentMessageAnswer } from '../api/shared-answers.js';
import type { Principal } from '../auth/principal.js';
import type { Ports } from '../capability/ports.js';
import { AppError } from '../errors/errors.js';
import type { Locale } from '../i18n/i18n.js';
import { pollDraftSchema, pollTargetSchema, resultVisibilities } from './poll-model.js';
import type { PollService } from './poll-service.js';

const pollView = z.object({
  id: z.string(),
  question: z.string(),
  options: z.array(z.object({ id: z.string(), label: z.string(), addedBy: z.string().nullable() })),
  maxChoices: z.number(),
  anonymous: z.boolean(),
  resultVisibility: z.enum(resultVisibilities),
  allowAddOptions: z.boolean(),
  closesAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  authorId: z.string().nullable(),
  locale: z.enum(['fr', 'en']),
  createdAt: z.string(),
  state: z.enum(['open', 'closed']),
});

const resultsView = z.object({
  pollId: z.string(),
  voters: z.number(),
  counts: z.record(z.string(), z.number()),
});

const toView = (poll: import('./poll-model.js').Poll): z.infer<typeof pollView> => ({
  id: poll.id,
  question: poll.question,
  options: poll.options.map((o) => ({ id: o.id, label: o.label, addedBy: o.addedBy })),
  maxChoices: poll.maxChoices,
  anonymous: poll.anonymous,
  resultVisibility: poll.resultVisibility,
  allowAddOptions: poll.allowAddOptions,
  closesAt: poll.closesAt,
  closedAt: poll.closedAt,
  authorId: poll.authorId,
  locale: poll.locale,
  createdAt: poll.createdAt,
  state: poll.closedAt ? 'closed' : 'open',
});

const conversationSchema = z.object({
  platform: z.enum(['teams', 'slack']),
  tenantId: z.string().min(1).max(200),
  conversationId: z.string().min(1).max(300),
});

const idParams = z.object({ id: z.string().min(1).max(100) });
/** what the routes read besides the service: the default language of CSV exports */
type PollRoutePorts = Pick<Ports, 'config'>;

const localeOf = (principal: Principal, core: PollRoutePorts, asked?: Locale): Locale =>
  asked ?? (principal.kind === 'person' ? principal.person.locale : null) ?? core.config.defaultLocale;

const sendCsv = (res: import('express').Response, name: string, body: string): undefined => {
  res.type('text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  // a BOM so spreadsheet programs read the accents as UTF-8
  res.send(`\uFEFF${body}`);
  return undefined;
};

export function pollRoutes(core: PollRoutePorts, polls: PollService) {
  return [
    defineRoute({
      method: 'post',
      path: '/polls',
      tag: 'polls',
      summary:
        'Create a poll; with `target.conversation` it is posted there (members), with `target.audience` sent 1:1 (communicators)',
      body: z.object({ poll: pollDraftSchema, target: pollTargetSchema.optional() }),
      response: z.object({
        poll: pollView,
        messages: z.array(sentMessageAnswer),
        deliveryId: z.string().optional(),
      }),
      status: 201,
      // posting into a conversation is a platform call made for the caller
      errors: [422, 429, 503],
      handler: async ({ principal, body }) => {
        const created = await polls.create(principal, body.poll, body.target);
        return { ...created, poll: toView(created.poll) };
      },
    }),

    defineRoute({
      method: 'get',
      path: '/polls',
      tag: 'polls',
      summary: 'Polls, newest first: your own, or everyone’s for communicators and admins',
      query: z.object({
        authorId: z.string().max(100).optional(),
        state: z.enum(['open', 'closed']).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        offset: z.coerce.number().int().min(0).default(0),
      }),
      response: z.object({ polls: z.array(pollView), total: z.number() }),
      handler: async ({ principal, query }) => {
        const { polls: list, total } = await polls.list(principal, query);
        return { polls: list.map(toView), total };
      },
    }),

    defineRoute({
      method: 'get',
      path: '/polls/:id',
      tag: 'polls',
      summary: 'A poll, your own choices, and its counts when you may see them',
      params: idParams,
      response: z.object({
        poll: pollView,
        myChoices: z.array(z.string()),
        results: resultsView.optional(),
        canManage: z.boolean(),
      }),
      errors: [404],
      handler: async ({ principal, params }) => {
        const view = await polls.view(params.id, principal);
        return { ...view, poll: toView(view.poll) };
      },
    }),

    defineRoute({
      method: 'post',
      path: '/polls/:id/votes',
      tag: 'polls',
      summary: 'Vote as the signed-in person (replaces their earlier ballot)',
      params: idParams,
      body: z.object({ options: z.array(z.string().min(1).max(20)).min(1).max(30) }),
      response: z.object({ myChoices: z.array(z.string()), results: resultsView.optional() }),
      errors: [404, 409],
      handler: async ({ principal, params, body }) => {
        if (principal.kind !== 'person') throw new AppError('forbidden', 'only a person votes');
        const view = await polls.vote(params.id, principal.person, body.options);
        return { myChoices: view.myChoices, results: view.results };
      },
    }),

    defineRoute({
      method: 'post',
      path: '/polls/:id/post',
      tag: 'polls',
      summary: 'Post the poll into one more conversation (another channel, the other platform): one tally',
      params: idParams,
      body: z.object({ conversation: conversationSchema }),
      response: sentMessageAnswer,
      status: 201,
      errors: [404, 422, 429, 503],
      handler: ({ principal, params, body }) => polls.post(params.id, principal, body.conversation),
    }),

    defineRoute({
      method: 'post',
      path: '/polls/:id/close',
      tag: 'polls',
      summary: 'Close a poll now (author, communicators, admins)',
      params: idParams,
      response: pollView,
      errors: [404],
      handler: async ({ principal, params }) => toView(await polls.close(params.id, principal)),
    }),

    defineRoute({
      method: 'post',
      path: '/polls/:id/reopen',
      tag: 'polls',
      summary: 'Reopen a closed poll, with an optional new deadline',
      params: idParams,
      body: z.object({ closesAt: z.iso.datetime({ offset: true }).optional() }).default({}),
      response: pollView,
      errors: [404],
      handler: async ({ principal, params, body }) =>
        toView(await polls.reopen(params.id, principal, body.closesAt)),
    }),

    defineRoute({
      method: 'get',
      path: '/polls/:id/results',
      tag: 'polls',
      summary: 'Exact counts (JSON, or CSV with ?format=csv); hidden until close when the poll says so',
      params: idParams,
      query: z.object({
        format: z.enum(['json', 'csv']).default('json'),
        locale: z.enum(['fr', 'en']).optional(),
      }),
      // recipients: the denominator of the participation (voters / recipients), audience polls only
      response: resultsView.extend({ recipients: z.number().nullable() }),
      csv: true,
      errors: [404],
      handler: async ({ principal, params, query, res }) => {
        if (query.format === 'csv') {
          const body = await polls.resultsCsv(params.id, principal, localeOf(principal, core, query.locale));
          return sendCsv(res, `poll-${params.id}-results.csv`, body);
        }
        const results = await polls.results(params.id, principal);
        return { ...results, recipients: await polls.reach(params.id) };
      },
    }),

    defineRoute({
      method: 'get',
      path: '/polls/:id/voters',
      tag: 'polls',
      summary: 'Who chose what, as CSV (named polls; author, communicators, admins)',
      params: idParams,
      query: z.object({ locale: z.enum(['fr', 'en']).optional() }),
      csv: true,
      errors: [404, 409],
      handler: async ({ principal, params, query, res }) => {
        const body = await polls.votersCsv(params.id, principal, localeOf(principal, core, query.locale));
        return sendCsv(res, `poll-${params.id}-voters.csv`, body);
      },
    }),

    defineRoute({
      method: 'post',
      path: '/polls/:id/remind',
      tag: 'polls',
      summary: 'Remind, 1:1, the people of the audience who have not voted',
      params: idParams,
      response: z.object({ queued: z.number() }),
      errors: [404, 409],
      handler: async ({ principal, params }) => polls.remind(params.id, principal),
    }),
  ];
}
