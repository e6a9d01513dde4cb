/**
 * Kysely types of the news tables (migration 005), added to the shared Database type with
 * `withTables` so the foundation schema stays untouched by feature work. The delivery machinery's
 * `deliveries` table (migration 004) is read directly, for per-department statistics and the list
 * of who has not acknowledged (one SQL query each instead of paging every record).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';

export type NewsTables = {
  news: {
    id: string;
    status: string;
    /** JSON NewsVariants */
    variants: string;
    /** JSON Audience */
    audience: string;
    strategic: number;
    expires_at: string | null;
    author_id: string | null;
    author_name: string;
    publish_at: string | null;
    publish_time_zone: string | null;
    approval_requested_at: string | null;
    approved_by: string | null;
    approved_at: string | null;
    published_at: string | null;
    recalled_at: string | null;
    cancelled_at: string | null;
    reminders_sent: number;
    created_at: string;
    updated_at: string;
  };
  news_signals: {
    news_id: string;
    person_id: string;
    kind: string;
    platform: string | null;
    at: string;
  };
  news_link_keys: { id: string; secret: string };
  /** one row per item and group its audience names (migration 042): a group's news by index */
  news_audience_groups: { group_id: string; news_id: string };
};

export type NewsRow = NewsTables['news'];
export type NewsDb = Kysely<Database & NewsTables>;

export const newsDb = (store: Store): NewsDb => store.db.withTables<NewsTables>();
