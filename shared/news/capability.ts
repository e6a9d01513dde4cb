/**
 * News: compose, publish, track, edit and recall, to people in chat and on the App Home feed.
 * Its service works over the store, jobs, people, events and the delivery machinery; it brings
 * the `news.ack` and share buttons, the `news` command and message shortcut, the news and
 * reminder 1:1 messages, the scheduled publish and reminder jobs and the REST routes.
 */
import { defineCapability, worker } from '../capability/capability.js';
import { translator } from '../i18n/i18n.js';
import { newsPreviewRoutes } from './console/news-preview-route.js';
import { newsTestRoutes } from './console/news-test-route.js';
import { newsMigration } from './migrations/005-news.js';
import { newsAudienceGroupsMigration } from './migrations/042-news-audience-groups.js';
import { newsContent, reminderContent } from './news-content.js';
import { NEWS_SUBJECT, type NewsContext, REMINDER_SUBJECT } from './news-context.js';
import { newsFeedCard } from './news-feed-card.js';
import { PUBLISH_QUEUE, REMIND_QUEUE, runScheduledPublish } from './news-lifecycle.js';
import { newsRoutes } from './news-routes.js';
import { newsShare } from './news-share.js';
import { newsDb } from './news-tables.js';
import { runReminder } from './news-tracking.js';
import { createNewsService, newsAckAction } from './sql-news-service.js';

export const news = defineCapability({
  name: 'news',
  migrations: [
    { id: '005-news', migration: newsMigration },
    { id: '042-news-audience-groups', migration: newsAudienceGroupsMigration },
  ],
  ports: [
    'store',
    'jobs',
    'people',
    'events',
    'delivery',
    'config',
    'logger',
    'consoleUrl',
    'pacer',
    'messengers',
    'audienceGroups',
  ],
  create(ports) {
    const ctx: NewsContext = {
      db: newsDb(ports.store),
      jobs: ports.jobs,
      people: ports.people,
      events: ports.events,
      delivery: ports.delivery,
      audienceGroups: ports.audienceGroups,
      settings: {
        ...ports.config.news,
        publicUrl: ports.config.publicUrl,
        consoleUrl: ports.consoleUrl,
        defaultLocale: ports.config.defaultLocale,
      },
      logger: ports.logger.child({ part: 'news' }),
    };
    const service = createNewsService(ctx);
    const share = newsShare(service, ports.consoleUrl);
    return {
      service,
      routes: [...newsRoutes(ports, service), ...newsPreviewRoutes(), ...newsTestRoutes(ports, service)],
      actions: [newsAckAction(ctx, service), ...share.actions],
      shortcuts: share.shortcuts,
      commands: [
        {
          name: 'news',
          handle: async (request) => {
            const items = await service.feed(request.actor, { limit: 5, offset: 0, locale: request.locale });
            return newsFeedCard(items, translator(request.locale), ports.consoleUrl);
          },
        },
      ],
      contents: [
        { subjectType: NEWS_SUBJECT, provider: newsContent(ctx) },
        { subjectType: REMINDER_SUBJECT, provider: reminderContent(ctx) },
      ],
      jobs: [
        worker<{ newsId: string; at: string }>(PUBLISH_QUEUE, (job) => runScheduledPublish(ctx, job.data), {
          concurrency: 2,
        }),
        worker<{ newsId: string; round: number }>(REMIND_QUEUE, (job) => runReminder(ctx, job.data), {
          concurrency: 1,
        }),
      ],
    };
  },
});
