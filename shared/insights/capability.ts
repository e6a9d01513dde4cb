/**
 * Adoption insights: the daily rollups of the event log, deliveries, strategic items and tours
 * (a durable job, once per day across instances), the dashboard's REST answer and CSV tables for
 * communicators (their scope) and admins, the tab heartbeat, the `dashboard` command and the
 * opt-in monthly digest. Privacy by construction: no segment under INSIGHTS_MIN_GROUP_SIZE, no
 * per-person view, raw events deleted after INSIGHTS_RETENTION_DAYS once rolled up.
 */
import { defineCapability, worker } from '../capability/capability.js';
import { dashboardCommand } from './dashboard-command.js';
import { defaultInsightsConfig } from './insights-config.js';
import type { InsightsContext } from './insights-context.js';
import { currentMonth, DIGEST_QUEUE, type DigestJob, planDigest, runDigest } from './insights-digest.js';
import { insightsRoutes } from './insights-routes.js';
import { createInsightsService } from './insights-service.js';
import { insightsDb } from './insights-tables.js';
import { insightsMigration } from './migrations/025-insights.js';
import { insightsSatisfactionMigration } from './migrations/030-insights-satisfaction.js';
import { insightsGroupsMigration } from './migrations/031-insights-groups.js';
import { insightsReadIndexesMigration } from './migrations/032-insights-read-indexes.js';
import { insightsPooledSizeMigration } from './migrations/037-insights-pooled-size.js';
import { planRepoolAtStart, REPOOL_QUEUE, type RepoolJob, runRepoolJob } from './repool-job.js';
import { planAtStart, ROLLUP_QUEUE, type RollupJob, runRollupJob } from './rollup-job.js';

export const insights = defineCapability({
  name: 'insights',
  migrations: [
    { id: '025-insights', migration: insightsMigration },
    { id: '030-insights-satisfaction', migration: insightsSatisfactionMigration },
    { id: '031-insights-groups', migration: insightsGroupsMigration },
    { id: '032-insights-read-indexes', migration: insightsReadIndexesMigration },
    { id: '037-insights-pooled-size', migration: insightsPooledSizeMigration },
  ],
  ports: [
    'store',
    'jobs',
    'people',
    'events',
    'messengers',
    'pacer',
    'once',
    'config',
    'logger',
    'consoleUrl',
  ],
  async create(ports) {
    const ctx: InsightsContext = {
      ...ports,
      logger: ports.logger.child({ part: 'insights' }),
      db: insightsDb(ports.store),
      settings: {
        ...(ports.config.insights ?? defaultInsightsConfig),
        defaultLocale: ports.config.defaultLocale,
      },
      now: () => new Date(),
    };
    const service = createInsightsService(ctx);
    // every instance plans the same job ids: each day and month runs once
    await planAtStart(ctx);
    await planRepoolAtStart(ctx);
    await planDigest(ctx, currentMonth(ctx.now()));
    return {
      service,
      routes: insightsRoutes(service, ports.config.defaultLocale),
      commands: [dashboardCommand(ctx, service)],
      jobs: [
        // one day at a time: a day's week-to-date counts read the days before it
        worker<RollupJob>(ROLLUP_QUEUE, (job) => runRollupJob(ctx, job.data), { concurrency: 1 }),
        worker<RepoolJob>(REPOOL_QUEUE, (job) => runRepoolJob(ctx, job.data), { concurrency: 1 }),
        worker<DigestJob>(DIGEST_QUEUE, async (job) => {
          await runDigest(ctx, service, job.data);
        }),
      ],
    };
  },
});
