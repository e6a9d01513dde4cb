/** The ambassadors service over the store: the roster, relay campaigns, digests (see ambassador-service.ts). */
import { requireRole } from '../auth/principal.js';
import type { AmbassadorContext } from './ambassador-context.js';
import type { Assignment, NeedReason } from './ambassador-model.js';
import type { AmbassadorService } from './ambassador-service.js';
import { planNextDigest, queueDigestsNow } from './digests.js';
import { ambassadorFigures, leaderboard, monthPeriod } from './recognition.js';
import { askForRelay, campaignView } from './relays.js';
import {
  ambassadorsOf,
  decideNomination,
  loadAmbassadors,
  nameAmbassador,
  patchAmbassador,
} from './roster.js';
import { importRoster } from './roster-import.js';
import { queueThanksNow } from './thanks.js';

export function createAmbassadorService(ctx: AmbassadorContext): AmbassadorService {
  return {
    async list(principal, filter = {}) {
      requireRole(principal, 'communicator');
      return loadAmbassadors(ctx, filter);
    },
    async name(principal, input) {
      const ambassador = await nameAmbassador(ctx, principal, input);
      await planNextDigest(ctx, ambassador.personId);
      return ambassador;
    },
    async patch(principal, personId, patch) {
      const ambassador = await patchAmbassador(ctx, principal, personId, patch);
      if (patch.status === 'active') await planNextDigest(ctx, personId);
      return ambassador;
    },
    async decide(principal, personId, approve) {
      const { ambassador, changed } = await decideNomination(ctx, principal, personId, approve);
      if (changed && approve) await planNextDigest(ctx, personId);
      return ambassador;
    },
    importRoster: (principal, rows, locale) => importRoster(ctx, principal, rows, locale),
    of: (person) => ambassadorsOf(ctx, person),
    ask: (principal, input) => askForRelay(ctx, principal, input),
    campaign: (principal, id) => campaignView(ctx, principal, id),
    async campaigns(principal, page) {
      requireRole(principal, 'communicator');
      let query = ctx.db.selectFrom('relay_campaigns').select('id');
      if (page.subjectType && page.subjectId)
        query = query.where('subject_type', '=', page.subjectType).where('subject_id', '=', page.subjectId);
      const rows = await query
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      return Promise.all(rows.map((r) => campaignView(ctx, principal, r.id)));
    },
    figures: (principal, personId, month) =>
      ambassadorFigures(ctx, principal, personId, month ? monthPeriod(month) : {}),
    leaderboard: (principal, scope, month) =>
      leaderboard(ctx, principal, scope, month ? monthPeriod(month) : {}),
    async runThanksNow(principal, which) {
      requireRole(principal, 'admin');
      return { queued: await queueThanksNow(ctx, which) };
    },
    async runDigestsNow(principal) {
      requireRole(principal, 'admin');
      return { queued: await queueDigestsNow(ctx) };
    },
    async assignments(principal, week) {
      requireRole(principal, 'communicator');
      const rows = await ctx.db
        .selectFrom('ambassador_assignments')
        .innerJoin('people', 'people.id', 'ambassador_assignments.person_id')
        .select([
          'ambassador_assignments.week',
          'ambassador_assignments.person_id',
          'ambassador_assignments.ambassador_id',
          'ambassador_assignments.reason',
          'ambassador_assignments.state',
          'people.display_name',
        ])
        .where('ambassador_assignments.week', '=', week)
        .orderBy('ambassador_assignments.ambassador_id')
        .orderBy('people.display_name')
        .limit(5000)
        .execute();
      return rows.map(
        (r): Assignment => ({
          week: r.week,
          personId: r.person_id,
          displayName: r.display_name,
          ambassadorId: r.ambassador_id,
          reason: r.reason as NeedReason,
          state: r.state as Assignment['state'],
        }),
      );
    },
  };
}
