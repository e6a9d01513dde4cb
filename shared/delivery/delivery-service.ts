/**
 * The DeliveryService: fan-out of one subject (a news item, a poll…) to an audience, paced per
 * tenant/workspace, resumable after a crash, with one record per recipient and platform.
 *
 * Features register a ContentProvider per subject type (it renders the card for each recipient at
 * send time), then call `broadcast`. Sends run as jobs on core.jobs (`delivery.send`, job id =
 * the delivery id) so a restart never doubles them; a delivery row already `sent` is never sent
 * again. Edits and recalls go through `refreshAll`, paced like sends.
 */
import type { AccessGates } from '../access/access-gates.js';
import type { Audience } from '../audiences/audience.js';
import type { AudienceGroups } from '../audiences/audience-groups.js';
import type { Config } from '../config/config.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Logger } from '../logging/logger.js';
import type { MessengerRegistry, PlatformName } from '../messaging/messenger.js';
import type { Store } from '../store/store.js';
import type {
  BroadcastRequest,
  ContentProvider,
  Delivery,
  DeliveryListQuery,
  DeliveryProgress,
  RefreshMode,
} from './delivery.js';
import type { Pacer } from './pacer.js';

/** What the delivery machinery stands on: a part of the core, built before any capability. */
export interface DeliveryPorts {
  config: Config;
  logger: Logger;
  store: Store;
  jobs: JobQueue;
  pacer: Pacer;
  messengers: MessengerRegistry;
  /** a person held back (a guest whose charter is pending) gets their copies once released */
  access?: AccessGates;
  /** who is in which group, for audiences naming groups */
  audienceGroups?: AudienceGroups;
}

/**
 * What a platform does around a send to one person (the directory registers Teams'): reach a
 * recipient the platform has not met before the first send (the Teams app installed for them),
 * and hear that the platform refused one (blocked the bot, app removed).
 */
export interface RecipientReach {
  /** throws DeliveryError('unreachable', reason) when they cannot be reached */
  first(personId: string, aadObjectId: string): Promise<void>;
  refused?(personId: string, reason: string): Promise<void>;
}

export interface DeliveryService {
  /** the content of one subject type; the send workers start with the first registration */
  registerContent(subjectType: string, provider: ContentProvider): void;
  /** a platform's steps around a send to one person (RecipientReach) */
  registerReach(platform: PlatformName, reach: RecipientReach): void;
  /** the platform's registered steps, for single sends outside a broadcast (a tour step) */
  reachFor(platform: PlatformName): RecipientReach | undefined;
  /** idempotent per subject: a second call returns the progress of the first */
  broadcast(request: BroadcastRequest): Promise<DeliveryProgress>;
  progress(subjectType: string, subjectId: string): Promise<DeliveryProgress>;
  /** queued deliveries become cancelled; sends already in flight finish */
  cancel(subjectType: string, subjectId: string): Promise<void>;
  /** re-render (update) or replace with the withdrawn card (withdraw) every sent copy, paced */
  refreshAll(subjectType: string, subjectId: string, mode: RefreshMode): Promise<void>;
  list(
    subjectType: string,
    subjectId: string,
    query: DeliveryListQuery,
  ): Promise<{ deliveries: Delivery[]; total: number }>;
  findByMessage(
    platform: PlatformName,
    conversationId: string,
    messageId: string,
  ): Promise<Delivery | undefined>;
  findForPerson(subjectType: string, subjectId: string, personId: string): Promise<Delivery[]>;
  /**
   * Teams 1:1 read receipts: the sent deliveries in this conversation whose message is at or
   * before the last one read (Teams 1:1 message ids are increasing numbers).
   */
  markReadUpTo(
    platform: PlatformName,
    conversationId: string,
    lastReadMessageId: string,
  ): Promise<Delivery[]>;
  /** subject ids addressed to a person (any status), newest first: for feeds */
  subjectsForPerson(
    subjectType: string,
    personId: string,
    page: { limit: number; offset: number },
  ): Promise<string[]>;
  isAddressedTo(subjectType: string, subjectId: string, personId: string): Promise<boolean>;
  /**
   * The audience the subject was broadcast to (one broadcast per subject); undefined when it
   * never was (a survey only posted into conversations): what a relay may say about its readers
   */
  audienceOf(subjectType: string, subjectId: string): Promise<Audience | undefined>;
  /**
   * Sends the copies held for a person (left queued with the hold's code as their reason, e.g.
   * `charter_pending`) now that the hold is lifted; resolves with how many were released.
   */
  releaseHeld(personId: string, reason: string): Promise<number>;
  /** stops nothing by itself (core.jobs owns the workers); kept for symmetry */
  close?(): Promise<void>;
}
