/**
 * A group's audit log: the `group.*` events of the event log about it (created, members added,
 * rights changed, removals, charter versions, and what invitations, the charter gate and
 * reviews record), newest first, with who did it and about whom, and as CSV.
 */
import type { Translator } from '../i18n/i18n.js';
import { toCsv } from './group-csv.js';
import type { GroupDb } from './group-tables.js';

export interface AuditEntry {
  at: string;
  type: string;
  actorId: string | null;
  actorName: string | null;
  /** the member the event is about, when it is about one */
  personId: string | null;
  personName: string | null;
  data: Record<string, unknown>;
}

export async function auditOf(
  db: GroupDb,
  groupId: string,
  page: { limit: number; offset: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  const base = db
    .selectFrom('events')
    .where('subject_type', '=', 'group')
    .where('subject_id', '=', groupId)
    .where('type', 'like', 'group.%');
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base
    .leftJoin('people as actor', 'actor.id', 'events.person_id')
    .select(['events.at', 'events.type', 'events.person_id', 'events.data', 'actor.display_name'])
    .orderBy('events.at', 'desc')
    .orderBy('events.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const entries = rows.map((r) => {
    const data = parse(r.data);
    return {
      at: r.at,
      type: r.type,
      actorId: r.person_id,
      actorName: r.display_name ?? null,
      personId: typeof data.personId === 'string' ? data.personId : null,
      personName: null as string | null,
      data,
    };
  });
  const about = [...new Set(entries.map((e) => e.personId).filter((id): id is string => id !== null))];
  if (about.length > 0) {
    const names = await db
      .selectFrom('people')
      .select(['id', 'display_name'])
      .where('id', 'in', about)
      .execute();
    const byId = new Map(names.map((n) => [n.id, n.display_name]));
    for (const entry of entries)
      entry.personName = entry.personId ? (byId.get(entry.personId) ?? null) : null;
  }
  return { entries, total: Number(total?.n ?? 0) };
}

const parse = (json: string | null): Record<string, unknown> => {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
};

/** The headers in the reader's language; the cells stay as recorded (event types, ids, JSON details). */
export const auditCsv = (entries: AuditEntry[], t: Translator): string =>
  toCsv([
    (['at', 'event', 'by', 'by_id', 'person', 'person_id', 'details'] as const).map((column) =>
      t(`groups.audit.csv.${column}`),
    ),
    ...entries.map((e) => [
      e.at,
      e.type,
      e.actorName,
      e.actorId,
      e.personName,
      e.personId,
      JSON.stringify(e.data),
    ]),
  ]);
