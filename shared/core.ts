/**
 * The core service, composed once per server: the ports every capability may ask for (storage,
 * jobs, people, events, the action dispatcher, commands, the messengers the chat adapters
 * register, the pacer and the delivery machinery), then the capabilities of `capabilities.ts` in
 * their order. It knows no platform.
 */
import { AccessGates } from './access/access-gates.js';
import { ActionDispatcher } from './actions/dispatcher.js';
import { ShortcutRegistry } from './actions/shortcuts.js';
import type { ApiRoute } from './api/api-route.js';
import { audienceGroupsPort } from './audiences/audience-groups.js';
import { audienceRoutes } from './audiences/audience-routes.js';
import { capabilities, relaisMigrations, type Services } from './capabilities.js';
import { composeCapabilities } from './capability/compose.js';
import type { Ports } from './capability/ports.js';
import { registerCommandDialogs } from './commands/command-dialogs.js';
import { CommandRouter } from './commands/commands.js';
import type { Config } from './config/config.js';
import { conversationRoutes } from './conversations/conversation-routes.js';
import { createConversationStore } from './conversations/conversation-store.js';
import { createDeliveryService } from './delivery/create-delivery-service.js';
import { createPacer } from './delivery/create-pacer.js';
import { createEventLog } from './events/event-log.js';
import { helpTopicActions } from './help/help-topic-action.js';
import { homeRoutes } from './home/home-routes.js';
import { createJobQueue } from './jobs/create-job-queue.js';
import { HeldWorkersQueue } from './jobs/held-workers.js';
import { createKv } from './kv/create-kv.js';
import { createOnceGuard } from './kv/once-guard.js';
import type { Logger } from './logging/logger.js';
import { MessengerRegistry } from './messaging/messenger.js';
import { peopleRoutes } from './people/people-routes.js';
import { createPeopleService } from './people/sql-people-service.js';
import { openStore } from './store/open-store.js';

export type Core = Ports &
  Services & {
    /** every REST route: the core's (people) and each capability's */
    routes: ApiRoute[];
    /** starts the job workers held by `holdWorkers` (idempotent; a no-op when they were not held) */
    startWorkers(): void;
    close(): Promise<void>;
  };

export interface CoreOptions {
  /**
   * Job workers pull nothing until `startWorkers()`: a server calls it once its chat messengers are
   * registered, so a job due at start (a drip step due while the previous instance stopped) does
   * not run before it can reach anyone. Without it, workers start as capabilities register them.
   */
  holdWorkers?: boolean;
}

export async function createCore(config: Config, logger: Logger, options: CoreOptions = {}): Promise<Core> {
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    preparedStatements: config.databasePreparedStatements,
    dataDir: config.dataDir,
    migrations: relaisMigrations,
  });
  const kv = createKv(store, { redisUrl: config.redisUrl, logger: logger.child({ part: 'kv' }) });
  const once = createOnceGuard(store, { redisUrl: config.redisUrl, logger: logger.child({ part: 'once' }) });
  const jobs = new HeldWorkersQueue(
    createJobQueue(store, {
      redisUrl: config.redisUrl,
      redisPrefix: config.redisQueuePrefix,
      logger: logger.child({ part: 'jobs' }),
    }),
  );
  const events = createEventLog(store, logger);
  const consoleUrl = `${config.publicUrl}/tabs/`;
  const pacer = createPacer(store, {
    redisUrl: config.redisUrl,
    // Graph's Teams install budget is one more budget of the same store, shared like the sends
    rates: { ...config.delivery, graphPerSecond: config.directory?.proactiveInstall?.perSecond },
    // beside the queues: servers sharing one Redis with different prefixes keep separate budgets
    redisPrefix: `${config.redisQueuePrefix}:pacer:`,
    logger: logger.child({ part: 'pacer' }),
  });
  const access = new AccessGates();
  const dispatcher = new ActionDispatcher(events, access);
  const messengers = new MessengerRegistry();
  const people = createPeopleService(store, events);
  const audienceGroups = audienceGroupsPort();
  const delivery = createDeliveryService({
    config,
    logger,
    store,
    jobs,
    pacer,
    messengers,
    audienceGroups,
    access,
  });
  const ports: Ports = {
    config,
    logger,
    store,
    kv,
    once,
    jobs,
    people,
    events,
    conversations: createConversationStore(store),
    access,
    dispatcher,
    shortcuts: new ShortcutRegistry(dispatcher),
    commands: new CommandRouter({ consoleUrl, events, access }),
    messengers,
    pacer,
    delivery,
    audienceGroups,
    consoleUrl,
  };
  for (const action of helpTopicActions(consoleUrl, (locale) => ports.commands.words(locale), store.db))
    dispatcher.define(action);
  registerCommandDialogs(dispatcher, ports.commands);
  const composed = await composeCapabilities(capabilities, ports);
  if (!options.holdWorkers) jobs.startWorkers();
  return {
    ...ports,
    ...(composed.services as Services),
    routes: [
      ...peopleRoutes(ports, composed.onPeopleImported),
      ...homeRoutes(composed.services as Services),
      // the picker's suggestions and reach count: audiences are a core part every capability sends through
      ...audienceRoutes(ports),
      // where the bot is (channels, group chats): "post into…" chosen, not typed
      ...conversationRoutes(ports),
      ...composed.routes,
    ],
    startWorkers() {
      jobs.startWorkers();
    },
    async close() {
      await jobs.close();
      await pacer.close?.();
      await kv.disconnect?.();
      await once.close?.();
      await store.close();
    },
  };
}
