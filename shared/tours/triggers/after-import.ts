/**
 * After a directory import: the people whose start date is today or later (pre-boarding steps
 * before day one) and the people marked as having left (their journeys stop) are handed to
 * core.tours.onPersonUpdated. Others are left alone so a 100,000-line import does not cost a
 * tour lookup per person. A failure for one person is logged and does not fail the import,
 * which has already landed.
 */
import type { Logger } from '../../logging/logger.js';
import type { ImportedPersonRef } from '../../people/people-import.js';
import type { PeopleService } from '../../people/people-service.js';
import type { Person } from '../../people/person.js';

export interface AfterImportDeps {
  people: Pick<PeopleService, 'get'>;
  logger: Logger;
  tours: { onPersonUpdated(person: Person): Promise<void> };
}

/** YYYY-MM-DD of today in UTC; start dates are calendar dates, a day early is still pre-boarding */
const today = (now: Date) => now.toISOString().slice(0, 10);

export const concernsTours = (ref: ImportedPersonRef, now = new Date()): boolean =>
  ref.active === false || (ref.startDate !== undefined && ref.startDate >= today(now));

export async function toursAfterImport(deps: AfterImportDeps, imported: ImportedPersonRef[]): Promise<void> {
  for (const ref of imported.filter((r) => concernsTours(r))) {
    try {
      const person = await deps.people.get(ref.id);
      if (person) await deps.tours.onPersonUpdated(person);
    } catch (error) {
      deps.logger.error({ err: error, personId: ref.id }, 'tours not updated after import');
    }
  }
}
