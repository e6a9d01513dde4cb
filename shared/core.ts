/**
 * The core service, composed once per server: storage, jobs, people, events, the action
 * dispatcher, commands and the messengers the chat adapters register. It knows no platform.
 */
import type Keyv from 'keyv';
import { ActionDispatcher } from './actions/dispatcher.js';
import { ShortcutRegistry } from './actions/shortcuts.js';
import { registerCommandDialogs } from './commands/command-dialogs.js';
import { CommandRouter } from './commands/commands.js';
import type { Config } from './config/config.js';
import { type ConversationStore, createConversationStore } from './conversations/conversation-store.js';
import { createDeliveryService } from './delivery/create-delivery-service.js';
import { createPacer } from './delivery/create-pacer.js';
import type { DeliveryService } from './delivery/delivery-service.js';
import type { Pacer } from './delivery/pacer.js';
import { createDirectory, type Directory } from './directory/create-directory.js';
import { createEventLog, type EventLog } from './events/event-log.js';
import { registerHelpActions } from './help/help-actions.js';
import { createJobQueue } from './jobs/create-job-queue.js';
import type { JobQueue } from './jobs/queue.js';
import { createKv } from './kv/create-kv.js';
import { createOnceGuard, type OnceGuard } from './kv/once-guard.js';
import type { Logger } from './logging/logger.js';
import { MessengerRegistry } from './messaging/messenger.js';
import { createNews } from './news/create-news.js';
import type { NewsService } from './news/news-service.js';
import type { PeopleService } from './people/people-service.js';
import { createPeopleService } from './people/sql-people-service.js';
import type { PollService } from './polls/poll-service.js';
import { createPolls } from './polls/polls.js';
import type { QuizService } from './quizzes/quiz-service.js';
import { createQuizzes } from './quizzes/quizzes.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';
import type { SurveyService } from './surveys/survey-service.js';
import { createSurveys } from './surveys/surveys.js';
import { registerIntroductionActions } from './tours/introduction/introduction-actions.js';
import type { TourService } from './tours/tour-service.js';
import { createTours } from './tours/tours.js';

export interface Core {
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
  dispatcher: ActionDispatcher;
  /** shortcuts and message extensions that open a dialog (`poll.create`, `news.share`) */
  shortcuts: ShortcutRegistry;
  commands: CommandRouter;
  messengers: MessengerRegistry;
  /** one send budget per Teams tenant / Slack workspace, shared by every instance */
  pacer: Pacer;
  /** paced, resumable fan-out of a subject to an audience, one record per recipient */
  delivery: DeliveryService;
  /** polls: exact counts, anonymous ballots, live cards (shared/polls) */
  polls: PollService;
  /** news: compose, publish, track, edit and recall (shared/news) */
  news: NewsService;
  /** surveys answered in dialogs (shared/surveys) */
  surveys: SurveyService;
  /** quizzes with feedback, score and leaderboard (shared/quizzes) */
  quizzes: QuizService;
  /** welcome tours: journeys, drip steps, tutorials, resource people (shared/tours) */
  tours: TourService;
  /** directory sync from Entra ID and Slack (shared/directory) */
  directory: Directory;
  /** the console (tabs) address, for links in cards */
  consoleUrl: string;
  close(): Promise<void>;
}

export async function createCore(config: Config, logger: Logger): Promise<Core> {
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const kv = createKv(store, { redisUrl: config.redisUrl, logger: logger.child({ part: 'kv' }) });
  const once = createOnceGuard(store, { redisUrl: config.redisUrl, logger: logger.child({ part: 'once' }) });
  const jobs = createJobQueue(store, {
    redisUrl: config.redisUrl,
    redisPrefix: config.redisQueuePrefix,
    logger: logger.child({ part: 'jobs' }),
  });
  const events = createEventLog(store, logger);
  const consoleUrl = `${config.publicUrl}/tabs/`;
  const pacer = createPacer(store, {
    redisUrl: config.redisUrl,
    rates: config.delivery,
    // beside the queues: servers sharing one Redis with different prefixes keep separate budgets
    redisPrefix: `${config.redisQueuePrefix}:pacer:`,
    logger: logger.child({ part: 'pacer' }),
  });
  const dispatcher = new ActionDispatcher(events);
  const core: Core = {
    config,
    logger,
    store,
    kv,
    once,
    jobs,
    people: createPeopleService(store, events),
    events,
    conversations: createConversationStore(store),
    dispatcher,
    shortcuts: new ShortcutRegistry(dispatcher),
    commands: new CommandRouter({ consoleUrl, events }),
    messengers: new MessengerRegistry(),
    pacer,
    // set just below: the service needs the finished core
    delivery: undefined as unknown as DeliveryService,
    polls: undefined as unknown as PollService,
    news: undefined as unknown as NewsService,
    surveys: undefined as unknown as SurveyService,
    quizzes: undefined as unknown as QuizService,
    tours: undefined as unknown as TourService,
    directory: undefined as unknown as Directory,
    consoleUrl,
    async close() {
      await jobs.close();
      await pacer.close?.();
      await kv.disconnect?.();
      await once.close?.();
      await store.close();
    },
  };
  core.delivery = createDeliveryService(core);
  core.polls = createPolls(core);
  core.news = createNews(core);
  core.surveys = createSurveys(core);
  core.quizzes = createQuizzes(core);
  core.tours = await createTours(core);
  core.directory = createDirectory({
    config: config.directory,
    logger,
    store,
    jobs,
    events,
    people: core.people,
    tours: core.tours,
  });
  registerHelpActions(core);
  registerIntroductionActions(core);
  registerCommandDialogs(core.dispatcher, core.commands);
  return core;
}
