/**
 * REST routes of the guests' side: a guest's own pending charters and their acceptance (the only
 * routes the charter gate lets a held guest call: the tab shows the charter from them), each
 * member's charter status for the group's managers ("charter pending"), the group's reviews, and
 * one sweep as of a given time for automation.
 */
import { z } from 'zod';
import { defineRoute } from '../../api/api-route.js';
import type { Principal } from '../../auth/principal.js';
import { can } from '../../auth/principal.js';
import { AppError } from '../../errors/errors.js';
import { toLocale } from '../../i18n/i18n.js';
import type { GuestsContext } from '../reviews/guests-context.js';
import { isManager } from '../reviews/send-card.js';
import { sweep } from '../reviews/sweep.js';
import { CHARTER_API_PREFIX } from './charter-gate.js';
import { charterStatusOf, pendingCharters } from './charter-queries.js';
import { acceptCharter } from './charter-service.js';

const tag = 'groups';
const groupParams = z.object({ id: z.string().min(1).max(100) });

const pendingResponse = z.object({
  pending: z.array(
    z.object({
      groupId: z.string(),
      version: z.number(),
      hash: z.string(),
      name: z.object({ fr: z.string().nullable(), en: z.string().nullable() }),
      text: z.object({ fr: z.string().nullable(), en: z.string().nullable() }),
      deadline: z.string(),
    }),
  ),
});

const needsPerson = () =>
  new AppError('bad_request', 'a charter is accepted by a signed-in person', undefined, {
    key: 'groups.charter.not_member',
  });

export async function requireManager(
  ctx: GuestsContext,
  principal: Principal,
  groupId: string,
): Promise<void> {
  if (principal.kind === 'automation' || can(principal, 'admin')) return;
  if (!(await isManager(ctx, groupId, principal.person)))
    throw new AppError('forbidden', 'only a manager of this group', undefined, {
      key: 'groups.guests.manager_only',
    });
}

async function pendingOf(ctx: GuestsContext, personId: string) {
  const pending = await pendingCharters(ctx.db, personId);
  return {
    pending: pending.map((p) => ({
      groupId: p.groupId,
      version: p.version,
      hash: p.hash,
      name: { fr: p.nameFr, en: p.nameEn },
      text: { fr: p.textFr, en: p.textEn },
      deadline: new Date(Date.parse(p.since) + p.deadlineDays * 86_400_000).toISOString(),
    })),
  };
}

export function guestRoutes(ctx: GuestsContext) {
  return [
    defineRoute({
      method: 'get',
      path: CHARTER_API_PREFIX,
      summary: 'My pending group charters (what a guest accepts before seeing their groups)',
      tag,
      response: pendingResponse,
      async handler({ principal }) {
        if (principal.kind !== 'person') return { pending: [] };
        return pendingOf(ctx, principal.person.id);
      },
    }),
    defineRoute({
      method: 'post',
      path: `${CHARTER_API_PREFIX}/:groupId/accept`,
      summary: 'Accept the current charter of one of my groups (the version read)',
      tag,
      params: z.object({ groupId: z.string().min(1).max(100) }),
      body: z.object({ version: z.number().int().min(1).max(1_000_000) }),
      response: pendingResponse.extend({ accepted: z.boolean() }),
      errors: [409],
      async handler({ principal, params, body }) {
        if (principal.kind !== 'person') throw needsPerson();
        const personId = principal.person.id;
        const locale = toLocale(principal.person.locale) ?? ctx.defaultLocale;
        const before = (await pendingCharters(ctx.db, personId)).find((p) => p.groupId === params.groupId);
        if (before && before.version !== body.version) {
          throw new AppError(
            'conflict',
            'this charter has a newer version',
            { version: before.version },
            {
              key: 'groups.charter.stale',
            },
          );
        }
        await acceptCharter(ctx, { ...params, version: body.version, personId, platform: 'api', locale });
        const accepted = await ctx.db
          .selectFrom('group_charter_acceptances')
          .select('version')
          .where('group_id', '=', params.groupId)
          .where('person_id', '=', personId)
          .where('version', '=', body.version)
          .executeTakeFirst();
        return { accepted: accepted !== undefined, ...(await pendingOf(ctx, personId)) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/groups/:id/charter/status',
      summary: "Each member's charter status: who has a charter pending (managers and admins)",
      tag,
      params: groupParams,
      response: z.object({
        currentVersion: z.number().nullable(),
        pendingCount: z.number(),
        members: z.array(
          z.object({
            personId: z.string(),
            displayName: z.string(),
            kind: z.enum(['member', 'guest']),
            acceptedVersion: z.number().nullable(),
            pending: z.boolean(),
          }),
        ),
      }),
      async handler({ principal, params }) {
        await requireManager(ctx, principal, params.id);
        const status = await charterStatusOf(ctx.db, params.id);
        return { ...status, pendingCount: status.members.filter((m) => m.pending).length };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/groups/:id/reviews',
      summary: "The group's access reviews and each guest's decision (managers and admins)",
      tag,
      params: groupParams,
      response: z.object({
        reviews: z.array(
          z.object({
            id: z.string(),
            period: z.number(),
            startedAt: z.string(),
            dueAt: z.string(),
            remindedAt: z.string().nullable(),
            closedAt: z.string().nullable(),
            outcome: z.string().nullable(),
            items: z.array(
              z.object({
                personId: z.string(),
                charterVersion: z.number().nullable(),
                decision: z.string().nullable(),
                decidedBy: z.string().nullable(),
              }),
            ),
          }),
        ),
      }),
      async handler({ principal, params }) {
        await requireManager(ctx, principal, params.id);
        const reviews = await ctx.db
          .selectFrom('group_reviews')
          .selectAll()
          .where('group_id', '=', params.id)
          .orderBy('period', 'desc')
          .limit(50)
          .execute();
        const out = [];
        for (const r of reviews) {
          const items = await ctx.db
            .selectFrom('group_review_items')
            .selectAll()
            .where('review_id', '=', r.id)
            .orderBy('person_id')
            .execute();
          out.push({
            id: r.id,
            period: Number(r.period),
            startedAt: r.started_at,
            dueAt: r.due_at,
            remindedAt: r.reminded_at,
            closedAt: r.closed_at,
            outcome: r.outcome,
            items: items.map((i) => ({
              personId: i.person_id,
              charterVersion: i.charter_version === null ? null : Number(i.charter_version),
              decision: i.decision,
              decidedBy: i.decided_by,
            })),
          });
        }
        return { reviews: out };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/groups/guests/sweep',
      summary: 'Run the guests sweep now (charter deadlines, reviews, expiry), optionally as of a time',
      tag,
      body: z.object({ at: z.string().datetime().optional() }),
      response: z.object({
        charterRemoved: z.number(),
        reviewsStarted: z.number(),
        expiryWarned: z.number(),
        expired: z.number(),
      }),
      async handler({ principal, body }) {
        if (!can(principal, 'admin')) throw new AppError('forbidden', 'requires the admin role');
        return sweep(ctx, body.at ? new Date(body.at) : new Date());
      },
    }),
  ];
}
