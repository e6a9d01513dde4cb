/**
 * Schema steps of the core and of every capability, in one global order. Each capability keeps
 * its steps beside its code; the number in a step's id places it among all of them, so a database
 * migrates in the same order as when every step lived in one folder. Two steps with one number
 * are refused at start.
 */
import type { Migration } from 'kysely';
import type { Dialect } from './store.js';

/** One schema step. `id` is global and ordered (`005-news`); a landed step is never edited. */
export interface MigrationStep {
  id: `${number}-${string}`;
  migration: (dialect: Dialect) => Migration;
}

export function orderedMigrations(
  steps: readonly MigrationStep[],
  dialect: Dialect,
): Record<string, Migration> {
  const bySequence = new Map<number, string>();
  for (const step of steps) {
    const sequence = Number.parseInt(step.id, 10);
    const taken = bySequence.get(sequence);
    if (taken !== undefined)
      throw new Error(`migrations ${taken} and ${step.id} share the number ${sequence}`);
    bySequence.set(sequence, step.id);
  }
  const ordered = [...steps].sort((a, b) => Number.parseInt(a.id, 10) - Number.parseInt(b.id, 10));
  return Object.fromEntries(ordered.map((step) => [step.id, step.migration(dialect)]));
}
