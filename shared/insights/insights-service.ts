/**
 * The insights service: the dashboard for communicators (their scope) and admins (everything),
 * members and guests refused; tab heartbeats (at most one a minute per person); a day rolled up
 * again on an admin's request; the opt-in monthly digest.
 */
import { type AuthorScope, authorScope, isAdmin } from '../audiences/author-scope.js';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import type { Person } from '../people/person.js';
import { type Dashboard, dashboard } from './dashboard.js';
import type { InsightsContext } from './insights-context.js';
import type { InsightsFilter } from './insights-filter.js';
import { rollupDay } from './rollup.js';

export interface InsightsService {
  dashboard(principal: Principal, filter: InsightsFilter, locale: 'fr' | 'en'): Promise<Dashboard>;
  /** the dashboard a person may see (chat command, digest); undefined when they may not */
  dashboardOf(person: Person, filter: InsightsFilter, locale: 'fr' | 'en'): Promise<Dashboard | undefined>;
  heartbeat(principal: Principal, platform: 'tab'): Promise<{ counted: boolean }>;
  rollup(principal: Principal, day: string): Promise<{ day: string }>;
  subscribe(person: Person, on: boolean): Promise<void>;
}

/** a communicator's own grants (departments, sites): managing a group opens no dashboard */
const scopeOf = (principal: Principal): AuthorScope => {
  const scope = authorScope(principal);
  if (!scope) throw new AppError('forbidden', 'requires the communicator role');
  return scope;
};

export function createInsightsService(ctx: InsightsContext): InsightsService {
  const answer = (filter: InsightsFilter, scope: AuthorScope, locale: 'fr' | 'en') =>
    dashboard(ctx.db, filter, scope, { minGroupSize: ctx.settings.minGroupSize, locale, today: ctx.now() });
  return {
    dashboard: (principal, filter, locale) => answer(filter, scopeOf(principal), locale),
    async dashboardOf(person, filter, locale) {
      const principal: Principal = { kind: 'person', person };
      try {
        return await answer(filter, scopeOf(principal), locale);
      } catch (error) {
        if (error instanceof AppError && error.code === 'forbidden') return undefined;
        throw error;
      }
    },
    async heartbeat(principal, platform) {
      if (principal.kind !== 'person') return { counted: false };
      const minute = Math.floor(ctx.now().getTime() / 60_000);
      // a tab open twice, or a beat retried, is still one minute
      const claim = await ctx.once.claim(`insights-heartbeat:${principal.person.id}:${minute}`, 120_000);
      if (!claim) return { counted: false };
      await ctx.events.track({
        type: 'insights.heartbeat',
        personId: principal.person.id,
        platform,
        at: ctx.now(),
      });
      return { counted: true };
    },
    async rollup(principal, day) {
      if (!isAdmin(principal)) throw new AppError('forbidden', 'requires the admin role');
      await rollupDay(ctx.db, day, {
        retentionDays: ctx.settings.retentionDays,
        minGroupSize: ctx.settings.minGroupSize,
        fresh: true,
        now: ctx.now(),
      });
      return { day };
    },
    async subscribe(person, on) {
      if (on) {
        await ctx.db
          .insertInto('insights_digest_subscribers')
          .values({ person_id: person.id, at: ctx.now().toISOString() })
          .onConflict((oc) => oc.column('person_id').doNothing())
          .execute();
      } else {
        await ctx.db.deleteFrom('insights_digest_subscribers').where('person_id', '=', person.id).execute();
      }
    },
  };
}
