/**
 * The event log: every feature records what people do (installs, commands, clicks, reads, votes)
 * from day one; the adoption dashboard reads it. Writes never fail the user's action.
 */
import type { Logger } from '../logging/logger.js';
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

export function createEventLog(store: Store, logger: Logger): EventLog {
  return {
    async track(event) {
      try {
        await store.db
          .insertInto('events')
          .values({
            at: (event.at ?? new Date()).toISOString(),
            type: event.type,
            person_id: event.personId ?? null,
            platform: event.platform ?? null,
            subject_type: event.subjectType ?? null,
            subject_id: event.subjectId ?? null,
            data: event.data ? JSON.stringify(event.data) : null,
          })
          .execute();
      } catch (error) {
        // The event log is for insight: losing one event must not fail the click that caused it.
        logger.error({ err: error, event: event.type }, 'event not recorded');
      }
    },
  };
}
