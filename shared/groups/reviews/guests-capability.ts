/**
 * The guests' side of extranet groups, one module: the charter gate (registered on the core's
 * access gates, so every path holds a guest whose charter is pending), charter acceptance, access
 * reviews and guest expiry with their hourly durable sweep, the cards' actions and REST routes.
 * Uses the groups capability's tables (migration 014) and adds its own (018). The platform
 * removal of a guest is the invitations part's (`spaceRemoval` on the groups service, when there).
 */
import type { ActionRequest } from '../../actions/dispatcher.js';
import { defineCapability, worker } from '../../capability/capability.js';
import type { TourService } from '../../tours/tour-service.js';
import { charterActions, reviewActions } from '../charter/charter-actions.js';
import { charterGate } from '../charter/charter-gate.js';
import { charterStatusOf, type PendingCharter, pendingCharters } from '../charter/charter-queries.js';
import { acceptCharter, askAgain } from '../charter/charter-service.js';
import { guestRoutes } from '../charter/guest-routes.js';
import type { GroupService } from '../group-service.js';
import { runSpaceRemoval, SPACE_REMOVAL_QUEUE, type SpaceRemovalJob } from './guest-removal.js';
import type { CharterAcceptedListener, GuestSpaceRemoval, GuestsContext } from './guests-context.js';
import { groupReviewsMigration } from './migrations/024-group-reviews.js';
import { groupReviewDelaysMigration } from './migrations/036-group-review-delays.js';
import { NOTICE_QUEUE, type Notice, sendNotice } from './notices.js';
import { decide, extend, keepAllActive } from './review-decisions.js';
import { reviewSettingsRoutes } from './review-settings.js';
import { guestDb } from './review-tables.js';
import { planNextSweep, runSweepJob, SWEEP_QUEUE, type SweepResult, sweep } from './sweep.js';

/** What the groups' chat and console parts read from here (the manager card's "charter pending"). */
export interface GroupGuestsService {
  context: GuestsContext;
  /** each current member's charter status in a group, and the current version */
  charterStatus(groupId: string): ReturnType<typeof charterStatusOf>;
  /** the charters a person still has to accept (none for a member) */
  pendingCharters(personId: string): Promise<PendingCharter[]>;
  /** one sweep as of `at` (charter deadlines, reviews, expiry) */
  sweep(at: Date): Promise<SweepResult>;
  /** a capability built after this one hears of each new charter acceptance (the group portal) */
  onCharterAccepted(listener: CharterAcceptedListener): void;
}

export const groupGuests = defineCapability({
  name: 'groupGuests',
  migrations: [
    { id: '024-group-reviews', migration: groupReviewsMigration },
    { id: '036-group-review-delays', migration: groupReviewDelaysMigration },
  ],
  ports: [
    'store',
    'jobs',
    'people',
    'events',
    'messengers',
    'pacer',
    'once',
    'delivery',
    'logger',
    'config',
    'consoleUrl',
    'access',
  ],
  uses: ['groups', 'tours'],
  async create(ports, { groups, tours }: { groups: GroupService; tours: TourService }) {
    const ctx: GuestsContext = {
      ...ports,
      logger: ports.logger.child({ part: 'group-guests' }),
      db: guestDb(ports.store),
      defaultLocale: ports.config.defaultLocale,
      rearmTours: (personId) => tours.rearm(personId),
      // removal from the group's Teams team or Slack channel (the groups' invitations part)
      spaceRemoval: (): GuestSpaceRemoval => groups.invitations,
      charterAccepted: [],
    };
    ports.access.register(charterGate(ctx));
    groups.onCharterVersioned((groupId, version) => askAgain(ctx, groupId, version));
    await planNextSweep(ctx);
    const actor = (request: ActionRequest) => ({ person: request.actor, locale: request.locale });
    return {
      service: {
        context: ctx,
        charterStatus: (groupId) => charterStatusOf(ctx.db, groupId),
        pendingCharters: (personId) => pendingCharters(ctx.db, personId),
        sweep: (at) => sweep(ctx, at),
        onCharterAccepted: (listener) => {
          ctx.charterAccepted.push(listener);
        },
      } satisfies GroupGuestsService,
      routes: [...guestRoutes(ctx), ...reviewSettingsRoutes(ctx)],
      actions: [
        charterActions.accept.handledBy((payload, request) =>
          acceptCharter(ctx, {
            ...payload,
            personId: request.actor.id,
            platform: request.platform,
            locale: request.locale,
          }),
        ),
        reviewActions.decide.handledBy((payload, request) => decide(ctx, actor(request), payload)),
        reviewActions.keepActive.handledBy((payload, request) =>
          keepAllActive(ctx, actor(request), payload.reviewId),
        ),
        reviewActions.extend.handledBy((payload, request) => extend(ctx, actor(request), payload)),
      ],
      jobs: [
        worker<Notice>(NOTICE_QUEUE, (job) => sendNotice(ctx, job.data)),
        worker<SpaceRemovalJob>(SPACE_REMOVAL_QUEUE, (job) => runSpaceRemoval(ctx, job)),
        worker(SWEEP_QUEUE, () => runSweepJob(ctx), { concurrency: 1 }),
      ],
    };
  },
});
