/**
 * People search and kinds: a normalised search_text column (filled here for existing rows, in
 * JavaScript, the same way every write fills it), kind_source (who decided member or guest), and
 * the identities index the lookup by directory object id actually uses: (tenant_id, aad_object_id).
 */
import { type Kysely, type Migration, sql } from 'kysely';
import { searchTextOf } from '../../people/search-text.js';

export const peopleSearch = (): Migration => ({ up });

const BATCH = 1_000;

interface BackfillRow {
  id: string;
  display_name: string;
  email: string | null;
}

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('people')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('people').addColumn('kind_source', 'text').execute();

  // Keyset pages: memory stays flat on a large directory.
  let after = '';
  for (;;) {
    const { rows } = await sql<BackfillRow>`
      select id, display_name, email from people where id > ${after} order by id limit ${BATCH}
    `.execute(db);
    for (const row of rows) {
      await sql`update people set search_text = ${searchTextOf(row.display_name, row.email)} where id = ${row.id}`.execute(
        db,
      );
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1]!.id;
  }

  await db.schema.dropIndex('identities_aad').execute();
  await db.schema
    .createIndex('identities_tenant_aad')
    .on('identities')
    .columns(['tenant_id', 'aad_object_id'])
    .execute();
}
