/**
 * Who a source's `manager` value names: the HR file gives a person id, Entra ID a user object id
 * (the manager's Entra account). The person page shows that person's name, linked, rather than
 * the raw id; a value that names nobody Relais knows stays as it is.
 */
import type { DirectoryDb } from './directory-tables.js';

export interface NamedPerson {
  id: string;
  displayName: string;
}

/** '<source>\u0000<value>' → the person a manager value names, for the values given. */
export async function managersNamed(
  db: DirectoryDb,
  values: readonly { source: string; value: string | null }[],
): Promise<Map<string, NamedPerson>> {
  const out = new Map<string, NamedPerson>();
  const of = (source: string) => [
    ...new Set(values.filter((v) => v.source === source && v.value).map((v) => v.value!)),
  ];
  const personIds = of('hr');
  const objectIds = of('entra');
  const [byId, byObjectId] = await Promise.all([
    personIds.length === 0
      ? []
      : db.selectFrom('people').select(['id', 'display_name']).where('id', 'in', personIds).execute(),
    objectIds.length === 0
      ? []
      : db
          .selectFrom('identities as i')
          .innerJoin('people as p', 'p.id', 'i.person_id')
          .select(['p.id', 'p.display_name', 'i.aad_object_id'])
          .where('i.platform', '=', 'directory')
          .where('i.aad_object_id', 'in', objectIds)
          .execute(),
  ]);
  for (const p of byId) out.set(managerKey('hr', p.id), { id: p.id, displayName: p.display_name });
  for (const p of byObjectId)
    if (p.aad_object_id)
      out.set(managerKey('entra', p.aad_object_id), { id: p.id, displayName: p.display_name });
  return out;
}

export const managerKey = (source: string, value: string): string => `${source}\u0000${value}`;
