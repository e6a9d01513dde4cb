/**
 * The event log: every feature records what people do (installs, commands, clicks, reads, votes)
 * from day one; the adoption dashboard reads it. Writes never fail the user's action.
 *
 * Events tracked while the event loop handles one batch of I/O (under load, the clicks of many
 * people at once) are written together, one multi-row insert on the next turn of the loop, rather
 * than one insert each: a busy poll's votes cost one event statement per turn, not per vote. At
 * most one insert is on its way at a time: events tracked meanwhile (on PostgreSQL, during a whole
 * round trip) go together in the next. track() still resolves only once its event is written.
 */
import type { Logger } from '../logging/logger.js';
import type { EventsTable } from '../store/schema.js';
import type { Store } from '../store/store.js';

export interface TrackedEvent {
  type: string;
  personId?: string | null;
  platform?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  data?: Record<string, unknown>;
  at?: Date;
}

export interface EventLog {
  track(event: TrackedEvent): Promise<void>;
}

/** one row to insert: the events table without its generated id */
type EventRow = Omit<EventsTable, 'id'>;

/** rows per insert: 7 parameters each, far under SQLite's and PostgreSQL's parameter limits */
const ROWS_PER_INSERT = 500;

const rowOf = (event: TrackedEvent): EventRow => ({
  at: (event.at ?? new Date()).toISOString(),
  type: event.type,
  person_id: event.personId ?? null,
  platform: event.platform ?? null,
  subject_type: event.subjectType ?? null,
  subject_id: event.subjectId ?? null,
  data: event.data ? JSON.stringify(event.data) : null,
});

export function createEventLog(store: Store, logger: Logger): EventLog {
  let pending: { row: EventRow; written: () => void }[] = [];
  /** an insert is on its way: what is tracked meanwhile waits for it, then goes in one insert */
  let writing = false;

  const flush = async (): Promise<void> => {
    writing = true;
    try {
      await write();
    } finally {
      writing = false;
    }
    // tracked while the insert was on its way (on PostgreSQL, the clicks of a whole round trip)
    if (pending.length > 0) void flush();
  };

  const write = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    for (let start = 0; start < batch.length; start += ROWS_PER_INSERT) {
      const part = batch.slice(start, start + ROWS_PER_INSERT);
      try {
        await store.db
          .insertInto('events')
          .values(part.map((p) => p.row))
          .execute();
      } catch (error) {
        // The event log is for insight: losing events must not fail the clicks that caused them.
        logger.error({ err: error, events: part.map((p) => p.row.type) }, 'events not recorded');
      }
      for (const p of part) p.written();
    }
  };

  return {
    track(event) {
      return new Promise<void>((written) => {
        // the first event of this turn schedules the write and the others of the turn join it;
        // while an insert is on its way, its end starts the next one
        if (pending.length === 0 && !writing) setImmediate(() => void flush());
        pending.push({ row: rowOf(event), written });
      });
    },
  };
}
