/**
 * The `person_sources` table (migration 010-directory): writing a source's values and bringing
 * the people rows back to the winners (person-sources.ts) after a write. Used by the HR import
 * and the directory sync, inside their own transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import { mergeSources, type SourceRow, type SourceValues, unattributedValues } from './person-sources.js';

export type PersonSourcesTable = {
  person_sources: {
    person_id: string;
    source: string;
    field: string;
    value: string | null;
    updated_at: string;
  };
};

type Db = Kysely<Database> | Transaction<Database>;

const chunks = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

export const sourceRows = (personId: string, source: string, values: SourceValues): SourceRow[] =>
  Object.entries(values).map(([field, value]) => ({
    person_id: personId,
    source,
    field,
    value: value ?? null,
  }));

export async function upsertSourceRows(db: Db, rows: SourceRow[], now: string): Promise<void> {
  const tables = db.withTables<PersonSourcesTable>();
  for (const chunk of chunks(rows, 150)) {
    await tables
      .insertInto('person_sources')
      .values(chunk.map((r) => ({ ...r, updated_at: now })))
      .onConflict((oc) =>
        oc.columns(['person_id', 'source', 'field']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

/**
 * After the HR file wrote its values straight into the rows of `personIds`: those who also have
 * values from a directory source get the winner of each field back (Entra's name over the file's).
 */
export async function remergeDirectoryPeople(db: Db, personIds: string[], now: string): Promise<void> {
  const tables = db.withTables<PersonSourcesTable>();
  for (const ids of chunks(personIds, 500)) {
    const synced = await tables
      .selectFrom('person_sources')
      .select('person_id')
      .distinct()
      .where('person_id', 'in', ids)
      .where('source', '!=', 'hr')
      .execute();
    if (synced.length === 0) continue;
    const syncedIds = synced.map((r) => r.person_id);
    const people = await db.selectFrom('people').selectAll().where('id', 'in', syncedIds).execute();
    const rows = await tables
      .selectFrom('person_sources')
      .select(['person_id', 'source', 'field', 'value'])
      .where('person_id', 'in', syncedIds)
      .execute();
    for (const person of people) {
      const own = rows.filter((r) => r.person_id === person.id);
      const merged = mergeSources(person, [
        ...own,
        ...sourceRows(person.id, 'hr', unattributedValues(person, own)),
      ]);
      if (Object.keys(merged.patch).length === 0) continue;
      await db
        .updateTable('people')
        .set({ ...merged.patch, updated_at: now })
        .where('id', '=', person.id)
        .execute();
    }
  }
}
