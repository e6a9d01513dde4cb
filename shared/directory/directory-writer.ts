/**
 * Writes one page of directory records in one transaction: each account is linked to its person
 * by its immutable id first (an Entra object id, whether met as a tab sign-in or on Teams; a Slack
 * team + user id), else by its trusted email, else a person is created; the source's values are
 * stored and the person's fields recomputed by precedence (people/person-sources). An address
 * already held by another account of the same source, or a guest account claiming a member's
 * address, is a conflict: recorded, never merged. Nobody is deleted: a removed account only makes
 * its person inactive.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { newPersonRow } from '../people/person-row.js';
import { mergeSources, type SourceRow, unattributedValues } from '../people/person-sources.js';
import { sourceRows, upsertSourceRows } from '../people/person-sources-store.js';
import type { Database, PersonRow } from '../store/schema.js';
import type { DirectoryRecord, Skip } from './directory-record.js';
import type { DirectoryDb, DirectoryTrx } from './directory-tables.js';

export interface PageOutcome {
  created: number;
  updated: number;
  deactivated: number;
  conflicts: number;
  skips: Skip[];
  /** people who became inactive (their tours stop) */
  leavers: string[];
}

export interface Conflict {
  kind: 'email_claimed' | 'kind_mismatch';
  source: string;
  subject: string;
  personId: string | null;
  detail: Record<string, unknown>;
}

const CHUNK = 500;
const chunks = <T>(items: T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

const subjectOf = (r: DirectoryRecord) => `${r.account.tenantId}:${r.account.userId}`;

/** Writes the page; `alongside` runs in the same transaction (the cursor lands with its page). */
export async function writeRecords(
  db: DirectoryDb,
  records: DirectoryRecord[],
  now: string,
  alongside?: (trx: DirectoryTrx) => Promise<void>,
): Promise<PageOutcome> {
  return db.transaction().execute(async (trx) => {
    const outcome = await writeInTransaction(trx, records, now);
    await alongside?.(trx);
    return outcome;
  });
}

async function writeInTransaction(
  trx: DirectoryTrx,
  records: DirectoryRecord[],
  now: string,
): Promise<PageOutcome> {
  const outcome: PageOutcome = {
    created: 0,
    updated: 0,
    deactivated: 0,
    conflicts: 0,
    skips: [],
    leavers: [],
  };
  const conflicts: Conflict[] = [];
  const linked = await linkedPeople(trx, records);
  const byEmail = await peopleByEmail(
    trx,
    records.filter((r) => !linked.has(r.account.userId) && r.email).map((r) => r.email!),
  );
  const taken = await otherAccounts(
    trx,
    records,
    [...byEmail.values()].map((p) => p.id),
  );

  const newRows: (PersonRow & { id: string })[] = [];
  const newIdentities: DirectoryRecord[] = [];
  const personOf = new Map<DirectoryRecord, string>();
  const claimed = new Set<string>();
  for (const record of records) {
    const known = linked.get(record.account.userId);
    if (known) {
      personOf.set(record, known);
      continue;
    }
    if (record.removed) continue;
    if (!record.email) {
      outcome.skips.push({ reason: 'no_address', subject: record.account.userId });
      continue;
    }
    const owner = byEmail.get(record.email);
    const claimedBy = owner && taken.get(owner.id);
    if (claimed.has(record.email) || claimedBy) {
      conflicts.push({
        kind: 'email_claimed',
        source: record.source,
        subject: subjectOf(record),
        personId: owner?.id ?? null,
        detail: { email: record.email, heldBy: claimedBy ?? 'another account of this page' },
      });
      continue;
    }
    if (owner && record.values.kind === 'guest' && owner.kind === 'member') {
      // a guest account never takes a member's place, even with the member's address
      conflicts.push({
        kind: 'email_claimed',
        source: record.source,
        subject: subjectOf(record),
        personId: owner.id,
        detail: { email: record.email, reason: 'a guest account claims the address of a member' },
      });
      continue;
    }
    claimed.add(record.email);
    if (owner) {
      personOf.set(record, owner.id);
    } else {
      const merged = mergeSources(blankPerson(record), sourceRows('new', record.source, record.values));
      const row = {
        ...newPersonRow({ email: record.email, display_name: record.email }, now),
        ...merged.patch,
      };
      newRows.push(row as PersonRow & { id: string });
      personOf.set(record, row.id);
      if (merged.kindConflict) conflicts.push(kindConflict(record, row.id, merged.kindConflict));
    }
    newIdentities.push(record);
  }

  for (const chunk of chunks(newRows, 100)) await trx.insertInto('people').values(chunk).execute();
  outcome.created = newRows.length;
  for (const chunk of chunks(newIdentities, 200)) {
    await trx
      .insertInto('identities')
      .values(
        chunk.map((r) => ({
          person_id: personOf.get(r)!,
          platform: r.account.platform,
          tenant_id: r.account.tenantId,
          user_id: r.account.userId,
          aad_object_id: r.account.aadObjectId ?? null,
          created_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(['platform', 'tenant_id', 'user_id']).doNothing())
      .execute();
  }

  const rows = [...personOf].flatMap(([record, personId]) =>
    sourceRows(personId, record.source, record.values),
  );
  await upsertSourceRows(asPeopleTrx(trx), rows, now);

  const created = new Set(newRows.map((r) => r.id));
  const existing = [...new Set(personOf.values())].filter((id) => !created.has(id));
  const recordOf = new Map([...personOf].map(([record, id]) => [id, record]));
  for (const ids of chunks(existing)) {
    const people = await trx.selectFrom('people').selectAll().where('id', 'in', ids).execute();
    const stored = await trx
      .selectFrom('person_sources')
      .select(['person_id', 'source', 'field', 'value'])
      .where('person_id', 'in', ids)
      .execute();
    const rowsOf = groupBy(stored, (r) => r.person_id);
    const legacy: SourceRow[] = [];
    for (const person of people) {
      const own = rowsOf.get(person.id) ?? [];
      const earlier = sourceRows(person.id, 'hr', unattributedValues(person, own));
      legacy.push(...earlier);
      const merged = mergeSources(person, [...own, ...earlier]);
      if (merged.kindConflict)
        conflicts.push(kindConflict(recordOf.get(person.id)!, person.id, merged.kindConflict));
      if (Object.keys(merged.patch).length === 0) continue;
      await trx
        .updateTable('people')
        .set({ ...merged.patch, updated_at: now })
        .where('id', '=', person.id)
        .execute();
      if (merged.patch.active === 0 && person.active === 1) {
        outcome.deactivated += 1;
        outcome.leavers.push(person.id);
      } else {
        outcome.updated += 1;
      }
    }
    await upsertSourceRows(asPeopleTrx(trx), legacy, now);
  }
  await recordConflicts(trx, conflicts, now);
  outcome.conflicts = conflicts.length;
  return outcome;
}

/** The same transaction seen with the core tables only (the people module's helpers take that). */
const asPeopleTrx = (trx: DirectoryTrx) => trx as unknown as Transaction<Database>;

function blankPerson(record: DirectoryRecord) {
  return {
    display_name: record.email ?? record.account.userId,
    email: record.email,
    department: null,
    site: null,
    start_date: null,
    locale: null,
    time_zone: null,
    kind: 'member' as const,
    kind_source: null,
    active: 1,
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, []);
    map.get(k)!.push(item);
  }
  return map;
}

const kindConflict = (
  record: DirectoryRecord,
  personId: string,
  sides: { member: string[]; guest: string[] },
): Conflict => ({
  kind: 'kind_mismatch',
  source: record.source,
  subject: subjectOf(record),
  personId,
  detail: sides,
});

/** The tenants where the page's accounts are the same accounts (a page reads one tenant). */
const tenantsOf = (record: DirectoryRecord): string[] => [
  ...new Set([record.account.tenantId, ...(record.account.sameAccountIn ?? [])]),
];

/** Person ids of the accounts already linked, by account user id (object id for Entra). */
async function linkedPeople(trx: DirectoryTrx, records: DirectoryRecord[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const [first] = records;
  if (!first) return found;
  const tenantId = first.account.tenantId;
  const tenants = tenantsOf(first);
  for (const ids of chunks(records.map((r) => r.account.userId))) {
    if (first.source === 'entra') {
      // a Teams identity carries the object id too: the person the bot met is the one synced
      const rows = await trx
        .selectFrom('identities')
        .select(['person_id', 'aad_object_id'])
        .where('tenant_id', '=', tenantId)
        .where('aad_object_id', 'in', ids)
        .execute();
      for (const r of rows) if (r.aad_object_id) found.set(r.aad_object_id, r.person_id);
    } else {
      const rows = await trx
        .selectFrom('identities')
        .select(['person_id', 'user_id'])
        .where('platform', '=', first.account.platform)
        .where('tenant_id', 'in', tenants)
        .where('user_id', 'in', ids)
        .execute();
      for (const r of rows) found.set(r.user_id, r.person_id);
    }
  }
  return found;
}

async function peopleByEmail(
  trx: DirectoryTrx,
  emails: string[],
): Promise<Map<string, { id: string; kind: 'member' | 'guest' }>> {
  const map = new Map<string, { id: string; kind: 'member' | 'guest' }>();
  for (const chunk of chunks([...new Set(emails)])) {
    const rows = await trx
      .selectFrom('people')
      .select(['id', 'email', 'kind'])
      .where('email', 'in', chunk)
      .execute();
    for (const r of rows) map.set(r.email!, { id: r.id, kind: r.kind });
  }
  return map;
}

/**
 * People (of those owning an address on the page) who already hold another account of the same
 * source and tenant: their address then names someone else (a reused address), not a second
 * account of theirs. Answers person id → that account.
 */
async function otherAccounts(trx: DirectoryTrx, records: DirectoryRecord[], personIds: string[]) {
  const map = new Map<string, string>();
  const [first] = records;
  if (!first || personIds.length === 0) return map;
  for (const ids of chunks(personIds)) {
    let query = trx
      .selectFrom('identities')
      .select(['person_id', 'user_id', 'aad_object_id'])
      .where('person_id', 'in', ids)
      .where('tenant_id', 'in', tenantsOf(first));
    query =
      first.source === 'entra'
        ? query.where('aad_object_id', 'is not', null)
        : query.where('platform', '=', first.account.platform);
    for (const r of await query.execute()) map.set(r.person_id, r.aad_object_id ?? r.user_id);
  }
  return map;
}

async function recordConflicts(trx: DirectoryTrx, conflicts: Conflict[], now: string): Promise<void> {
  for (const c of conflicts) {
    await trx
      .insertInto('directory_conflicts')
      .values({
        id: randomUUID(),
        kind: c.kind,
        source: c.source,
        subject: c.subject,
        person_id: c.personId,
        detail: JSON.stringify(c.detail),
        first_seen_at: now,
        last_seen_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['kind', 'source', 'subject']).doUpdateSet({
          person_id: c.personId,
          detail: JSON.stringify(c.detail),
          last_seen_at: now,
        }),
      )
      .execute();
  }
}
