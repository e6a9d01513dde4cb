/**
 * The directory: everyone in the organisation from Microsoft Entra ID (Graph users/delta) and
 * Slack (users.list and member events), one person from several sources with the source of each
 * value, sync runs on a schedule and on demand, and the Teams proactive install. A leaver's tours
 * stop, through the tours' service.
 */
import { defineCapability } from '../capability/capability.js';
import type { TourService } from '../tours/tour-service.js';
import { createDirectory } from './create-directory.js';
import { directoryRoutes } from './directory-routes.js';
import { directoryMigration } from './migrations/010-directory.js';
import { peopleReachIndexMigration } from './migrations/016-people-reach-index.js';

export const directory = defineCapability({
  name: 'directory',
  migrations: [
    { id: '010-directory', migration: directoryMigration },
    { id: '016-people-reach-index', migration: peopleReachIndexMigration },
  ],
  ports: ['config', 'logger', 'store', 'jobs', 'events', 'people', 'delivery', 'messengers', 'pacer'],
  uses: ['tours'],
  create(ports, { tours }: { tours: TourService }) {
    const { directory: service, jobs } = createDirectory({
      ...ports,
      config: ports.config.directory,
      teams: { serviceUrl: ports.config.teams.serviceUrl, appId: ports.config.teams.appId },
      tours,
    });
    return { service, routes: directoryRoutes(service, ports.config.defaultLocale), jobs };
  },
});
