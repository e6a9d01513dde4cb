/**
 * Console sign-in: the server-side sessions (the cookie holds a random token, the table only its
 * digest), the sign-ins under way (state, nonce and PKCE verifier between the redirect to the
 * provider and its answer) and the one-time first-run setup links (digest only, single use).
 */
import type { Kysely, Migration } from 'kysely';

export const signinMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('console_sessions')
    .addColumn('token_digest', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // 'entra', 'slack' or 'setup'
    .addColumn('via', 'text', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('console_sessions_person').on('console_sessions').column('person_id').execute();

  await db.schema
    .createTable('signin_attempts')
    .addColumn('state_digest', 'text', (c) => c.primaryKey())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('setup_links')
    .addColumn('token_digest', 'text', (c) => c.primaryKey())
    .addColumn('created_ms', 'bigint', (c) => c.notNull())
    .addColumn('expires_ms', 'bigint', (c) => c.notNull())
    .addColumn('used_ms', 'bigint')
    .execute();
}
