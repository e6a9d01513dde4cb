/** Migrations in order. Add a file, never edit a landed one. */
import type { Migration } from 'kysely';
import { directory } from '../../directory/migrations/010-directory.js';
import type { Dialect } from '../store.js';
import { foundation } from './001-foundation.js';
import { jobQueue } from './002-job-queue.js';
import { peopleSearch } from './003-people-search.js';
import { delivery } from './004-delivery.js';
import { news } from './005-news.js';
import { polls } from './006-polls.js';
import { surveysQuizzes } from './007-surveys-quizzes.js';
import { tours } from './008-tours.js';
import { pacerEpoch } from './009-pacer-epoch.js';

export const migrationsFor = (dialect: Dialect): Record<string, Migration> => ({
  '001-foundation': foundation(dialect),
  '002-job-queue': jobQueue(),
  '003-people-search': peopleSearch(),
  '004-delivery': delivery(),
  '005-news': news(),
  '006-polls': polls(dialect),
  '007-surveys-quizzes': surveysQuizzes(),
  '008-tours': tours(),
  '009-pacer-epoch': pacerEpoch(),
  '010-directory': directory(),
});
