/** Composes the tours feature from the core: the service, its chat wiring, its jobs, the ready-made tour. */
import type { Ports } from '../capability/ports.js';
import { createTourService } from './sql-tour-service.js';
import { registerTourActions } from './tour-actions.js';
import type { TourService } from './tour-service.js';

export async function createTours(core: Ports): Promise<TourService> {
  const tours = createTourService({ ...core, logger: core.logger.child({ part: 'tours' }) });
  registerTourActions(core, tours);
  tours.startWorkers();
  await tours.ensureWelcomeTour();
  return tours;
}
