/**
 * GET /home: the console's home page for the caller, scoped by their roles. What waits for them
 * (news awaiting an admin’s approval), their own drafts, what is scheduled, the recent sends with
 * their reach and acknowledgements, open polls with their voters, tours with their completion.
 * Each capability's section is read through its service, which applies its own rules: a section
 * the caller may not see is `null`, so the page shows no panel for it.
 */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import { can, type Principal, principalPersonId } from '../auth/principal.js';
import { isAppError } from '../errors/errors.js';
import type { NewsService } from '../news/news-service.js';
import type { PollService } from '../polls/poll-service.js';
import type { TourService } from '../tours/tour-service.js';

export interface HomeServices {
  news: NewsService;
  polls: PollService;
  tours: TourService;
}

/** How many lines each list shows: the page is a summary, each capability's page has the rest. */
const LINES = 5;

const titles = z.object({ fr: z.string().optional(), en: z.string().optional() });
const newsLine = z.object({
  id: z.string(),
  titles,
  status: z.string(),
  strategic: z.boolean(),
  publishAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
const reach = z.object({
  targeted: z.number(),
  delivered: z.number(),
  read: z.number(),
  acknowledged: z.number(),
});

const homeAnswer = z.object({
  news: z
    .object({
      /** pending_approval items: the caller approves them (admin) or waits for an admin */
      waitingApproval: z.array(newsLine),
      canApprove: z.boolean(),
      drafts: z.array(newsLine),
      scheduled: z.array(newsLine),
      recent: z.array(newsLine.extend({ reach })),
    })
    .nullable(),
  polls: z
    .object({
      open: z.array(
        z.object({
          id: z.string(),
          question: z.string(),
          /** null while the poll hides its results from the caller */
          voters: z.number().nullable(),
          closesAt: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  tours: z
    .object({
      tours: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          status: z.string(),
          journeys: z.number(),
          completed: z.number(),
          completionRate: z.number(),
        }),
      ),
    })
    .nullable(),
});
export type HomeSummary = z.infer<typeof homeAnswer>;

/** A section the caller's roles do not open is absent; any other failure is a real one. */
async function ifAllowed<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isAppError(error) && (error.code === 'forbidden' || error.code === 'not_found')) return null;
    throw error;
  }
}

type NewsItem = Awaited<ReturnType<NewsService['get']>>;
const lineOf = (item: NewsItem) => ({
  id: item.id,
  titles: { fr: item.variants.fr?.title, en: item.variants.en?.title },
  status: item.status,
  strategic: item.strategic,
  publishAt: item.publishAt,
  publishedAt: item.publishedAt,
  updatedAt: item.updatedAt,
});

async function newsSection(news: NewsService, principal: Principal) {
  const listed = (status: NewsItem['status'], limit = LINES) =>
    news.list(principal, { status, limit, offset: 0 }).then(({ items }) => items);
  // "my drafts": a communicator may see colleagues' drafts, the home shows the caller's own
  const me = principalPersonId(principal);
  const mine = (items: NewsItem[]) =>
    (me ? items.filter((item) => item.authorId === me) : items).slice(0, LINES);
  const [waiting, drafts, scheduled, publishing, published] = await Promise.all([
    listed('pending_approval'),
    listed('draft', 50).then(mine),
    listed('scheduled'),
    listed('publishing'),
    listed('published'),
  ]);
  const sent = [...publishing, ...published]
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
    .slice(0, LINES);
  const recent = await Promise.all(
    sent.map(async (item) => {
      const { totals } = await news.stats(principal, item.id);
      const { targeted, delivered, read, acknowledged } = totals;
      return { ...lineOf(item), reach: { targeted, delivered, read, acknowledged } };
    }),
  );
  return {
    waitingApproval: waiting.map(lineOf),
    canApprove: can(principal, 'admin'),
    drafts: drafts.map(lineOf),
    scheduled: scheduled.map(lineOf),
    recent,
  };
}

async function pollsSection(polls: PollService, principal: Principal) {
  const { polls: open } = await polls.list(principal, { state: 'open', limit: LINES, offset: 0 });
  return {
    open: await Promise.all(
      open.map(async (poll) => ({
        id: poll.id,
        question: poll.question,
        voters: (await ifAllowed(() => polls.results(poll.id, principal)))?.voters ?? null,
        closesAt: poll.closesAt,
      })),
    ),
  };
}

async function toursSection(tours: TourService, principal: Principal) {
  const active = (await tours.list(principal, { status: 'active' })).slice(0, LINES);
  return {
    tours: await Promise.all(
      active.map(async (tour) => {
        const stats = await tours.stats(tour.id);
        return {
          id: tour.id,
          name: tour.name,
          status: tour.status,
          journeys: stats.journeys.total,
          completed: stats.journeys.completed,
          completionRate: stats.completionRate,
        };
      }),
    ),
  };
}

export function homeRoutes({ news, polls, tours }: HomeServices) {
  return [
    defineRoute({
      method: 'get',
      path: '/home',
      tag: 'home',
      summary:
        'The caller’s home: news awaiting approval, drafts, scheduled and recent sends with reach, open polls, tours with completion (sections the caller may not see are null)',
      response: homeAnswer,
      handler: async ({ principal }) => ({
        news: await ifAllowed(() => newsSection(news, principal)),
        polls: await ifAllowed(() => pollsSection(polls, principal)),
        tours: await ifAllowed(() => toursSection(tours, principal)),
      }),
    }),
  ];
}
