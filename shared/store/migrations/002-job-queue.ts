/** Job queue clean-up: old completed and failed jobs are found by state and last update. */
import type { Kysely, Migration } from 'kysely';

export const jobQueue = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('jobs_state_updated').on('jobs').columns(['state', 'updated_at']).execute();
}
