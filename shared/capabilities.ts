/**
 * The capabilities of Relais, in dependency order: a capability comes after those whose services
 * it uses. Adding one is a folder in `shared/` exporting its module, and one line here.
 */
import { ambassadors } from './ambassadors/capability.js';
import type { ServicesOf } from './capability/capability.js';
import { directory } from './directory/capability.js';
import { groups } from './groups/capability.js';
import { groupPortal } from './groups/portal/capability.js';
import { groupGuests } from './groups/reviews/guests-capability.js';
import { insights } from './insights/capability.js';
import { news } from './news/capability.js';
import { polls } from './polls/capability.js';
import { quizzes } from './quizzes/capability.js';
import { signin } from './signin/capability.js';
import type { MigrationStep } from './store/migration-steps.js';
import { coreMigrations } from './store/migrations/index.js';
import { surveys } from './surveys/capability.js';
import { tours } from './tours/capability.js';

export const capabilities = [
  polls,
  news,
  surveys,
  quizzes,
  tours,
  directory,
  signin,
  ambassadors,
  groups,
  groupGuests,
  groupPortal,
  insights,
] as const;

export type Services = ServicesOf<typeof capabilities>;

/** Every schema step, the core's and each capability's: what a store is migrated with. */
export const relaisMigrations: readonly MigrationStep[] = [
  ...coreMigrations,
  ...capabilities.flatMap((capability) => capability.migrations),
];
