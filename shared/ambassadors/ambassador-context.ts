/**
 * What the ambassadors' parts share: their tables, the ports they named, the services of the
 * capabilities they use (news for relays, tours for the calendar and the welcome tour), settings.
 */
import type { Ports } from '../capability/ports.js';
import type { Locale } from '../i18n/i18n.js';
import type { NewsService } from '../news/news-service.js';
import type { TourService } from '../tours/tour-service.js';
import type { AmbassadorConfig } from './ambassador-config.js';
import type { AmbassadorDb } from './ambassador-tables.js';

export type AmbassadorPorts = Pick<
  Ports,
  'store' | 'jobs' | 'people' | 'events' | 'messengers' | 'pacer' | 'conversations' | 'logger' | 'consoleUrl'
>;

export interface AmbassadorContext extends AmbassadorPorts {
  db: AmbassadorDb;
  news: NewsService;
  tours: TourService;
  settings: AmbassadorConfig & { defaultLocale: Locale };
}
