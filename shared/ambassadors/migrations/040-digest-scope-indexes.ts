/**
 * The digest's "who needs a hand" reads a scope's people in id order, a page at a time
 * (digests.ts: keyset pages by department or site). With only `people(department)` PostgreSQL
 * walked the primary key and filtered: about 200 rows read per row kept at 200 departments
 * (8,000 for a first page of 40, 1.7 ms; 0.14 ms with this index, bench/ambassadors.ts). With the
 * id beside the department (and the site) the index gives a scope's people already in page order.
 */
import type { Kysely, Migration } from 'kysely';

export const digestScopeIndexesMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('people_department_id').on('people').columns(['department', 'id']).execute();
  await db.schema.createIndex('people_site_id').on('people').columns(['site', 'id']).execute();
}
