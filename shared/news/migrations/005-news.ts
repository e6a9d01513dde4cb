/**
 * News: the items (variants and audience as JSON text), one signal row per (news, person, kind)
 * — the primary key makes "first time" writes idempotent, so counts are plain counts — and the
 * key that signs tracked links, generated once here (under the migration lock, so every instance
 * of a deployment shares it).
 */
import { randomBytes } from 'node:crypto';
import { type Kysely, type Migration, sql } from 'kysely';

export const newsMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('news')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON { fr?: NewsVariant, en?: NewsVariant }
    .addColumn('variants', 'text', (c) => c.notNull())
    // JSON Audience
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('strategic', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'text')
    .addColumn('author_id', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('publish_at', 'text')
    .addColumn('publish_time_zone', 'text')
    // set while a publish waits for an admin's approval (publish_at keeps the time asked, if any)
    .addColumn('approval_requested_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('recalled_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('reminders_sent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('news_status_published')
    .on('news')
    .columns(['status', 'published_at'])
    .execute();
  await db.schema.createIndex('news_author').on('news').columns(['author_id', 'created_at']).execute();

  await db.schema
    .createTable('news_signals')
    .addColumn('news_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    // 'delivered' | 'read' | 'acknowledged' | 'clicked' | 'reacted'
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('platform', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('news_signals_pk', ['news_id', 'person_id', 'kind'])
    .execute();
  await db.schema
    .createIndex('news_signals_person')
    .on('news_signals')
    .columns(['person_id', 'kind'])
    .execute();

  await db.schema
    .createTable('news_link_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into news_link_keys (id, secret) values ('links', ${randomBytes(32).toString('base64url')})`.execute(
    db,
  );
}
