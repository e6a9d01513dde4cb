/**
 * The group portal, one module: each group's welcome content (welcome text, resource sections,
 * pinned news) and its tour, edited by its managers; the portal a member or guest reads in the
 * tab (`#/groups/<id>/portal`) and on the Slack App Home; page templates per kind of group. The
 * group's tour starts for a guest when they accept the charter (told by the guests' part) or, for
 * a group without a charter, when they join (an access gate's contact, which holds nobody); a
 * group's new or changed tour starts for the guests already in it (a durable, paced job).
 */
import { defineCapability, worker } from '../../capability/capability.js';
import type { NewsService } from '../../news/news-service.js';
import type { PollService } from '../../polls/poll-service.js';
import type { TourService } from '../../tours/tour-service.js';
import type { GroupService } from '../group-service.js';
import type { GroupGuestsService } from '../reviews/guests-capability.js';
import { groupPortalMigration } from './migrations/028-group-portal.js';
import { portalRoutes } from './portal-routes.js';
import { createGroupPortalService, type GroupPortalService } from './portal-service.js';
import { PortalStore } from './portal-store.js';
import { portalDb } from './portal-tables.js';
import { TOUR_CATCHUP_QUEUE, type TourCatchUp } from './portal-tour-catchup.js';

export const groupPortal = defineCapability({
  name: 'groupPortal',
  migrations: [{ id: '028-group-portal', migration: groupPortalMigration }],
  ports: ['store', 'people', 'logger', 'config', 'access', 'jobs'],
  uses: ['news', 'polls', 'tours', 'groups', 'groupGuests'],
  create(
    ports,
    uses: {
      news: NewsService;
      polls: PollService;
      tours: TourService;
      groups: GroupService;
      groupGuests: GroupGuestsService;
    },
  ) {
    const logger = ports.logger.child({ part: 'group-portal' });
    const service: GroupPortalService = createGroupPortalService({
      ...uses,
      guests: uses.groupGuests,
      store: new PortalStore(portalDb(ports.store)),
      people: ports.people,
      jobs: ports.jobs,
      logger,
    });
    uses.groupGuests.onCharterAccepted(async (personId, groupId) => {
      try {
        await service.startGroupTours(personId, [groupId]);
      } catch (error) {
        // the acceptance stands whatever becomes of the tour
        logger.error({ err: error, personId, groupId }, 'group tour not started after the charter');
      }
    });
    ports.access.register({
      name: 'groups.portal',
      hold: async () => undefined,
      contact: (personId) => service.startGroupTours(personId),
    });
    return {
      service,
      routes: portalRoutes(service, ports.config.defaultLocale),
      jobs: [
        worker<TourCatchUp>(TOUR_CATCHUP_QUEUE, (job) => service.catchUpTour(job.data), { concurrency: 1 }),
      ],
    };
  },
});
