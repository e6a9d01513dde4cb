/**
 * Managers from Entra: each synced person's `manager` source value is an object id, known only
 * once the manager's own page landed; after a round, one statement sets `manager_id` to the person
 * of that object id, for everyone whose HR file row names no manager.
 */
import { sql } from 'kysely';
import type { Dialect } from '../store/store.js';
import type { DirectoryDb } from './directory-tables.js';

export async function linkEntraManagers(db: DirectoryDb, dialect: Dialect, tenantId: string): Promise<void> {
  const manager = sql`(
      select i.person_id from person_sources ps
        join identities i on i.tenant_id = ${tenantId} and i.aad_object_id = ps.value
       where ps.person_id = people.id and ps.source = 'entra' and ps.field = 'manager'
       limit 1)`;
  // only rows whose manager changes: rewriting 100,000 unchanged rows each round costs seconds
  const differs = dialect === 'postgres' ? sql`is distinct from` : sql`is not`;
  await sql`
    update people set manager_id = ${manager}
     where manager_id ${differs} ${manager}
       and exists (select 1 from person_sources e
                    where e.person_id = people.id and e.source = 'entra' and e.field = 'manager')
       and not exists (select 1 from person_sources h
                        where h.person_id = people.id and h.source = 'hr' and h.field = 'manager')`.execute(
    db,
  );
}
