/**
 * The core's own schema steps (people, jobs, deliveries, the pacer); each capability keeps its
 * steps in its folder and declares them in its module. Add a file, never edit a landed one.
 */
import type { MigrationStep } from '../migration-steps.js';
import { foundation } from './001-foundation.js';
import { jobQueue } from './002-job-queue.js';
import { peopleSearch } from './003-people-search.js';
import { delivery } from './004-delivery.js';
import { pacerEpoch } from './009-pacer-epoch.js';
import { preferredPlatform } from './011-preferred-platform.js';

export const coreMigrations: readonly MigrationStep[] = [
  { id: '001-foundation', migration: foundation },
  { id: '002-job-queue', migration: () => jobQueue() },
  { id: '003-people-search', migration: () => peopleSearch() },
  { id: '004-delivery', migration: () => delivery() },
  { id: '009-pacer-epoch', migration: () => pacerEpoch() },
  { id: '011-preferred-platform', migration: () => preferredPlatform() },
];
