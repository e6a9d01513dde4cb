/**
 * Migration 039-relay-claims on SQLite and PostgreSQL: a request the old answer order left
 * `relayed` with no relay row (a process that died between its claim and its post) is open again
 * after the step, and gets the claim columns empty; a request relayed with its row, and a
 * declined one, are left as they were.
 */
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { relaisMigrations } from '../../shared/capabilities.js';
import { orderedMigrations } from '../../shared/store/migration-steps.js';
import { describeEachStore } from '../harness/databases.js';
import { databaseAtMigration } from '../harness/schema-dump.js';

const STEP = '039-relay-claims';

describeEachStore('Migration 039-relay-claims', (backend) => {
  it('reopens a request left relayed with no relay row, and leaves the others', async () => {
    const ids = Object.keys(orderedMigrations(relaisMigrations, 'sqlite'));
    const before = ids[ids.indexOf(STEP) - 1];
    assert.ok(before, 'a step before 039');
    const db = await databaseAtMigration(backend(), before);
    try {
      const at = '2026-12-07T10:00:00.000Z';
      const request = (id: string, slot: number, state: string) =>
        sql`INSERT INTO relay_requests (id, campaign_id, ambassador_id, week, slot, state, created_at, updated_at)
            VALUES (${id}, 'campaign', ${`amb-${id}`}, '2026-W50', ${slot}, ${state}, ${at}, ${at})`.execute(
          db,
        );
      await request('lost', 1, 'relayed');
      await request('kept', 1, 'relayed');
      await request('declined', 1, 'declined');
      await sql`INSERT INTO relays (request_id, ambassador_id, kind, at)
                VALUES ('kept', 'amb-kept', 'elsewhere', ${at})`.execute(db);
    } finally {
      await db.destroy();
    }
    const store = await backend().openStore();
    const rows = await sql<{ id: string; state: string; claim: string | null; claimed_until: string | null }>`
      SELECT id, state, claim, claimed_until FROM relay_requests ORDER BY id`.execute(store.db);
    assert.deepEqual(rows.rows, [
      { id: 'declined', state: 'declined', claim: null, claimed_until: null },
      { id: 'kept', state: 'relayed', claim: null, claimed_until: null },
      { id: 'lost', state: 'asked', claim: null, claimed_until: null },
    ]);
  });
});
