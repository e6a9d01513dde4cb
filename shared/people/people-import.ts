/**
 * Imports the directory: people from a CSV or JSON export, upserted by email in one transaction,
 * managers linked by email once everyone is in. Bad rows are rejected one by one with their line
 * and the reason; the good rows still land (or nothing does, with dryRun).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { AppError } from '../errors/errors.js';
import type { EventLog } from '../events/event-log.js';
import { nowIso, type Store } from '../store/store.js';
import { fieldForHeader, type ImportedPerson, importedPersonSchema } from './import-schema.js';
import { newPersonRow, withSearchText } from './person-row.js';
import type { SourceRow, SourceValues } from './person-sources.js';
import { remergeDirectoryPeople, sourceRows, upsertSourceRows } from './person-sources-store.js';

export interface ImportProblem {
  /** 1-based line in the CSV file (header = line 1), or 1-based index in the JSON array */
  line: number;
  email?: string;
  problems: string[];
}

export interface ImportReport {
  created: number;
  updated: number;
  rejected: number;
  errors: ImportProblem[];
  warnings: ImportProblem[];
  ignoredColumns: string[];
  dryRun: boolean;
  /**
   * dry run only: what each accepted line would do ('create' a person or 'update' the one with
   * that email), in file order; rejected lines are in `errors`
   */
  lines?: ImportLine[];
}

export interface ImportLine {
  line: number;
  email: string;
  action: 'create' | 'update';
}

export type ImportFormat = 'csv' | 'json';

interface RawRow {
  line: number;
  values: Record<string, unknown>;
}

export function readRows(
  content: string,
  format: ImportFormat,
): { rows: RawRow[]; ignoredColumns: string[] } {
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(content);
    } catch (error) {
      throw new AppError('bad_request', `the JSON is malformed: ${(error as Error).message}`);
    }
    const list = Array.isArray(data) ? data : (data as { people?: unknown })?.people;
    if (!Array.isArray(list))
      throw new AppError('bad_request', 'expected a JSON array of people or { "people": [...] }');
    return {
      rows: list.map((values, i) => ({ line: i + 1, values: (values ?? {}) as Record<string, unknown> })),
      ignoredColumns: [],
    };
  }
  let records: string[][];
  try {
    // French spreadsheets export with semicolons; detect the delimiter from the header line
    const header = content.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
    records = parseCsv(content.replace(/^\uFEFF/, ''), {
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (error) {
    throw new AppError('bad_request', `the CSV is malformed: ${(error as Error).message}`);
  }
  const [header = [], ...body] = records;
  const fields = header.map(fieldForHeader);
  if (!fields.includes('email')) throw new AppError('bad_request', 'the CSV needs an "email" column');
  const ignoredColumns = header.filter((_, i) => !fields[i]);
  return {
    ignoredColumns,
    rows: body.map((cells, i) => {
      const values: Record<string, unknown> = {};
      fields.forEach((field, c) => {
        if (field && cells[c] !== undefined) values[field] = cells[c];
      });
      return { line: i + 2, values };
    }),
  };
}

/** A person the import created or updated, as handed to `onImported`. */
export interface ImportedPersonRef {
  id: string;
  startDate?: string;
  active?: boolean;
}

/** What the file says about a person, as the HR file's source values. */
function hrValues(person: ImportedPerson): SourceValues {
  const values: SourceValues = {};
  if (person.displayName !== undefined) values.display_name = person.displayName;
  if (person.department !== undefined) values.department = person.department;
  if (person.site !== undefined) values.site = person.site;
  if (person.startDate !== undefined) values.start_date = person.startDate;
  if (person.locale !== undefined) values.locale = person.locale;
  if (person.timeZone !== undefined) values.time_zone = person.timeZone;
  if (person.kind !== undefined) values.kind = person.kind;
  if (person.active !== undefined) values.active = person.active ? '1' : '0';
  return values;
}

export async function importPeople(
  deps: {
    store: Store;
    events: EventLog;
    /**
     * after a real (not dry-run) import: the people it created or updated, so other features can
     * follow directory changes (tours: pre-boarding for future start dates, stop for leavers)
     */
    onImported?: (people: ImportedPersonRef[]) => Promise<void>;
  },
  input: { content: string; format: ImportFormat; dryRun?: boolean; actorId?: string | null },
): Promise<ImportReport> {
  const { rows, ignoredColumns } = readRows(input.content, input.format);
  if (rows.length > 100_000) throw new AppError('bad_request', 'at most 100,000 people per import');
  const report: ImportReport = {
    created: 0,
    updated: 0,
    rejected: 0,
    errors: [],
    warnings: [],
    ignoredColumns,
    dryRun: Boolean(input.dryRun),
    ...(input.dryRun && { lines: [] }),
  };

  const valid: { line: number; person: ImportedPerson }[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const parsed = importedPersonSchema.safeParse(row.values);
    const email = typeof row.values.email === 'string' ? row.values.email.trim().toLowerCase() : undefined;
    if (!parsed.success) {
      report.errors.push({
        line: row.line,
        email,
        problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`),
      });
      continue;
    }
    const earlier = seen.get(parsed.data.email);
    if (earlier !== undefined) {
      report.errors.push({ line: row.line, email, problems: [`email: already on line ${earlier}`] });
      continue;
    }
    seen.set(parsed.data.email, row.line);
    valid.push({ line: row.line, person: parsed.data });
  }
  report.rejected = report.errors.length;

  const imported: ImportedPersonRef[] = [];
  const rollback = new Error('dry run');
  try {
    await deps.store.db.transaction().execute(async (trx) => {
      const now = nowIso();
      const idByEmail = new Map<string, string>();
      const nameById = new Map<string, string>();
      for (let i = 0; i < valid.length; i += 500) {
        const emails = valid.slice(i, i + 500).map((v) => v.person.email);
        const existing = await trx
          .selectFrom('people')
          .select(['id', 'email', 'display_name'])
          .where('email', 'in', emails)
          .execute();
        for (const row of existing) {
          idByEmail.set(row.email!, row.id);
          nameById.set(row.id, row.display_name);
        }
      }
      const hrRows: SourceRow[] = [];
      for (const { line, person } of valid) {
        const fields = {
          ...(person.displayName !== undefined && { display_name: person.displayName }),
          ...(person.department !== undefined && { department: person.department }),
          ...(person.site !== undefined && { site: person.site }),
          ...(person.startDate !== undefined && { start_date: person.startDate }),
          ...(person.locale !== undefined && { locale: person.locale }),
          ...(person.timeZone !== undefined && { time_zone: person.timeZone }),
          // an explicit kind is the directory's word: no platform report overrides it
          ...(person.kind !== undefined && { kind: person.kind, kind_source: 'directory' as const }),
          ...(person.active !== undefined && { active: person.active ? 1 : 0 }),
        };
        const existingId = idByEmail.get(person.email);
        if (existingId) {
          const current = { display_name: nameById.get(existingId) ?? person.email, email: person.email };
          await trx
            .updateTable('people')
            .set({ ...withSearchText(current, fields), updated_at: now })
            .where('id', '=', existingId)
            .execute();
          report.updated += 1;
          report.lines?.push({ line, email: person.email, action: 'update' });
        } else {
          const row = newPersonRow(
            { email: person.email, display_name: person.displayName ?? person.email, ...fields },
            now,
          );
          await trx.insertInto('people').values(row).execute();
          idByEmail.set(person.email, row.id);
          report.created += 1;
          report.lines?.push({ line, email: person.email, action: 'create' });
        }
        hrRows.push(...sourceRows(idByEmail.get(person.email)!, 'hr', hrValues(person)));
        imported.push({
          id: idByEmail.get(person.email)!,
          ...(person.startDate !== undefined && { startDate: person.startDate }),
          ...(person.active !== undefined && { active: person.active }),
        });
        if (person.roles) {
          // the file is the source of truth for organisation-wide roles of the people it lists
          const id = idByEmail.get(person.email)!;
          await trx.deleteFrom('roles').where('person_id', '=', id).where('scope', '=', '').execute();
          for (const role of new Set(person.roles)) {
            await trx.insertInto('roles').values({ person_id: id, role, scope: '' }).execute();
          }
        }
      }
      // the file's values are kept as the HR file's; people a directory also feeds get the winner
      // of each field back (person-sources.ts)
      await upsertSourceRows(trx, hrRows, now);
      await remergeDirectoryPeople(
        trx,
        imported.map((ref) => ref.id),
        now,
      );
      // managers last: a manager may appear after the people they manage
      const managerRows: SourceRow[] = [];
      for (const { line, person } of valid) {
        if (!person.managerEmail) continue;
        let managerId = idByEmail.get(person.managerEmail);
        if (!managerId) {
          const row = await trx
            .selectFrom('people')
            .select('id')
            .where('email', '=', person.managerEmail)
            .executeTakeFirst();
          managerId = row?.id;
        }
        if (!managerId || managerId === idByEmail.get(person.email)) {
          report.warnings.push({
            line,
            email: person.email,
            problems: [
              `managerEmail: ${managerId ? 'a person cannot manage themselves' : `${person.managerEmail} is not in the directory`}`,
            ],
          });
          continue;
        }
        await trx
          .updateTable('people')
          .set({ manager_id: managerId })
          .where('email', '=', person.email)
          .execute();
        managerRows.push(...sourceRows(idByEmail.get(person.email)!, 'hr', { manager: managerId }));
      }
      // the file's manager wins over Entra's (person-sources.ts)
      await upsertSourceRows(trx, managerRows, now);
      if (input.dryRun) throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }

  if (!input.dryRun && deps.onImported) {
    await deps.onImported(imported);
  }
  if (!input.dryRun) {
    await deps.events.track({
      type: 'people.imported',
      personId: input.actorId ?? null,
      data: {
        created: report.created,
        updated: report.updated,
        rejected: report.rejected,
        format: input.format,
      },
    });
  }
  return report;
}
