/** Composes the news feature from the core: its context, the service, and its registrations. */
import type { Core } from '../core.js';
import type { NewsContext } from './news-context.js';
import type { NewsService } from './news-service.js';
import { registerNewsShare } from './news-share.js';
import { newsDb } from './news-tables.js';
import { createNewsService, wireNews } from './sql-news-service.js';

export function createNews(core: Core): NewsService {
  const ctx: NewsContext = {
    db: newsDb(core.store),
    jobs: core.jobs,
    people: core.people,
    events: core.events,
    delivery: core.delivery,
    settings: {
      ...core.config.news,
      publicUrl: core.config.publicUrl,
      consoleUrl: core.consoleUrl,
      defaultLocale: core.config.defaultLocale,
    },
    logger: core.logger.child({ part: 'news' }),
  };
  const news = createNewsService(ctx);
  wireNews(ctx, news, { dispatcher: core.dispatcher, commands: core.commands, consoleUrl: core.consoleUrl });
  registerNewsShare(news, {
    dispatcher: core.dispatcher,
    shortcuts: core.shortcuts,
    consoleUrl: core.consoleUrl,
  });
  return news;
}
