/**
 * The ports a capability may be given: what the core provides to features. A capability names the
 * ones it needs and receives only those (never the whole core), so what it depends on reads in
 * its module declaration.
 */
import type Keyv from 'keyv';
import type { AccessGates } from '../access/access-gates.js';
import type { ActionDispatcher } from '../actions/dispatcher.js';
import type { ShortcutRegistry } from '../actions/shortcuts.js';
import type { audienceGroupsPort } from '../audiences/audience-groups.js';
import type { CommandRouter } from '../commands/commands.js';
import type { Config } from '../config/config.js';
import type { ConversationStore } from '../conversations/conversation-store.js';
import type { DeliveryService } from '../delivery/delivery-service.js';
import type { Pacer } from '../delivery/pacer.js';
import type { EventLog } from '../events/event-log.js';
import type { JobQueue } from '../jobs/queue.js';
import type { OnceGuard } from '../kv/once-guard.js';
import type { Logger } from '../logging/logger.js';
import type { MessengerRegistry } from '../messaging/messenger.js';
import type { PeopleService } from '../people/people-service.js';
import type { Store } from '../store/store.js';

export interface Ports {
  config: Config;
  logger: Logger;
  store: Store;
  kv: Keyv;
  /** claim a key once for a TTL, across every instance (dedupe of retried platform requests) */
  once: OnceGuard;
  jobs: JobQueue;
  people: PeopleService;
  events: EventLog;
  conversations: ConversationStore;
  /**
   * holds a person back on every path (actions, commands, API, App Home, 1:1 deliveries): a
   * capability registers its gate here (the groups' charter) instead of checking in each feature
   */
  access: AccessGates;
  /** every card button routes here; capabilities declare theirs as `actions` instead */
  dispatcher: ActionDispatcher;
  /** shortcuts and message extensions that open a dialog (`poll.create`, `news.share`) */
  shortcuts: ShortcutRegistry;
  commands: CommandRouter;
  messengers: MessengerRegistry;
  /** one send budget per Teams tenant / Slack workspace, shared by every instance */
  pacer: Pacer;
  /** paced, resumable fan-out of a subject to an audience, one record per recipient */
  delivery: DeliveryService;
  /**
   * groups as audiences: who is in which group, as the groups capability tells it (installed by
   * the composition once that capability is built; groups reach nobody until then)
   */
  audienceGroups: ReturnType<typeof audienceGroupsPort>;
  /** the console (tabs) address, for links in cards */
  consoleUrl: string;
}

export type PortName = keyof Ports;
