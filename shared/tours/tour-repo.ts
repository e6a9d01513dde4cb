/**
 * Tour persistence: rows ⇄ model, and the few queries the service needs. Step state changes are
 * single conditional updates (`where state in (...)`), so a double click or a job run twice
 * changes a step once and the caller knows whether it was the one that did.
 */
import type { Journey, StepProgress, StepState, Tour, TourStep, Tutorial } from './tour-model.js';
import type { TourDb, TourTables } from './tour-tables.js';

type TourRow = TourTables['tours'];
type JourneyRow = TourTables['journeys'];
type StepRow = TourTables['journey_steps'];

export const toTour = (r: TourRow): Tour => ({
  id: r.id,
  name: r.name,
  description: r.description,
  status: r.status as Tour['status'],
  audience: JSON.parse(r.audience),
  triggers: JSON.parse(r.triggers),
  steps: JSON.parse(r.steps),
  version: Number(r.version),
  builtIn: r.built_in,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toTutorial = (r: TourTables['tour_tutorials']): Tutorial => ({
  id: r.id,
  title: JSON.parse(r.title),
  url: r.url,
  kind: r.kind as Tutorial['kind'],
});

const toProgress = (r: StepRow): StepProgress => ({
  index: Number(r.step_index),
  key: r.step_key,
  state: r.state as StepState,
  dueAt: r.due_at,
  sentAt: r.sent_at,
  doneAt: r.done_at,
  skippedAt: r.skipped_at,
  reminders: Number(r.reminders),
});

const toJourney = (r: JourneyRow, steps: StepRow[]): Journey => ({
  id: r.id,
  tourId: r.tour_id,
  personId: r.person_id,
  status: r.status as Journey['status'],
  trigger: JSON.parse(r.trigger),
  steps: JSON.parse(r.steps) as TourStep[],
  tourVersion: Number(r.tour_version),
  revision: Number(r.revision),
  startDate: r.start_date,
  startedAt: r.started_at,
  currentStep: Number(r.current_step),
  progress: steps.map(toProgress).sort((a, b) => a.index - b.index),
  completedAt: r.completed_at,
  stoppedAt: r.stopped_at,
});

export class TourRepo {
  constructor(readonly db: TourDb) {}

  async tour(id: string): Promise<Tour | undefined> {
    const row = await this.db.selectFrom('tours').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toTour(row);
  }

  async journeys(where: {
    id?: string;
    personId?: string;
    tourId?: string;
    status?: string;
  }): Promise<Journey[]> {
    let q = this.db.selectFrom('journeys').selectAll();
    if (where.id) q = q.where('id', '=', where.id);
    if (where.personId) q = q.where('person_id', '=', where.personId);
    if (where.tourId) q = q.where('tour_id', '=', where.tourId);
    if (where.status) q = q.where('status', '=', where.status);
    const rows = await q.orderBy('started_at', 'desc').orderBy('id').execute();
    if (rows.length === 0) return [];
    const steps = await this.db
      .selectFrom('journey_steps')
      .selectAll()
      .where(
        'journey_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map((r) =>
      toJourney(
        r,
        steps.filter((s) => s.journey_id === r.id),
      ),
    );
  }

  async journey(id: string): Promise<Journey | undefined> {
    return (await this.journeys({ id }))[0];
  }

  async journeyOf(tourId: string, personId: string): Promise<Journey | undefined> {
    const row = await this.db
      .selectFrom('journeys')
      .select('id')
      .where('tour_id', '=', tourId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return row && this.journey(row.id);
  }

  /** Moves one step from one of `from` to `to`; true when this call made the change. */
  async transition(
    journeyId: string,
    index: number,
    from: readonly StepState[],
    to: StepState,
    at: string,
  ): Promise<boolean> {
    const stamp =
      to === 'sent'
        ? { sent_at: at }
        : to === 'done'
          ? { done_at: at }
          : to === 'skipped'
            ? { skipped_at: at }
            : { sent_at: null };
    const result = await this.db
      .updateTable('journey_steps')
      .set({ state: to, ...stamp })
      .where('journey_id', '=', journeyId)
      .where('step_index', '=', index)
      .where('state', 'in', [...from])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async setCurrent(journeyId: string, index: number, at: string): Promise<void> {
    await this.db
      .updateTable('journeys')
      .set({ current_step: index, updated_at: at })
      .where('id', '=', journeyId)
      .execute();
  }

  /** active → completed or stopped; true when this call made the change. */
  async finish(journeyId: string, status: 'completed' | 'stopped', at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('journeys')
      .set(
        status === 'completed'
          ? { status, completed_at: at, updated_at: at }
          : { status, stopped_at: at, updated_at: at },
      )
      .where('id', '=', journeyId)
      .where('status', '=', 'active')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
