/**
 * `insights_runs.pooled_at`: the INSIGHTS_MIN_GROUP_SIZE a day's cells were pooled at by the
 * privacy phase. Days rolled before it (null) or under a smaller size than the one configured now
 * are re-pooled by a one-off job (repool-job.ts), so raising the size, or the upgrade that brought
 * pooling, leaves no old day showing a segment under it.
 */
import type { Kysely, Migration } from 'kysely';

export const insightsPooledSizeMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('insights_runs').addColumn('pooled_at', 'integer').execute();
}
