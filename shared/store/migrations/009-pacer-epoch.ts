/**
 * The pacer's budget epoch: every 429 moves it on, and a sender confirms right before its
 * platform call that the epoch of its slot is still the budget's, so a 429 seen by one instance
 * voids the slots every other instance has granted and not used yet (shared/delivery/slot-leases.ts).
 */
import type { Kysely, Migration } from 'kysely';

export const pacerEpoch = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('pacer_budgets')
    .addColumn('epoch', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
}
