/** What the insights' parts share: their tables, the ports they named, settings. */
import type { Ports } from '../capability/ports.js';
import type { Locale } from '../i18n/i18n.js';
import type { InsightsConfig } from './insights-config.js';
import type { InsightsDb } from './insights-tables.js';

export type InsightsPorts = Pick<
  Ports,
  'store' | 'jobs' | 'people' | 'events' | 'messengers' | 'pacer' | 'once' | 'logger' | 'consoleUrl'
>;

export interface InsightsContext extends InsightsPorts {
  db: InsightsDb;
  settings: InsightsConfig & { defaultLocale: Locale };
  /** the clock of the daily jobs (tests move it) */
  now: () => Date;
}
