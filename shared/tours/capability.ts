/**
 * Welcome tours: journeys, drip steps, tutorials, resource people, the introduction of a newcomer
 * to their team, and the console's schedule preview. New people and imports start tours.
 */
import { defineCapability } from '../capability/capability.js';
import { everyPort } from '../capability/ports.js';
import { schedulePreviewRoutes } from './console/schedule-preview-route.js';
import { registerIntroductionActions } from './introduction/introduction-actions.js';
import { introductionRoutes } from './introduction/introduction-routes.js';
import { toursMigration } from './migrations/008-tours.js';
import { tourRoutes } from './tour-routes.js';
import { createTours } from './tours.js';
import { toursAfterImport } from './triggers/after-import.js';

export const tours = defineCapability({
  name: 'tours',
  migrations: [{ id: '008-tours', migration: toursMigration }],
  // every port until this capability's factory names the few it uses
  ports: everyPort,
  async create(ports) {
    const service = await createTours(ports);
    registerIntroductionActions(ports);
    return {
      service,
      routes: [
        ...schedulePreviewRoutes(ports),
        ...introductionRoutes(ports),
        ...tourRoutes({ people: ports.people, tours: service }),
      ],
      onPeopleImported: (refs) => toursAfterImport({ ...ports, tours: service }, refs),
    };
  },
});
