/**
 * Welcome tours: journeys, drip steps, tutorials, resource people, the introduction of a newcomer
 * to their team, and the console's schedule preview. New people and imports start tours.
 * Its service works over the store, jobs, people, events and the paced messengers; it brings the
 * step, contact and introduction buttons, the `tour` command, the drip and reminder jobs, the
 * REST routes, and seeds the ready-made welcome tour.
 */
import { defineCapability } from '../capability/capability.js';
import { schedulePreviewRoutes } from './console/schedule-preview-route.js';
import { stepCardRoutes } from './console/step-card-routes.js';
import { tourReachRoutes } from './console/tour-reach-routes.js';
import { introductionActionHandlers } from './introduction/introduction-action-handlers.js';
import { introductionRoutes } from './introduction/introduction-routes.js';
import { toursMigration } from './migrations/008-tours.js';
import { createTourService } from './sql-tour-service.js';
import { tourActionHandlers } from './tour-action-handlers.js';
import { tourCommand } from './tour-command.js';
import { tourRoutes } from './tour-routes.js';
import { toursAfterImport } from './triggers/after-import.js';

export const tours = defineCapability({
  name: 'tours',
  migrations: [{ id: '008-tours', migration: toursMigration }],
  ports: [
    'store',
    'jobs',
    'events',
    'people',
    'messengers',
    'pacer',
    'delivery',
    'kv',
    'once',
    'config',
    'logger',
    'access',
  ],
  async create(ports) {
    const logger = ports.logger.child({ part: 'tours' });
    const { service, jobs } = createTourService({ ...ports, logger });
    // every instance seeds it; the insert is idempotent across instances
    await service.ensureWelcomeTour();
    return {
      service,
      routes: [
        ...schedulePreviewRoutes(ports),
        ...stepCardRoutes(ports, service),
        ...introductionRoutes(ports),
        ...tourReachRoutes(ports),
        ...tourRoutes(service),
      ],
      actions: [...tourActionHandlers(ports, service), ...introductionActionHandlers(ports)],
      commands: [tourCommand(service)],
      jobs,
      onPeopleImported: (refs) =>
        toursAfterImport({ people: ports.people, logger: ports.logger, tours: service }, refs),
    };
  },
});
