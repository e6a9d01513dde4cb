/**
 * Relay claims: sharing into a channel posts a copy before the request may be called relayed, so
 * the answer first takes a lease on the open request (`claim`, `claimed_until`) and writes the
 * state `relayed` together with the relay's row once the copy is posted. A process that dies
 * between the lease and the post leaves the request open ('asked' or 'snoozed'), retryable once
 * the lease is over; a view never shows it relayed without where.
 *
 * Requests the old order left relayed with no relay row (a crash after the claim, before the
 * row) are opened again: where they went is unknown, and the ambassador may share them again.
 */
import { type Kysely, type Migration, sql } from 'kysely';

export const relayClaimsMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  // the answer holding the lease (a random id), and until when (ISO time)
  await db.schema.alterTable('relay_requests').addColumn('claim', 'text').execute();
  await db.schema.alterTable('relay_requests').addColumn('claimed_until', 'text').execute();
  await sql`UPDATE relay_requests SET state = 'asked'
    WHERE state = 'relayed'
      AND NOT EXISTS (SELECT 1 FROM relays WHERE relays.request_id = relay_requests.id)`.execute(db);
}
