/**
 * People rows as the store writes them: the defaults of a new person (one place for the service
 * and the import), the search text every write keeps in step, and who may change a person's kind.
 */
import { randomUUID } from 'node:crypto';
import type { NewPersonRow, PeopleTable, PersonUpdate } from '../store/schema.js';
import { nowIso } from '../store/store.js';
import { searchTextOf } from './search-text.js';

type PersonFields = Omit<NewPersonRow, 'id' | 'created_at' | 'updated_at' | 'search_text'>;

/** A complete new people row: defaults, then `fields`, then the derived search text. */
export function newPersonRow(
  fields: Pick<PersonFields, 'email' | 'display_name'> & Partial<PersonFields>,
  now = nowIso(),
): NewPersonRow & { id: string } {
  return {
    id: randomUUID(),
    department: null,
    site: null,
    manager_id: null,
    start_date: null,
    locale: null,
    time_zone: null,
    kind: 'member',
    kind_source: null,
    active: 1,
    ...fields,
    search_text: searchTextOf(fields.display_name, fields.email),
    created_at: now,
    updated_at: now,
  };
}

/**
 * `patch` plus the search text it implies when it changes the name or the email. Every update of
 * a people row goes through here, so a search never misses a renamed person.
 */
export function withSearchText(
  current: Pick<PeopleTable, 'display_name' | 'email'>,
  patch: PersonUpdate,
): PersonUpdate {
  if (patch.display_name === undefined && patch.email === undefined) return patch;
  return {
    ...patch,
    search_text: searchTextOf(patch.display_name ?? current.display_name, patch.email ?? current.email),
  };
}

type Kind = PeopleTable['kind'];

/**
 * The kind to store when a platform reports one for a known person, or undefined to keep it.
 * The directory (import) stays the source of truth, with one safe exception: a platform saying
 * 'guest' turns a member into a guest unless an import explicitly said 'member' — a guest shown
 * an internal announcement is the costly mistake, a member briefly treated as a guest is not.
 * A platform never promotes a guest to member (that takes the directory, explicitly), except a
 * guest made only because the platform could not be asked at first contact (kind_source
 * 'unknown'): any answer of the platform replaces that guess. 'unknown' itself changes nothing.
 */
export function kindFromPlatform(
  current: Pick<PeopleTable, 'kind' | 'kind_source'>,
  reported: Kind | 'unknown' | undefined,
): Pick<PeopleTable, 'kind' | 'kind_source'> | undefined {
  if (reported === undefined || reported === 'unknown' || current.kind_source === 'directory')
    return undefined;
  if (current.kind_source === 'unknown') return { kind: reported, kind_source: 'platform' };
  if (reported !== 'guest' || current.kind === 'guest') return undefined;
  return { kind: 'guest', kind_source: 'platform' };
}
