/**
 * The invitations' share of the groups capability: the service, the wave job worker and (once
 * mounted) the REST routes, built from the ports the capability hands over.
 */
import type { ApiRoute } from '../../api/api-route.js';
import { type AnyJobWorker, worker } from '../../capability/capability.js';
import type { Config } from '../../config/config.js';
import type { EventLog } from '../../events/event-log.js';
import type { JobQueue } from '../../jobs/queue.js';
import type { Logger } from '../../logging/logger.js';
import type { Store } from '../../store/store.js';
import type { GroupStore } from '../group-store.js';
import type { TeamIdsLookup } from '../group-team-ids.js';
import { createInvitationPacer } from './invitation-pacing.js';
import { invitationPlatforms } from './invitation-platforms.js';
import { invitationRoutes } from './invitation-routes.js';
import { WAVE_QUEUE } from './invitation-sender.js';
import { createInvitationStore } from './invitation-store.js';
import { createInvitationsService, type GroupInvitationsService } from './invitations-service.js';

export interface InvitationsPorts {
  config: Config;
  logger: Logger;
  store: Store;
  jobs: JobQueue;
  events: EventLog;
}

export function invitationsPart(
  ports: InvitationsPorts,
  groups: GroupStore,
  teamIds: TeamIdsLookup,
): { invitations: GroupInvitationsService; jobs: AnyJobWorker[]; routes: ApiRoute[] } {
  const config = ports.config.groupInvitations;
  // the main database's pacer table, shared by every instance (no connection of its own to close)
  const pacing = createInvitationPacer(ports.store, {
    graphPerSecond: config.graphPerSecond,
    slackPerMinute: config.slackPerMinute,
  });
  const logger = ports.logger.child({ part: 'group-invitations' });
  const invitations = createInvitationsService({
    invitations: createInvitationStore(ports.store),
    groups,
    jobs: ports.jobs,
    events: ports.events,
    logger,
    platforms: invitationPlatforms(ports.config.directory, config, pacing),
    teamIds,
    maxAttempts: config.maxAttempts,
  });
  const jobs = [
    worker<{ waveId: string }>(WAVE_QUEUE, (job) => invitations.sender.runWave(job.data.waveId), {
      concurrency: 4,
    }),
  ];
  return { invitations, jobs, routes: invitationRoutes(invitations, groups, ports.config.defaultLocale) };
}
