/**
 * The tours service over SQL: tours, tutorials and resource people (defined by communicators and
 * admins), which tours a trigger starts for whom (audience), the `tour` command, directory
 * changes (pre-boarding, leavers) and the funnel. Journeys in motion live in tour-journeys.ts.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { checkTourAudience } from '../audiences/audience-check.js';
import { reachesByOrganisation } from '../audiences/guest-reach.js';
import { type Principal, principalPersonId, requireRole } from '../auth/principal.js';
import { type AnyJobWorker, worker } from '../capability/capability.js';
import type { Card } from '../cards/model.js';
import { AppError } from '../errors/errors.js';
import { type Locale, translator } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import { noTourCard } from './tour-card.js';
import { defaultTourSettings } from './tour-config.js';
import { JourneyEngine, type TourDeps } from './tour-journeys.js';
import {
  type CompletionRow,
  contentIn,
  type Journey,
  type Tour,
  type TourInput,
  type TourResource,
  type TourStats,
  type TourStatus,
  type TourStep,
  type TourTrigger,
  type Tutorial,
  type TutorialInput,
  tourInputSchema,
  tutorialInputSchema,
} from './tour-model.js';
import { toTour, toTutorial } from './tour-repo.js';
import type { StepAction, TourService } from './tour-service.js';
import { tourDb } from './tour-tables.js';
import { validateTour } from './tour-validation.js';
import {
  KIND_RECHECK_QUEUE,
  type KindRecheck,
  type KindRecheckDeps,
  kindUnsettled,
  queueKindRecheck,
  runKindRecheck,
} from './triggers/kind-recheck.js';
import { WELCOME_TOUR_KEY, welcomeTour } from './welcome-tour.js';

const same = (a: string | null, list: string[]) =>
  list.length === 0 || list.some((v) => v.toLowerCase() === (a ?? '').toLowerCase());

/** The service, and the job workers of its drip and reminders (the capability hands them to the queue). */
export function createTourService(deps: TourDeps): {
  service: TourService;
  jobs: AnyJobWorker[];
} {
  const db = tourDb(deps.store);
  /** who stands in when no resource person is set (setResourceFallback: the ambassadors) */
  let resourceFallback: ((person: Person) => Promise<Person | undefined>) | undefined;
  const resourceFor = async (person: Person): Promise<Person | undefined> =>
    (await setResourceOf(person)) ?? (await resourceFallback?.(person));
  const setResourceOf = async (person: Person): Promise<Person | undefined> => {
    const rows = await db
      .selectFrom('tour_resources')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([eb('scope', '=', 'department'), eb('value', '=', person.department ?? '')]),
          eb.and([eb('scope', '=', 'site'), eb('value', '=', person.site ?? '')]),
        ]),
      )
      .execute();
    const row = rows.find((r) => r.scope === 'department') ?? rows[0];
    if (!row || row.person_id === person.id) return undefined;
    const resource = await deps.people.get(row.person_id);
    return resource?.active ? resource : undefined;
  };
  const engine = new JourneyEngine(deps, db, resourceFor);
  const repo = engine.repo;

  const fits = async (tour: Tour, person: Person, trigger: TourTrigger): Promise<boolean> => {
    const a = tour.audience;
    if (!same(person.department, a.departments) || !same(person.site, a.sites)) return false;
    if (a.groupKey && a.groupKey !== trigger.groupKey) return false;
    if (a.who === 'newcomers') return person.kind === 'member';
    if (a.who === 'guests') return person.kind === 'guest';
    if (a.who === 'everyone') {
      // a group's space joined (groupKey) names the group; else the organisation: members only
      return reachesByOrganisation(person, { names: a.groupKey !== undefined, includeGuests: false });
    }
    if (a.who === 'managers') {
      if (person.kind !== 'member') return false;
      const report = await db
        .selectFrom('people')
        .select('id')
        .where('manager_id', '=', person.id)
        .executeTakeFirst();
      return Boolean(report);
    }
    return false;
  };

  const mustGet = async (id: string): Promise<Tour> => {
    const tour = await repo.tour(id);
    if (!tour) throw new AppError('not_found', `no tour ${id}`);
    return tour;
  };

  const writeTour = async (input: TourInput) => {
    const t = tourInputSchema.parse(input);
    validateTour(t.steps);
    await checkTourAudience(deps.store, t.audience);
    return t;
  };

  const completion = async (tourId: string, column: 'department' | 'site'): Promise<CompletionRow[]> => {
    const rows = await db
      .selectFrom('journeys')
      .innerJoin('people', 'people.id', 'journeys.person_id')
      .select([
        `people.${column} as value`,
        (eb) => eb.fn.countAll<number>().as('journeys'),
        (eb) =>
          eb.fn
            .sum<number>(sql<number>`case when journeys.status = 'completed' then 1 else 0 end`)
            .as('completed'),
      ])
      .where('journeys.tour_id', '=', tourId)
      .groupBy(`people.${column}`)
      .execute();
    return rows
      .map((r) => {
        const journeys = Number(r.journeys);
        const completed = Number(r.completed ?? 0);
        return { value: r.value ?? '', journeys, completed, rate: journeys ? completed / journeys : 0 };
      })
      .sort((a, b) => a.value.localeCompare(b.value));
  };

  const service: TourService = {
    async start(personId: string, trigger: TourTrigger): Promise<Journey[]> {
      const person = await deps.people.get(personId);
      if (!person?.active) return [];
      const tours = (
        await db
          .selectFrom('tours')
          .selectAll()
          .where('status', '=', 'active')
          .orderBy('created_at')
          .execute()
      )
        .map(toTour)
        .filter((t) => t.triggers.includes(trigger.kind));
      const journeys: Journey[] = [];
      for (const tour of tours) {
        if (await fits(tour, person, trigger)) journeys.push(await engine.begin(tour, person, trigger));
      }
      // met while the platform could not say who they are: it is asked again later (kind-recheck.ts)
      if (
        trigger.kind === 'first_contact' &&
        person.kind === 'guest' &&
        (await kindUnsettled(db, personId))
      ) {
        await queueKindRecheck(recheck, { personId, trigger });
      }
      // met in chat: steps of other running journeys (pre-boarding from an import) that found no
      // chat identity when they were due go now
      if (trigger.platform || trigger.kind === 'first_contact') {
        const started = new Set(journeys.map((j) => j.id));
        for (const j of await repo.journeys({ personId, status: 'active' })) {
          if (!started.has(j.id)) await engine.arm(j, true);
        }
      }
      return journeys;
    },

    async startTour(
      tourId: string,
      personId: string,
      trigger: TourTrigger = { kind: 'manual' },
    ): Promise<Journey> {
      const tour = await mustGet(tourId);
      if (tour.status === 'archived') throw new AppError('conflict', 'this tour is archived');
      const person = await deps.people.get(personId);
      if (!person) throw new AppError('not_found', `no person ${personId}`);
      if (!person.active) throw new AppError('conflict', 'this person has left the organisation');
      return engine.begin(tour, person, trigger);
    },

    async resume(person: Person, locale: Locale, platform?: PlatformName, tenantId?: string): Promise<Card> {
      const journeys = await repo.journeys({ personId: person.id });
      const journey =
        journeys.find((j) => j.status === 'active') ?? journeys.find((j) => j.status === 'completed');
      if (!journey) return noTourCard(translator(locale));
      // the step they were on, or the last one they received (a step not sent yet is not shown)
      const reached = journey.progress.filter((p) => p.state !== 'pending').map((p) => p.index);
      const step = reached.includes(journey.currentStep)
        ? journey.currentStep
        : (reached.filter((i) => i <= journey.currentStep).pop() ?? reached[0] ?? 0);
      await deps.events.track({
        type: 'tour.resumed',
        personId: person.id,
        platform: platform ?? null,
        subjectType: 'tour',
        subjectId: journey.tourId,
        data: { journeyId: journey.id, step },
      });
      return engine.card(journey, step, person, locale, platform, tenantId);
    },

    async onPersonUpdated(person: Person): Promise<void> {
      if (!person.active) {
        for (const j of await repo.journeys({ personId: person.id, status: 'active' }))
          await engine.stop(j, 'left');
        return;
      }
      if (!person.startDate) return;
      const rules = engine.rulesFor(person);
      const now = new Date();
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: rules.timeZone }).format(now);
      if (person.startDate >= today) await service.start(person.id, { kind: 'import' });
    },

    act: (
      action: StepAction,
      actor: Person,
      journeyId: string,
      step: number,
      locale: Locale,
      platform?: PlatformName,
      tenantId?: string,
    ) => engine.act(action, actor, journeyId, step, locale, platform, tenantId),

    async stepCard(journeyId: string, step: number, locale: Locale): Promise<Card> {
      const journey = await repo.journey(journeyId);
      if (!journey) throw new AppError('not_found', `no journey ${journeyId}`);
      const person = await deps.people.get(journey.personId);
      if (!person) throw new AppError('not_found', `no person ${journey.personId}`);
      return engine.card(journey, step, person, locale);
    },

    journeysOf: (personId: string) => repo.journeys({ personId }),
    async rearm(personId: string): Promise<void> {
      for (const journey of await repo.journeys({ personId, status: 'active' }))
        await engine.arm(journey, true);
    },
    getJourney: (journeyId: string) => repo.journey(journeyId),

    async create(principal: Principal, input: TourInput): Promise<Tour> {
      requireRole(principal, 'communicator');
      const t = await writeTour(input);
      const id = randomUUID();
      const at = new Date().toISOString();
      await db
        .insertInto('tours')
        .values({
          id,
          name: t.name,
          description: t.description,
          status: t.status,
          audience: JSON.stringify(t.audience),
          triggers: JSON.stringify(t.triggers),
          steps: JSON.stringify(t.steps),
          version: 1,
          built_in: null,
          created_by: principalPersonId(principal),
          created_at: at,
          updated_at: at,
        })
        .execute();
      await deps.events.track({
        type: 'tour.created',
        personId: principalPersonId(principal),
        subjectType: 'tour',
        subjectId: id,
      });
      return mustGet(id);
    },

    async list(principal: Principal, filter: { status?: TourStatus } = {}): Promise<Tour[]> {
      requireRole(principal, 'communicator');
      let q = db.selectFrom('tours').selectAll();
      if (filter.status) q = q.where('status', '=', filter.status);
      return (await q.orderBy('created_at').orderBy('id').execute()).map(toTour);
    },

    async get(principal: Principal, id: string): Promise<Tour> {
      requireRole(principal, 'communicator');
      return mustGet(id);
    },

    async update(principal: Principal, id: string, input: TourInput): Promise<Tour> {
      requireRole(principal, 'communicator');
      const t = await writeTour(input);
      await mustGet(id);
      await db
        .updateTable('tours')
        .set((eb) => ({
          name: t.name,
          description: t.description,
          status: t.status,
          audience: JSON.stringify(t.audience),
          triggers: JSON.stringify(t.triggers),
          steps: JSON.stringify(t.steps),
          version: eb('version', '+', 1),
          updated_at: new Date().toISOString(),
        }))
        .where('id', '=', id)
        .execute();
      return mustGet(id);
    },

    async archive(principal: Principal, id: string): Promise<Tour> {
      requireRole(principal, 'communicator');
      await mustGet(id);
      await db
        .updateTable('tours')
        .set({ status: 'archived', updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .execute();
      return mustGet(id);
    },

    async applyToRunning(principal: Principal, id: string): Promise<{ journeys: number }> {
      requireRole(principal, 'communicator');
      const journeys = await engine.apply(await mustGet(id));
      await deps.events.track({
        type: 'tour.applied',
        personId: principalPersonId(principal),
        subjectType: 'tour',
        subjectId: id,
        data: { journeys },
      });
      return { journeys };
    },

    async stats(tourId: string): Promise<TourStats> {
      const tour = await repo.tour(tourId);
      if (!tour) throw new AppError('not_found', `no tour ${tourId}`);
      const statuses = await db
        .selectFrom('journeys')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('tour_id', '=', tourId)
        .groupBy('status')
        .execute();
      const count = (s: string) => Number(statuses.find((r) => r.status === s)?.n ?? 0);
      const journeys = {
        total: statuses.reduce((sum, r) => sum + Number(r.n), 0),
        active: count('active'),
        completed: count('completed'),
        stopped: count('stopped'),
      };
      const steps = await db
        .selectFrom('journey_steps')
        .innerJoin('journeys', 'journeys.id', 'journey_steps.journey_id')
        .select([
          'journey_steps.step_key as key',
          (eb) =>
            eb.fn
              .sum<number>(sql<number>`case when journey_steps.sent_at is not null then 1 else 0 end`)
              .as('reached'),
          (eb) =>
            eb.fn
              .sum<number>(sql<number>`case when journey_steps.state = 'done' then 1 else 0 end`)
              .as('done'),
          (eb) =>
            eb.fn
              .sum<number>(sql<number>`case when journey_steps.state = 'skipped' then 1 else 0 end`)
              .as('skipped'),
        ])
        .where('journeys.tour_id', '=', tourId)
        .groupBy('journey_steps.step_key')
        .execute();
      // the tour's current order first, then keys only older snapshots still have
      const keys = [...tour.steps.map((s) => s.key), ...steps.map((s) => s.key)].filter(
        (k, i, all) => all.indexOf(k) === i,
      );
      const funnel = keys.map((key, index) => {
        const row = steps.find((s) => s.key === key);
        const step = tour.steps.find((s) => s.key === key);
        return {
          index,
          key,
          title: stepTitle(step, 'en') ?? key,
          titles: { fr: stepTitle(step, 'fr') || key, en: stepTitle(step, 'en') || key },
          reached: Number(row?.reached ?? 0),
          done: Number(row?.done ?? 0),
          skipped: Number(row?.skipped ?? 0),
        };
      });
      return {
        tourId,
        journeys,
        completionRate: journeys.total ? journeys.completed / journeys.total : 0,
        funnel,
        byDepartment: await completion(tourId, 'department'),
        bySite: await completion(tourId, 'site'),
      };
    },

    async listTutorials(): Promise<Tutorial[]> {
      return (
        await db.selectFrom('tour_tutorials').selectAll().orderBy('created_at').orderBy('id').execute()
      ).map(toTutorial);
    },

    async createTutorial(principal: Principal, input: TutorialInput): Promise<Tutorial> {
      requireRole(principal, 'communicator');
      const t = tutorialInputSchema.parse(input);
      const id = randomUUID();
      const at = new Date().toISOString();
      await db
        .insertInto('tour_tutorials')
        .values({
          id,
          title: JSON.stringify(t.title),
          url: t.url,
          kind: t.kind,
          created_at: at,
          updated_at: at,
        })
        .execute();
      return { id, ...t };
    },

    async updateTutorial(principal: Principal, id: string, input: TutorialInput): Promise<Tutorial> {
      requireRole(principal, 'communicator');
      const t = tutorialInputSchema.parse(input);
      const r = await db
        .updateTable('tour_tutorials')
        .set({
          title: JSON.stringify(t.title),
          url: t.url,
          kind: t.kind,
          updated_at: new Date().toISOString(),
        })
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw new AppError('not_found', `no tutorial ${id}`);
      return { id, ...t };
    },

    async deleteTutorial(principal: Principal, id: string): Promise<void> {
      requireRole(principal, 'communicator');
      const r = await db.deleteFrom('tour_tutorials').where('id', '=', id).executeTakeFirst();
      if (Number(r.numDeletedRows) === 0) throw new AppError('not_found', `no tutorial ${id}`);
    },

    async listResources(): Promise<TourResource[]> {
      const rows = await db
        .selectFrom('tour_resources')
        .selectAll()
        .orderBy('scope')
        .orderBy('value')
        .execute();
      return rows.map((r) => ({
        scope: r.scope as TourResource['scope'],
        value: r.value,
        personId: r.person_id,
      }));
    },

    async setResource(
      principal: Principal,
      scope: TourResource['scope'],
      value: string,
      personId: string | null,
    ) {
      requireRole(principal, 'communicator');
      await db.deleteFrom('tour_resources').where('scope', '=', scope).where('value', '=', value).execute();
      if (!personId) return;
      if (!(await deps.people.get(personId))) throw new AppError('not_found', `no person ${personId}`);
      await db
        .insertInto('tour_resources')
        .values({ scope, value, person_id: personId, updated_at: new Date().toISOString() })
        .onConflict((oc) => oc.columns(['scope', 'value']).doUpdateSet({ person_id: personId }))
        .execute();
    },

    resourceFor,
    setResourceFallback(fallback) {
      resourceFallback = fallback;
    },

    calendarFor: (person) => engine.rulesFor(person),

    async withUnfinishedWelcome(personIds) {
      const found = new Set<string>();
      // chunks keep every statement under the databases' parameter limits
      for (let i = 0; i < personIds.length; i += 500) {
        const rows = await db
          .selectFrom('journeys')
          .innerJoin('tours', 'tours.id', 'journeys.tour_id')
          .select('journeys.person_id')
          .where('tours.built_in', '=', WELCOME_TOUR_KEY)
          .where('journeys.status', '=', 'active')
          .where('journeys.person_id', 'in', personIds.slice(i, i + 500))
          .execute();
        for (const r of rows) found.add(r.person_id);
      }
      return found;
    },

    async ensureWelcomeTour(): Promise<Tour> {
      const at = new Date().toISOString();
      const t = welcomeTour();
      await db
        .insertInto('tours')
        .values({
          id: randomUUID(),
          name: t.name,
          description: t.description,
          status: t.status,
          audience: JSON.stringify(t.audience),
          triggers: JSON.stringify(t.triggers),
          steps: JSON.stringify(t.steps),
          version: 1,
          built_in: WELCOME_TOUR_KEY,
          created_by: null,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) => oc.column('built_in').doNothing())
        .execute();
      const row = await db
        .selectFrom('tours')
        .selectAll()
        .where('built_in', '=', WELCOME_TOUR_KEY)
        .executeTakeFirstOrThrow();
      return toTour(row);
    },
  };
  const recheck: KindRecheckDeps = {
    db,
    jobs: deps.jobs,
    people: deps.people,
    messengers: deps.messengers,
    logger: deps.logger,
    delayMs: (deps.config.tours ?? defaultTourSettings).kindRecheckDelayMs,
    start: (personId, trigger) => service.start(personId, trigger),
  };
  return {
    service,
    jobs: [
      ...engine.workers(),
      worker<KindRecheck>(KIND_RECHECK_QUEUE, (job) => runKindRecheck(recheck, job.data), { concurrency: 2 }),
    ],
  };
}

/** a step's title for the funnel (English first, as before; a step written in French only has its French title) */
/** A step's title in `locale`, else in the language it was written in. */
const stepTitle = (step: TourStep | undefined, locale: Locale): string | undefined =>
  step && contentIn(step, locale).title;
