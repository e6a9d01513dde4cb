/**
 * One person, several sources: the HR import, Entra ID and Slack each leave the values they give
 * a person in `person_sources`; the people row holds, field by field, the value of the source that
 * wins by the precedence below, and the sources stay readable (shown in the console).
 *
 * Precedence (first listed wins when it has a value):
 * - department, site, start date: HR file, then Entra, then Slack (the HR file is the reference
 *   for the organisation chart);
 * - display name and member/guest: Entra, then HR, then Slack (the tenant decides who is a guest);
 *   but a person any source calls a guest stays a guest while another calls them a member, and
 *   the disagreement is a conflict to resolve (a guest shown an internal item is the costly error);
 * - language and time zone: HR, then Entra, then Slack (Slack's `tz` when no other gives one);
 * - manager: the HR file's, else Entra's (linked once the whole round is in, by object id);
 * - active: inactive as soon as Entra or the HR file says so (a leaver); Slack's deactivation
 *   counts only for someone neither Entra nor the HR file knows.
 * A value present before sources were recorded (an import made earlier) counts as the HR file's.
 */
import type { PeopleTable, PersonUpdate } from '../store/schema.js';
import { withSearchText } from './person-row.js';

export const personSources = ['hr', 'entra', 'slack'] as const;
export type PersonSource = (typeof personSources)[number];

export const sourcedFields = [
  'display_name',
  'department',
  'site',
  'start_date',
  'locale',
  'time_zone',
  'kind',
  'active',
  // Entra: the manager's object id; the HR file: the manager's person id (applied by the sync)
  'manager',
] as const;
export type SourcedField = (typeof sourcedFields)[number];

/** A source's values: a string, null for "this source says empty", absent for "says nothing". */
export type SourceValues = Partial<Record<SourcedField, string | null>>;

export interface SourceRow {
  person_id: string;
  source: string;
  field: string;
  value: string | null;
}

const precedence: Record<Exclude<SourcedField, 'active' | 'manager'>, PersonSource[]> = {
  display_name: ['entra', 'hr', 'slack'],
  department: ['hr', 'entra', 'slack'],
  site: ['hr', 'entra', 'slack'],
  start_date: ['hr', 'entra', 'slack'],
  locale: ['hr', 'entra', 'slack'],
  time_zone: ['hr', 'entra', 'slack'],
  kind: ['entra', 'hr', 'slack'],
};

type Current = Pick<
  PeopleTable,
  | 'display_name'
  | 'email'
  | 'department'
  | 'site'
  | 'start_date'
  | 'locale'
  | 'time_zone'
  | 'kind'
  | 'kind_source'
  | 'active'
>;

export interface Merged {
  /** the change to the people row, empty when it already holds the winners */
  patch: PersonUpdate;
  /** which source each field's value came from */
  winners: Partial<Record<SourcedField, PersonSource>>;
  /** two sources disagree on member/guest (the person is kept a guest) */
  kindConflict?: { member: PersonSource[]; guest: PersonSource[] };
}

/** The winner of each field for one person, from their source rows (pure). */
export function mergeSources(current: Current, rows: readonly SourceRow[]): Merged {
  const bySource = new Map<string, Map<string, string | null>>();
  for (const row of rows) {
    if (!bySource.has(row.source)) bySource.set(row.source, new Map());
    bySource.get(row.source)!.set(row.field, row.value);
  }
  const says = (source: PersonSource, field: SourcedField): string | null | undefined =>
    bySource.get(source)?.get(field);
  const patch: PersonUpdate = {};
  const winners: Merged['winners'] = {};
  for (const field of Object.keys(precedence) as (keyof typeof precedence)[]) {
    const winner = precedence[field].find((s) => {
      const v = says(s, field);
      return v !== undefined && v !== null && v !== '';
    });
    if (!winner) continue;
    winners[field] = winner;
    const value = says(winner, field)!;
    if (field === 'kind') continue;
    if (current[field] !== value) (patch as Record<string, unknown>)[field] = value;
  }
  const kinds = personSources.filter((s) => says(s, 'kind') === 'member' || says(s, 'kind') === 'guest');
  const guest = kinds.filter((s) => says(s, 'kind') === 'guest');
  const member = kinds.filter((s) => says(s, 'kind') === 'member');
  let kindConflict: Merged['kindConflict'];
  if (winners.kind) {
    // fail closed: any source's "guest" holds until the disagreement is resolved
    const kind = guest.length > 0 ? 'guest' : 'member';
    if (guest.length > 0 && member.length > 0) kindConflict = { member, guest };
    if (current.kind !== kind || current.kind_source !== 'directory') {
      patch.kind = kind;
      patch.kind_source = 'directory';
    }
  }
  const active = activeOf(says);
  if (active !== undefined) {
    winners.active = active.source;
    if (current.active !== active.value) patch.active = active.value;
  }
  return { patch: withSearchText(current, patch), winners, ...(kindConflict && { kindConflict }) };
}

function activeOf(
  says: (source: PersonSource, field: SourcedField) => string | null | undefined,
): { value: number; source: PersonSource } | undefined {
  for (const source of ['entra', 'hr'] as const)
    if (says(source, 'active') === '0') return { value: 0, source };
  for (const source of ['entra', 'hr'] as const)
    if (says(source, 'active') === '1') return { value: 1, source };
  const slack = says('slack', 'active');
  return slack === '0' || slack === '1' ? { value: Number(slack), source: 'slack' } : undefined;
}

/**
 * Values the row holds that no source row accounts for: set by an import made before sources
 * were recorded. They become the HR file's, so a directory sync does not silently overwrite them.
 */
export function unattributedValues(current: Current, rows: readonly SourceRow[]): SourceValues {
  const known = new Set(rows.map((r) => r.field));
  const values: SourceValues = {};
  for (const field of ['department', 'site', 'start_date'] as const) {
    if (!known.has(field) && current[field]) values[field] = current[field];
  }
  if (!known.has('kind') && current.kind_source === 'directory') values.kind = current.kind;
  return values;
}
