/**
 * The invitations service on a store without a whole server: for a worker process the crash test
 * kills, and for the resumed run after it. Graph and Slack settings point at the fakes.
 */
import type { Config } from '../../../shared/config/config.js';
import { createEventLog } from '../../../shared/events/event-log.js';
import { GroupStore } from '../../../shared/groups/group-store.js';
import { createInvitationPacer } from '../../../shared/groups/invitations/invitation-pacing.js';
import { invitationPlatforms } from '../../../shared/groups/invitations/invitation-platforms.js';
import { WAVE_QUEUE } from '../../../shared/groups/invitations/invitation-sender.js';
import { createInvitationStore } from '../../../shared/groups/invitations/invitation-store.js';
import { createInvitationsService } from '../../../shared/groups/invitations/invitations-service.js';
import type { JobQueue } from '../../../shared/jobs/queue.js';
import type { Logger } from '../../../shared/logging/logger.js';
import type { Store } from '../../../shared/store/store.js';

export interface RigSettings {
  graph?: { url: string; authorityUrl: string; tenantId: string; clientId: string; clientSecret: string };
  slack?: { apiUrl: string; botToken: string };
  graphPerSecond: number;
  slackPerMinute: number;
}

export function invitationRig(store: Store, jobs: JobQueue, logger: Logger, settings: RigSettings) {
  const directory = {
    tenantId: settings.graph?.tenantId,
    clientId: settings.graph?.clientId,
    clientSecret: settings.graph?.clientSecret,
    clientIdSetting: 'DIRECTORY_CLIENT_ID',
    clientSecretSetting: 'DIRECTORY_CLIENT_SECRET',
    authorityUrl: settings.graph?.authorityUrl ?? 'http://127.0.0.1:9',
    graphApiUrl: settings.graph?.url ?? 'http://127.0.0.1:9',
    maxRetries: 4,
    slack: { apiUrl: settings.slack?.apiUrl ?? 'http://127.0.0.1:9/', botToken: settings.slack?.botToken },
  } as Config['directory'];
  const config = {
    redirectUrl: 'https://teams.microsoft.com',
    graphPerSecond: settings.graphPerSecond,
    slackPerMinute: settings.slackPerMinute,
    maxAttempts: 5,
  };
  const pacing = createInvitationPacer(store, config);
  const groups = new GroupStore(store);
  const invitations = createInvitationStore(store);
  const service = createInvitationsService({
    invitations,
    groups,
    jobs,
    events: createEventLog(store, logger),
    logger,
    platforms: invitationPlatforms(directory, config, pacing),
    maxAttempts: config.maxAttempts,
  });
  return {
    service,
    groups,
    invitations,
    /** starts working the wave queue in this process */
    work: (onWave?: () => void) =>
      jobs.process<{ waveId: string }>(
        WAVE_QUEUE,
        async (job) => {
          onWave?.();
          await service.sender.runWave(job.data.waveId);
        },
        { concurrency: 4 },
      ),
  };
}
