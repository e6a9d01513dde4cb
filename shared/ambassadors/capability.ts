/**
 * Ambassadors: a network of relays that Relais asks, equips and thanks. The roster (named in the
 * console or by the import's `roles` column, or nominated in chat and approved by an admin), the
 * `ambassadors` command, relay requests for news items with a per-week cap, and the weekly digest
 * of colleagues who need a hand, and recognition (figures, leaderboard, monthly thank-you). Uses news (the items relayed) and tours (the calendar, the
 * welcome tour's progress).
 */
import { defineCapability, worker } from '../capability/capability.js';
import type { NewsService } from '../news/news-service.js';
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
import { deliverRequest, REQUEST_QUEUE, type RequestJob } from './relays.js';
import { ambassadorsFromImport } from './roster.js';
import { createAmbassadorService } from './sql-ambassador-service.js';
import { runThanks, THANKS_QUEUE, type ThanksJob } from './thanks.js';

export const ambassadors = defineCapability({
  name: 'ambassadors',
  migrations: [
    { id: '013-ambassadors', migration: ambassadorsMigration },
    { id: '020-ambassador-recognition', migration: ambassadorRecognitionMigration },
  ],
  ports: [
    'store',
    'jobs',
    'people',
    'events',
    'messengers',
    'pacer',
    'conversations',
    'config',
    'logger',
    'consoleUrl',
  ],
  uses: ['news', 'tours'],
  create(ports, { news, tours }: { news: NewsService; tours: TourService }) {
    const ctx: AmbassadorContext = {
      ...ports,
      logger: ports.logger.child({ part: 'ambassadors' }),
      db: ambassadorDb(ports.store),
      news,
      tours,
      settings: {
        ...(ports.config.ambassadors ?? defaultAmbassadorConfig),
        defaultLocale: ports.config.defaultLocale,
      },
    };
    const service = createAmbassadorService(ctx);
    return {
      service,
      routes: ambassadorRoutes(service),
      actions: ambassadorActionHandlers(ctx),
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
