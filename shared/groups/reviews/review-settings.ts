/**
 * A group's access-review settings, read and changed by its managers and admins: what an
 * unanswered review does once its reminder went unheeded (remove the guests left undecided, or
 * report them to the admins), after how many days the reminder goes and when the review is due.
 * New delays apply to the reviews that start afterwards: a review keeps the due date it was
 * prepared with. A change is recorded as `group.updated`.
 */
import { z } from 'zod';
import { defineRoute, localized } from '../../api/api-route.js';
import { principalPersonId } from '../../auth/principal.js';
import { AppError } from '../../errors/errors.js';
import { requireManager } from '../charter/guest-routes.js';
import type { GuestsContext } from './guests-context.js';

export const unreviewedActions = ['report', 'remove'] as const;

const settingsView = z.object({
  unreviewedAction: z.enum(unreviewedActions),
  remindAfterDays: z.number().int(),
  answerDays: z.number().int(),
});
type ReviewSettings = z.infer<typeof settingsView>;

const settingsPatch = z
  .object({
    unreviewedAction: z.enum(unreviewedActions).optional(),
    remindAfterDays: z.number().int().min(1).max(60).optional(),
    answerDays: z.number().int().min(2).max(90).optional(),
  })
  .strict();

const groupParams = z.object({ id: z.string().min(1).max(100) });

async function settingsOf(ctx: GuestsContext, groupId: string): Promise<ReviewSettings> {
  const row = await ctx.db
    .selectFrom('groups')
    .select(['unreviewed_action', 'review_remind_days', 'review_answer_days'])
    .where('id', '=', groupId)
    .executeTakeFirst();
  if (!row)
    throw new AppError('not_found', `no group ${groupId}`, undefined, { key: 'groups.error.not_found' });
  return {
    unreviewedAction: row.unreviewed_action === 'remove' ? 'remove' : 'report',
    remindAfterDays: Number(row.review_remind_days),
    answerDays: Number(row.review_answer_days),
  };
}

export function reviewSettingsRoutes(ctx: GuestsContext) {
  return [
    defineRoute({
      method: 'get',
      path: '/groups/:id/review-settings',
      summary: "The group's access-review settings: unanswered action, reminder and due delays",
      tag: 'groups',
      params: groupParams,
      response: settingsView,
      async handler({ principal, params }) {
        await requireManager(ctx, principal, params.id);
        return settingsOf(ctx, params.id);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/groups/:id/review-settings',
      summary: "Change the group's access-review settings (its managers and admins)",
      tag: 'groups',
      params: groupParams,
      body: settingsPatch,
      response: settingsView,
      async handler({ principal, params, body }) {
        await requireManager(ctx, principal, params.id);
        const next = { ...(await settingsOf(ctx, params.id)), ...body };
        if (next.remindAfterDays >= next.answerDays) {
          throw new AppError(
            'validation_failed',
            'remindAfterDays: the reminder goes before the review is due',
            [
              {
                field: 'body.remindAfterDays',
                message: 'the reminder goes before the review is due',
                code: 'reminder_after_due',
                params: { answerDays: next.answerDays },
                ...localized({
                  key: 'groups.review.settings.reminder_after_due',
                  params: { days: next.answerDays },
                }),
              },
            ],
            { key: 'groups.review.settings.reminder_after_due', params: { days: next.answerDays } },
          );
        }
        await ctx.db
          .updateTable('groups')
          .set({
            unreviewed_action: next.unreviewedAction,
            review_remind_days: next.remindAfterDays,
            review_answer_days: next.answerDays,
          })
          .where('id', '=', params.id)
          .execute();
        await ctx.events.track({
          type: 'group.updated',
          personId: principalPersonId(principal),
          subjectType: 'group',
          subjectId: params.id,
          data: { fields: Object.keys(body), reviewSettings: next },
        });
        return next;
      },
    }),
  ];
}
