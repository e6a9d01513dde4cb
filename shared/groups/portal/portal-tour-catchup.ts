/**
 * A group's tour for the guests already in the group when the group gets its tour or changes
 * it: newcomers get it on joining or on accepting the charter, but those already there would
 * never be asked. A durable job walks the group's guests in small batches, one batch a pace
 * apart (each batch its own job, so a restart resumes where it stopped and a large group does
 * not start hundreds of tours at once); each guest's tour starts once, as for a newcomer: a guest
 * whose charter is pending waits for their acceptance, and one who already has (or had) this
 * tour gets nothing more (one journey per tour and person).
 */
import type { JobQueue } from '../../jobs/queue.js';

export const TOUR_CATCHUP_QUEUE = 'groups.portal.tour-catchup';

/** guests whose tour a batch starts */
const BATCH = 50;
/** between two batches */
const PACE_MS = 1_000;

export interface TourCatchUp {
  groupId: string;
  tourId: string;
  /** the tour's version the walk was asked for: a later change walks the group again */
  version: number;
  /** the walk resumes after this person id ('' from the start) */
  after: string;
}

export interface TourCatchUpDeps {
  jobs: JobQueue;
  /** the group's current guests, by person id */
  guestsOf(groupId: string): Promise<string[]>;
  /** starts the group's tour for one guest if they may see the group now (throws to retry) */
  startFor(personId: string, groupId: string, tourId: string): Promise<void>;
}

export function queueTourCatchUp(
  jobs: JobQueue,
  walk: Omit<TourCatchUp, 'after'>,
  after = '',
  delayMs = 0,
): Promise<string> {
  return jobs.add<TourCatchUp>(
    TOUR_CATCHUP_QUEUE,
    { ...walk, after },
    // one job per tour version and batch: a retried or repeated request walks the group once
    { jobId: `${walk.tourId}:${walk.version}:${after}`, delayMs },
  );
}

export async function runTourCatchUp(deps: TourCatchUpDeps, walk: TourCatchUp): Promise<void> {
  const guests = (await deps.guestsOf(walk.groupId)).filter((id) => id > walk.after).sort();
  const batch = guests.slice(0, BATCH);
  for (const personId of batch) await deps.startFor(personId, walk.groupId, walk.tourId);
  const last = batch.at(-1);
  if (last && guests.length > batch.length) {
    const { groupId, tourId, version } = walk;
    await queueTourCatchUp(deps.jobs, { groupId, tourId, version }, last, PACE_MS);
  }
}
