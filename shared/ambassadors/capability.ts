/**
 * Ambassadors: a network of relays that Relais asks, equips and thanks. The roster (named in the
 * console or by the import's `roles` column, or nominated in chat and approved by an admin), the
 * `ambassadors` command, relay requests for news items, polls, surveys and quizzes with a per-week cap, and the weekly digest
 * of colleagues who need a hand, and recognition (figures, leaderboard, monthly thank-you). Uses news, polls, surveys and quizzes (the items relayed) and tours (the calendar, the
 * welcome tour's progress).
 */
import { defineCapability, worker } from '../capability/capability.js';
import type { NewsService } from '../news/news-service.js';
import type { PollService } from '../polls/poll-service.js';
import type { QuizService } from '../quizzes/quiz-service.js';
import type { SurveyService } from '../surveys/survey-service.js';
import type { TourService } from '../tours/tour-service.js';
import { ambassadorActionHandlers } from './ambassador-action-handlers.js';
import { ambassadorCommand } from './ambassador-command.js';
import { defaultAmbassadorConfig } from './ambassador-config.js';
import type { AmbassadorContext } from './ambassador-context.js';
import { ambassadorRoutes } from './ambassador-routes.js';
import { ambassadorDb } from './ambassador-tables.js';
import { DIGEST_QUEUE, type DigestJob, runDigest } from './digests.js';
import { ambassadorsMigration } from './migrations/013-ambassadors.js';
import { ambassadorRecognitionMigration } from './migrations/020-ambassador-recognition.js';
import { relayAttributionMigration } from './migrations/021-relay-attribution.js';
import { relayClaimsMigration } from './migrations/039-relay-claims.js';
import { digestScopeIndexesMigration } from './migrations/040-digest-scope-indexes.js';
import { attributeClick } from './relay-attribution.js';
import { deliverRequest, REQUEST_QUEUE, type RequestJob } from './relays.js';
import { ambassadorAsResource, ambassadorsFromImport } from './roster.js';
import { createAmbassadorService } from './sql-ambassador-service.js';
import { runThanks, THANKS_QUEUE, type ThanksJob } from './thanks.js';

export const ambassadors = defineCapability({
  name: 'ambassadors',
  migrations: [
    { id: '013-ambassadors', migration: ambassadorsMigration },
    { id: '020-ambassador-recognition', migration: ambassadorRecognitionMigration },
    { id: '021-relay-attribution', migration: relayAttributionMigration },
    { id: '039-relay-claims', migration: relayClaimsMigration },
    { id: '040-digest-scope-indexes', migration: digestScopeIndexesMigration },
  ],
  ports: [
    'store',
    'jobs',
    'people',
    'events',
    'messengers',
    'pacer',
    'conversations',
    'delivery',
    'config',
    'logger',
    'consoleUrl',
    'audienceGroups',
  ],
  uses: ['news', 'polls', 'surveys', 'quizzes', 'tours'],
  create(
    ports,
    {
      news,
      polls,
      surveys,
      quizzes,
      tours,
    }: {
      news: NewsService;
      polls: PollService;
      surveys: SurveyService;
      quizzes: QuizService;
      tours: TourService;
    },
  ) {
    const ctx: AmbassadorContext = {
      ...ports,
      logger: ports.logger.child({ part: 'ambassadors' }),
      db: ambassadorDb(ports.store),
      news,
      polls,
      surveys,
      quizzes,
      tours,
      settings: {
        ...(ports.config.ambassadors ?? defaultAmbassadorConfig),
        defaultLocale: ports.config.defaultLocale,
      },
    };
    const service = createAmbassadorService(ctx);
    // the welcome tour's resource-person step falls back to the newcomer's ambassadors
    tours.setResourceFallback((person) => ambassadorAsResource(ctx, person));
    return {
      service,
      routes: ambassadorRoutes(service, ports.config.defaultLocale),
      actions: ambassadorActionHandlers(ctx),
      onAction: (request, result) => attributeClick(ctx, request, result),
      commands: [ambassadorCommand(ctx)],
      jobs: [
        worker<RequestJob>(REQUEST_QUEUE, (job) => deliverRequest(ctx, job.data)),
        worker<DigestJob>(DIGEST_QUEUE, (job) => runDigest(ctx, job.data)),
        worker<ThanksJob>(THANKS_QUEUE, (job) => runThanks(ctx, job.data)),
      ],
      onPeopleImported: (refs) =>
        ambassadorsFromImport(
          ctx,
          refs.map((r) => r.id),
        ),
    };
  },
});
