/**
 * Journeys in motion: starting one (a snapshot of the tour's steps, each step's due time from the
 * calendar), the durable drip (one job per step, id `tour:<journeyId>:<stepIndex>`, state checked
 * before sending so a restart neither loses nor repeats a step), task reminders, the card buttons,
 * conditional steps, completion, and stopping when a person leaves.
 */
import { randomUUID } from 'node:crypto';
import type { UpdateQueryBuilder, UpdateResult } from 'kysely';
import { worker } from '../capability/capability.js';
import type { Ports } from '../capability/ports.js';
import { isSafeUrl } from '../cards/markdown.js';
import type { Card } from '../cards/model.js';
import { AppError, DeliveryError } from '../errors/errors.js';
import { type Locale, translator } from '../i18n/i18n.js';
import { RetryLaterError } from '../jobs/queue.js';
import type { PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import {
  type CalendarRules,
  dueAt,
  isTimeZone,
  parseLocalDate,
  toLocalDate,
  zonedParts,
} from './calendar.js';
import { contactLinkFor } from './contact-links.js';
import { parseSchedule } from './schedule.js';
import { stepCard } from './tour-card.js';
import { defaultTourSettings } from './tour-config.js';
import type { Journey, StepState, Tour, TourStep, TourTrigger, Tutorial } from './tour-model.js';
import { TourRepo, toTutorial } from './tour-repo.js';
import { chatIdentityOf, sendToPerson } from './tour-send.js';
import type { TourDb, TourTables } from './tour-tables.js';
import { parseStepSchedule } from './tour-validation.js';

export type TourDeps = Pick<
  Ports,
  'store' | 'jobs' | 'events' | 'people' | 'messengers' | 'pacer' | 'config' | 'logger'
> &
  Partial<Pick<Ports, 'delivery' | 'access'>>;

export const STEP_QUEUE = 'tour-step';
export const REMINDER_QUEUE = 'tour-reminder';

interface StepJob {
  journeyId: string;
  step: number;
}
interface ReminderJob extends StepJob {
  n: number;
}

/** `tour:<journeyId>:<stepIndex>`; after apply-to-running the revision is appended (another step may sit there). */
export const stepJobId = (j: Pick<Journey, 'id' | 'revision'>, step: number): string =>
  `tour:${j.id}:${step}${j.revision > 1 ? `:r${j.revision}` : ''}`;

const nowIso = () => new Date().toISOString();

/** an update of journey steps, narrowed by where-clauses */
type StepUpdate = UpdateQueryBuilder<TourTables, 'journey_steps', 'journey_steps', UpdateResult>;
/** added to step indexes while a new version of the tour moves them, out of the way of one another */
const RENUMBERING = 1_000_000;

export class JourneyEngine {
  readonly repo: TourRepo;
  constructor(
    private readonly deps: TourDeps,
    readonly db: TourDb,
    private readonly resourceFor: (person: Person) => Promise<Person | undefined>,
  ) {
    this.repo = new TourRepo(db);
  }

  rulesFor(person: Pick<Person, 'timeZone'>): CalendarRules {
    const s = this.deps.config.tours ?? defaultTourSettings;
    return {
      timeZone: person.timeZone && isTimeZone(person.timeZone) ? person.timeZone : s.timeZone,
      workingDays: s.workingDays,
      quietStart: s.quietStart,
      quietEnd: s.quietEnd,
      defaultTime: s.stepTime,
    };
  }

  /** The imported start date when it is today or later in the person's zone: day 1 of the calendar. */
  private futureStartDate(person: Person, rules: CalendarRules, now: Date): string | null {
    if (!person.startDate || !parseLocalDate(person.startDate)) return null;
    const p = toLocalDate(zonedParts(now, rules.timeZone));
    const today = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
    return person.startDate >= today ? person.startDate : null;
  }

  /** Step rows for a snapshot: due times from the calendar; pre-boarding steps without a start date are skipped. */
  private stepRows(
    journeyId: string,
    steps: TourStep[],
    anchor: { startDate: string | null; startedAt: Date },
    rules: CalendarRules,
    now: Date,
    keep: Map<string, TourTables['journey_steps']> = new Map(),
  ): TourTables['journey_steps'][] {
    return steps.map((s, i) => {
      const kept = keep.get(s.key);
      // a tour saved before schedules were bounded may hold one out of range: 400 naming the step
      const spec = parseStepSchedule(s, i);
      const due = dueAt(spec, anchor, rules, now).toISOString();
      if (kept)
        return {
          ...kept,
          journey_id: journeyId,
          step_index: i,
          due_at: kept.state === 'pending' ? due : kept.due_at,
        };
      const missed = spec.kind === 'day' && spec.day < 0 && !anchor.startDate;
      return {
        journey_id: journeyId,
        step_index: i,
        step_key: s.key,
        state: missed ? 'skipped' : 'pending',
        due_at: missed ? null : due,
        sent_at: null,
        done_at: null,
        skipped_at: missed ? now.toISOString() : null,
        reminders: 0,
        message: null,
      };
    });
  }

  /** Starts `tour` for `person` once (unique tour+person); an existing journey is returned and its drip re-armed. */
  async begin(tour: Tour, person: Person, trigger: TourTrigger): Promise<Journey> {
    const now = new Date();
    const rules = this.rulesFor(person);
    const startDate = this.futureStartDate(person, rules, now);
    const id = randomUUID();
    const rows = this.stepRows(id, tour.steps, { startDate, startedAt: now }, rules, now);
    const created = await this.db.transaction().execute(async (trx) => {
      const r = await trx
        .insertInto('journeys')
        .values({
          id,
          tour_id: tour.id,
          person_id: person.id,
          status: 'active',
          trigger: JSON.stringify(trigger),
          steps: JSON.stringify(tour.steps),
          tour_version: tour.version,
          revision: 1,
          start_date: startDate,
          started_at: now.toISOString(),
          current_step: 0,
          completed_at: null,
          stopped_at: null,
          updated_at: now.toISOString(),
        })
        .onConflict((oc) => oc.columns(['tour_id', 'person_id']).doNothing())
        .executeTakeFirst();
      if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) return false;
      await trx.insertInto('journey_steps').values(rows).execute();
      return true;
    });
    const journey = created ? await this.repo.journey(id) : await this.repo.journeyOf(tour.id, person.id);
    if (!journey) throw new AppError('internal', `journey of tour ${tour.id} for ${person.id} vanished`);
    if (created) {
      await this.deps.events.track({
        type: 'tour.started',
        personId: person.id,
        platform: trigger.platform ?? null,
        subjectType: 'tour',
        subjectId: tour.id,
        data: {
          journeyId: id,
          trigger: trigger.kind,
          ...(trigger.groupKey ? { groupKey: trigger.groupKey } : {}),
        },
      });
    }
    if (journey.status === 'active') await this.arm(journey, !created);
    return journey;
  }

  /**
   * Adds the jobs of pending steps (idempotent by job id). `again`: also re-sends steps already
   * due that found no chat identity earlier (a person imported before their first contact).
   */
  async arm(journey: Journey, again = false): Promise<void> {
    const now = Date.now();
    for (const p of journey.progress) {
      if (p.state !== 'pending' || !p.dueAt) continue;
      const runAt = new Date(p.dueAt);
      const base = stepJobId(journey, p.index);
      const jobId = again && runAt.getTime() <= now ? `${base}:again:${now}` : base;
      await this.deps.jobs.add<StepJob>(
        STEP_QUEUE,
        { journeyId: journey.id, step: p.index },
        { jobId, runAt },
      );
    }
  }

  /** The drip's and the reminders' job workers, for the capability to hand to the queue. */
  workers() {
    return [
      worker<StepJob>(STEP_QUEUE, (job) => this.runStep(job.data), { concurrency: 4 }),
      worker<ReminderJob>(REMINDER_QUEUE, (job) => this.runReminder(job.data), { concurrency: 2 }),
    ];
  }

  /** An active person's journey, or undefined after stopping it for a person who left. */
  private async liveJourney(journeyId: string): Promise<{ journey: Journey; person: Person } | undefined> {
    const journey = await this.repo.journey(journeyId);
    if (journey?.status !== 'active') return undefined;
    const person = await this.deps.people.get(journey.personId);
    if (!person?.active) {
      await this.stop(journey, 'left');
      return undefined;
    }
    return { journey, person };
  }

  /** The drip job of one step: sends it when still pending, due, and its condition holds. */
  async runStep({ journeyId, step }: StepJob): Promise<void> {
    const live = await this.liveJourney(journeyId);
    if (!live) return;
    const { journey, person } = live;
    const p = journey.progress[step];
    if (p?.state !== 'pending' || !p.dueAt) return;
    const wait = Date.parse(p.dueAt) - Date.now();
    if (wait > 1000) throw new RetryLaterError(wait, 'tour step not due yet (schedule changed)');
    const after = journey.steps[step]?.onlyAfter;
    if (after) {
      const before = journey.progress.find((x) => x.key === after);
      if (before?.state === 'skipped') return this.skip(journey, step, person, after);
      // held until that step is done: markDone releases it
      if (before && before.state !== 'done') return;
    }
    if (await this.previousGoesFirst(journey, step)) {
      throw new RetryLaterError(500, 'the step before goes first');
    }
    await this.deliver(journey, step, person);
  }

  /**
   * Steps due together ("first contact" and a "day 1" already gone) go in order: the previous one
   * is waited for while it is pending, due, not held by its condition, and became due less than a
   * minute ago (a step that could not be delivered must not hold the rest back for ever) — and
   * while it is on its way: marked sent but its message not yet recorded, for less than a minute
   * (two sends in flight at once may land in either order on a busy platform).
   */
  private async previousGoesFirst(journey: Journey, step: number): Promise<boolean> {
    const prev = journey.progress[step - 1];
    if (!prev) return false;
    if (prev.state === 'sent') return this.onItsWay(journey.id, prev);
    if (prev.state !== 'pending' || !prev.dueAt) return false;
    const dueSince = Date.now() - Date.parse(prev.dueAt);
    if (dueSince < -1000 || dueSince > 60_000) return false;
    const after = journey.steps[step - 1]?.onlyAfter;
    const held = after !== undefined && journey.progress.find((x) => x.key === after)?.state !== 'done';
    return !held;
  }

  /** A step marked sent less than a minute ago whose platform message is not recorded yet. */
  private async onItsWay(journeyId: string, prev: Journey['progress'][number]): Promise<boolean> {
    if (!prev.sentAt || Date.now() - Date.parse(prev.sentAt) > 60_000) return false;
    const row = await this.db
      .selectFrom('journey_steps')
      .select('message')
      .where('journey_id', '=', journeyId)
      .where('step_index', '=', prev.index)
      .executeTakeFirst();
    return row !== undefined && row.message === null;
  }

  private async deliver(journey: Journey, step: number, person: Person): Promise<void> {
    const identity = await chatIdentityOf(this.db, this.deps, person.id, journey.trigger.platform);
    if (!identity) {
      // imported, never met in chat: stays pending; the first contact re-arms it (begin → arm again)
      this.deps.logger.info({ journeyId: journey.id, step }, 'tour step waits for a chat identity');
      return;
    }
    // held (a guest whose group charter is pending): stays pending; rearm sends it once released
    const hold = await this.deps.access?.hold(person, {
      kind: 'delivery',
      subjectType: 'tour',
      subjectId: journey.id,
    });
    if (hold) {
      this.deps.logger.info({ journeyId: journey.id, step, reason: hold.code }, 'tour step held');
      return;
    }
    if (!(await this.repo.transition(journey.id, step, ['pending'], 'sent', nowIso()))) return;
    // from here the step is named by its key: applying a new version of the tour meanwhile may
    // renumber the steps while the platform takes its time
    const key = journey.progress[step]?.key ?? journey.steps[step]?.key;
    const thisStep = (q: StepUpdate) => q.where('journey_id', '=', journey.id).where('step_key', '=', key);
    const locale = this.localeOf(person);
    try {
      const fresh = (await this.repo.journey(journey.id)) ?? journey;
      const content = await this.card(fresh, step, person, locale, identity.platform, identity.tenantId);
      const sent = await sendToPerson(this.deps, person.id, identity, content, locale);
      await thisStep(this.db.updateTable('journey_steps').set({ message: JSON.stringify(sent) })).execute();
    } catch (error) {
      await thisStep(this.db.updateTable('journey_steps').set({ state: 'pending', sent_at: null }))
        .where('state', '=', 'sent')
        .execute();
      const rethrow = this.retryable(error, journey.id, step);
      if (rethrow) throw rethrow;
      return;
    }
    const now = await this.db
      .selectFrom('journey_steps')
      .select('step_index')
      .where('journey_id', '=', journey.id)
      .where('step_key', '=', key)
      .executeTakeFirst();
    await this.repo.setCurrent(journey.id, now ? Number(now.step_index) : step, nowIso());
    await this.deps.events.track({
      type: 'tour.step_sent',
      personId: person.id,
      platform: identity.platform,
      subjectType: 'tour',
      subjectId: journey.tourId,
      data: { journeyId: journey.id, step, key: journey.steps[step]?.key },
    });
    if (journey.steps[step]?.task) await this.scheduleReminder(journey, step, 1, person);
  }

  /** A rate limit waits its Retry-After; a person who cannot be reached is not retried (stays pending). */
  private retryable(error: unknown, journeyId: string, step: number): unknown {
    if (error instanceof DeliveryError) {
      if (error.kind === 'rate_limited') return new RetryLaterError(error.retryAfterMs ?? 1000);
      if (error.kind === 'unreachable' || error.kind === 'rejected') {
        this.deps.logger.warn({ journeyId, step, err: error }, 'tour step not delivered');
        return undefined;
      }
    }
    return error;
  }

  private async scheduleReminder(journey: Journey, step: number, n: number, person: Person): Promise<void> {
    const task = journey.steps[step]?.task;
    if (!task || n > task.maxReminders) return;
    const now = new Date();
    const spec = task.remindEvery
      ? parseSchedule(task.remindEvery)
      : ({ kind: 'day', day: task.remindEveryWorkingDays + 1 } as const);
    const runAt = dueAt(spec, { startDate: null, startedAt: now }, this.rulesFor(person), now);
    await this.deps.jobs.add<ReminderJob>(
      REMINDER_QUEUE,
      { journeyId: journey.id, step, n },
      { jobId: `${stepJobId(journey, step)}:remind:${n}`, runAt },
    );
  }

  /** A task reminder: sent while the task is open, at most maxReminders times. */
  async runReminder({ journeyId, step, n }: ReminderJob): Promise<void> {
    const live = await this.liveJourney(journeyId);
    if (!live) return;
    const { journey, person } = live;
    const p = journey.progress[step];
    if (p?.state !== 'sent' || p.reminders !== n - 1) return;
    const identity = await chatIdentityOf(this.db, this.deps, person.id, journey.trigger.platform);
    if (!identity) return;
    const claim = await this.db
      .updateTable('journey_steps')
      .set({ reminders: n })
      .where('journey_id', '=', journeyId)
      .where('step_index', '=', step)
      .where('state', '=', 'sent')
      .where('reminders', '=', n - 1)
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) === 0) return;
    const locale = this.localeOf(person);
    try {
      const content = await this.card(
        journey,
        step,
        person,
        locale,
        identity.platform,
        identity.tenantId,
        true,
      );
      await sendToPerson(this.deps, person.id, identity, content, locale);
    } catch (error) {
      await this.db
        .updateTable('journey_steps')
        .set({ reminders: n - 1 })
        .where('journey_id', '=', journeyId)
        .where('step_index', '=', step)
        .where('reminders', '=', n)
        .execute();
      const rethrow = this.retryable(error, journeyId, step);
      if (rethrow) throw rethrow;
      return;
    }
    await this.deps.events.track({
      type: 'tour.reminder_sent',
      personId: person.id,
      platform: identity.platform,
      subjectType: 'tour',
      subjectId: journey.tourId,
      data: { journeyId, step, key: p.key, n },
    });
    await this.scheduleReminder(journey, step, n + 1, person);
  }

  localeOf(person: Person): Locale {
    return person.locale ?? this.deps.config.defaultLocale;
  }

  /** The card of one step for its owner, as seen on `platform`. */
  async card(
    journey: Journey,
    step: number,
    person: Person,
    locale: Locale,
    platform?: PlatformName,
    tenantId?: string,
    reminder = false,
  ): Promise<Card> {
    const s = journey.steps[step];
    const p = journey.progress[step];
    if (!s || !p) throw new AppError('not_found', `no step ${step} in journey ${journey.id}`);
    const next = journey.progress[step + 1];
    const nextStep = journey.steps[step + 1];
    const heldBy = nextStep?.onlyAfter && journey.progress.find((x) => x.key === nextStep.onlyAfter);
    const nextDueAt =
      next?.state === 'pending'
        ? heldBy && heldBy.state !== 'done'
          ? null
          : next.dueAt
            ? new Date(next.dueAt)
            : null
        : undefined;
    const resource = await this.resourceFor(person);
    const viewPlatform = platform ?? journey.trigger.platform ?? person.identities[0]?.platform;
    const contactUrl =
      resource && viewPlatform
        ? contactLinkFor(viewPlatform, tenantId ?? person.identities[0]?.tenantId, resource)
        : undefined;
    return stepCard({
      t: translator(locale),
      locale,
      journeyId: journey.id,
      step: s,
      index: step,
      total: journey.steps.length,
      progress: p,
      nextReached: Boolean(next && next.state !== 'pending'),
      nextDueAt,
      timeZone: this.rulesFor(person).timeZone,
      completed: journey.status === 'completed',
      tutorials: await this.tutorials(s.tutorialIds),
      resource: resource && {
        name: resource.displayName,
        contactUrl: contactUrl && isSafeUrl(contactUrl) ? contactUrl : undefined,
      },
      reminder,
    });
  }

  private async tutorials(ids: string[]): Promise<Tutorial[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('tour_tutorials').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(rows.map((r) => [r.id, toTutorial(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** A button on a step card: checks ownership, changes the step, returns the card to show. */
  async act(
    action: 'next' | 'back' | 'skip' | 'done' | 'task_done',
    actor: Person,
    journeyId: string,
    step: number,
    locale: Locale,
    platform?: PlatformName,
    tenantId?: string,
  ): Promise<Card> {
    const journey = await this.repo.journey(journeyId);
    if (!journey || journey.personId !== actor.id) throw new AppError('not_found', 'no such tour journey');
    const p = journey.progress[step];
    if (!p) throw new AppError('bad_request', `no step ${step} in this tour`);
    const nextReached = () => {
      const next = journey.progress[step + 1];
      return next !== undefined && next.state !== 'pending';
    };
    let target = step;
    const open = p.state === 'sent';
    if (action === 'back') target = Math.max(0, step - 1);
    else if (action === 'skip') {
      if (open) await this.skip(journey, step, actor);
      if (nextReached()) target = step + 1;
    } else if (action === 'task_done') {
      if (open) await this.markDone(journey, step, actor);
    } else {
      const task = journey.steps[step]?.task;
      // Next reads on: it does not tick a task off (that is the task's own button); Done does
      if (open && (action === 'done' || !task)) await this.markDone(journey, step, actor);
      if (nextReached()) target = step + 1;
    }
    await this.repo.setCurrent(journeyId, target, nowIso());
    const fresh = (await this.repo.journey(journeyId)) ?? journey;
    return this.card(fresh, target, actor, locale, platform, tenantId);
  }

  async markDone(journey: Journey, step: number, person: Person): Promise<void> {
    if (!(await this.repo.transition(journey.id, step, ['sent'], 'done', nowIso()))) return;
    const key = journey.steps[step]?.key;
    await this.track('tour.step_done', journey, step, person);
    // steps that waited for this one and are already due go now
    const fresh = (await this.repo.journey(journey.id)) ?? journey;
    for (const p of fresh.progress) {
      if (fresh.steps[p.index]?.onlyAfter !== key || p.state !== 'pending' || !p.dueAt) continue;
      if (Date.parse(p.dueAt) > Date.now()) continue;
      await this.deps.jobs.add<StepJob>(
        STEP_QUEUE,
        { journeyId: journey.id, step: p.index },
        { jobId: `${stepJobId(fresh, p.index)}:after` },
      );
    }
    await this.completeIfFinished(journey, person);
  }

  /** Skips a step, and the steps that only come after it (they would never be sent). */
  async skip(journey: Journey, step: number, person: Person, because?: string): Promise<void> {
    if (!(await this.repo.transition(journey.id, step, ['pending', 'sent'], 'skipped', nowIso()))) return;
    await this.track('tour.step_skipped', journey, step, person, because ? { because } : {});
    const key = journey.steps[step]?.key;
    for (const [i, s] of journey.steps.entries()) {
      if (s.onlyAfter === key) await this.skip(journey, i, person, key);
    }
    await this.completeIfFinished(journey, person);
  }

  private async completeIfFinished(journey: Journey, person: Person): Promise<void> {
    const open = await this.db
      .selectFrom('journey_steps')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('journey_id', '=', journey.id)
      .where('state', 'not in', ['done', 'skipped'] satisfies StepState[])
      .executeTakeFirstOrThrow();
    if (Number(open.n) > 0) return;
    if (await this.repo.finish(journey.id, 'completed', nowIso())) {
      await this.deps.events.track({
        type: 'tour.completed',
        personId: person.id,
        subjectType: 'tour',
        subjectId: journey.tourId,
        data: { journeyId: journey.id },
      });
    }
  }

  async stop(journey: Journey, reason: string): Promise<void> {
    if (await this.repo.finish(journey.id, 'stopped', nowIso())) {
      await this.deps.events.track({
        type: 'tour.stopped',
        personId: journey.personId,
        subjectType: 'tour',
        subjectId: journey.tourId,
        data: { journeyId: journey.id, reason },
      });
    }
  }

  private track(
    type: string,
    journey: Journey,
    step: number,
    person: Person,
    data: Record<string, unknown> = {},
  ) {
    return this.deps.events.track({
      type,
      personId: person.id,
      subjectType: 'tour',
      subjectId: journey.tourId,
      data: { journeyId: journey.id, step, key: journey.steps[step]?.key, ...data },
    });
  }

  /** Running journeys take `tour`'s current steps: progress follows step keys, new steps are scheduled. */
  async apply(tour: Tour): Promise<number> {
    const running = await this.repo.journeys({ tourId: tour.id, status: 'active' });
    for (const journey of running) {
      const person = await this.deps.people.get(journey.personId);
      if (!person) continue;
      const now = new Date();
      const old = await this.db
        .selectFrom('journey_steps')
        .selectAll()
        .where('journey_id', '=', journey.id)
        .execute();
      const keep = new Map(old.map((r) => [r.step_key, r]));
      const anchor = { startDate: journey.startDate, startedAt: new Date(journey.startedAt) };
      const rows = this.stepRows(journey.id, tour.steps, anchor, this.rulesFor(person), now, keep);
      const kept = rows.filter((r) => keep.has(r.step_key));
      await this.db.transaction().execute(async (trx) => {
        // kept steps are renumbered in place, never deleted and inserted again: a step being sent
        // meanwhile records its message on its row by key, and must find that row afterwards
        const ofJourney = (q: StepUpdate) => q.where('journey_id', '=', journey.id);
        await trx
          .deleteFrom('journey_steps')
          .where('journey_id', '=', journey.id)
          .$if(kept.length > 0, (q) =>
            q.where(
              'step_key',
              'not in',
              kept.map((r) => r.step_key),
            ),
          )
          .execute();
        // two passes, as (journey, index) is the key: first out of the way, then into place
        for (const r of kept)
          await ofJourney(trx.updateTable('journey_steps').set({ step_index: RENUMBERING + r.step_index }))
            .where('step_key', '=', r.step_key)
            .execute();
        for (const r of kept)
          await ofJourney(trx.updateTable('journey_steps').set({ step_index: r.step_index }))
            .where('step_key', '=', r.step_key)
            .execute();
        for (const r of kept)
          await ofJourney(trx.updateTable('journey_steps').set({ due_at: r.due_at }))
            .where('step_key', '=', r.step_key)
            .where('state', '=', 'pending')
            .execute();
        const added = rows.filter((r) => !keep.has(r.step_key));
        if (added.length > 0) await trx.insertInto('journey_steps').values(added).execute();
        await trx
          .updateTable('journeys')
          .set({
            steps: JSON.stringify(tour.steps),
            tour_version: tour.version,
            revision: journey.revision + 1,
            current_step: Math.min(journey.currentStep, tour.steps.length - 1),
            updated_at: now.toISOString(),
          })
          .where('id', '=', journey.id)
          .execute();
      });
      const fresh = await this.repo.journey(journey.id);
      if (!fresh) continue;
      await this.arm(fresh);
      await this.completeIfFinished(fresh, person);
    }
    return running.length;
  }
}
