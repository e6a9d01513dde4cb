/**
 * The tours service (`core.tours`): what chat adapters, commands, card buttons and the REST API call.
 * One implementation on SQL (sql-tour-service.ts); drip steps and task reminders are durable jobs.
 *
 * REST routes (tour-routes.ts, under /api/v1; admin or communicator defines, everyone reads their own):
 *   GET    /tours                          list (?status=active|draft|archived)      communicator
 *   POST   /tours                          create (TourInput)                        communicator
 *   GET    /tours/me                       the caller's journeys (with steps, progress) any person
 *   GET    /tours/resources                resource people per department/site       communicator
 *   PUT    /tours/resources                set one { scope, value, personId|null }   communicator
 *   GET    /tours/:id                      one tour                                  communicator
 *   PUT    /tours/:id                      replace (TourInput); running journeys keep their snapshot
 *   DELETE /tours/:id                      archive (no new journey; running ones continue)
 *   POST   /tours/:id/apply-to-running     running journeys take the current steps    communicator
 *   POST   /tours/:id/start                { personId } start it for one person (manual) communicator
 *   GET    /tours/:id/stats                funnel per step, completion per department/site
 *   GET    /tutorials                      the tutorial library                      any person
 *   POST   /tutorials                      add (TutorialInput)                       communicator
 *   PUT    /tutorials/:id                  replace                                   communicator
 *   DELETE /tutorials/:id                  remove                                    communicator
 *
 * Chat: command `tour` (`parcours`, `accueil`) → resume(); buttons `tour.next`, `tour.back`,
 * `tour.skip`, `tour.done`, `tour.task_done`, `tour.contact` with payload { journeyId, step }.
 */
import type { Principal } from '../auth/principal.js';
import type { Card } from '../cards/model.js';
import type { Locale } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import type {
  CalendarRules,
  Journey,
  Tour,
  TourInput,
  TourResource,
  TourStats,
  TourStatus,
  TourTrigger,
  Tutorial,
  TutorialInput,
} from './tour-model.js';

export type StepAction = 'next' | 'back' | 'skip' | 'done' | 'task_done';

export interface TourService {
  /**
   * A trigger happened for a person: starts a journey on every active tour whose triggers include
   * `trigger.kind` and whose audience fits the person (and `trigger.groupKey` for guest tours).
   * Idempotent per tour and person: a tour already started for them is not restarted (its journey
   * is returned). Returns the journeys started or found for the matching tours. A person who left
   * (inactive) gets none. The first step ("first contact") is sent at once, later ones by jobs.
   */
  start(personId: string, trigger: TourTrigger): Promise<Journey[]>;
  /** Starts one tour for one person whatever its triggers and audience (REST `start`, tests). */
  startTour(tourId: string, personId: string, trigger?: TourTrigger): Promise<Journey>;
  /**
   * The `tour` command: the card of the step the person is on in their most recent active journey
   * (or a "no tour" card).
   */
  resume(person: Person, locale: Locale, platform?: PlatformName, tenantId?: string): Promise<Card>;
  /**
   * Call after the directory changed a person (import, sign-in): an active person with a start
   * date in the future gets the `import` tours (pre-boarding steps before day one); a person who
   * left (inactive) has every running journey stopped.
   */
  onPersonUpdated(person: Person): Promise<void>;
  /** re-sends the due steps of a person's active journeys that were held (a charter pending) or found no chat identity */
  rearm(personId: string): Promise<void>;
  /** A card button (`tour.next`...): checks the journey is the actor's, returns the refreshed card. */
  act(
    action: StepAction,
    actor: Person,
    journeyId: string,
    step: number,
    locale: Locale,
    /** where the click happened: the contact button links to the resource person there */
    platform?: PlatformName,
    tenantId?: string,
  ): Promise<Card>;
  /** The card of one step of a journey, for its owner (what the drip sends). */
  stepCard(journeyId: string, step: number, locale: Locale): Promise<Card>;
  /** The person's journeys, newest first. */
  journeysOf(personId: string): Promise<Journey[]>;
  getJourney(journeyId: string): Promise<Journey | undefined>;

  create(principal: Principal, input: TourInput): Promise<Tour>;
  list(principal: Principal, filter?: { status?: TourStatus }): Promise<Tour[]>;
  get(principal: Principal, id: string): Promise<Tour>;
  update(principal: Principal, id: string, input: TourInput): Promise<Tour>;
  archive(principal: Principal, id: string): Promise<Tour>;
  /** Running journeys take the tour's current steps; progress follows step keys. Returns how many. */
  applyToRunning(principal: Principal, id: string): Promise<{ journeys: number }>;
  stats(tourId: string): Promise<TourStats>;

  listTutorials(): Promise<Tutorial[]>;
  createTutorial(principal: Principal, input: TutorialInput): Promise<Tutorial>;
  updateTutorial(principal: Principal, id: string, input: TutorialInput): Promise<Tutorial>;
  deleteTutorial(principal: Principal, id: string): Promise<void>;

  listResources(): Promise<TourResource[]>;
  /** personId null removes the resource person of that department or site */
  setResource(
    principal: Principal,
    scope: TourResource['scope'],
    value: string,
    personId: string | null,
  ): Promise<void>;
  /**
   * The resource person shown to `person`: their department's, else their site's, else whoever
   * the fallback names (the ambassadors of their department or site, when that capability runs).
   */
  resourceFor(person: Person): Promise<Person | undefined>;
  /**
   * A narrow port for a capability built after tours (ambassadors): who stands in as the resource
   * person when none is set for the person's department or site. Set once; the last one wins.
   */
  setResourceFallback(fallback: (person: Person) => Promise<Person | undefined>): void;

  /** The tours calendar for a person: their zone (else the default), working days, quiet hours. */
  calendarFor(person: Pick<Person, 'timeZone'>): CalendarRules;
  /** Of these people, those whose welcome tour is still running (started, not completed). */
  withUnfinishedWelcome(personIds: readonly string[]): Promise<Set<string>>;

  /** Creates the ready-made Relais welcome tour when absent (idempotent across instances). */
  ensureWelcomeTour(): Promise<Tour>;
}
