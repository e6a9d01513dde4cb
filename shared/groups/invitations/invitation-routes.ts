/**
 * REST for group invitations: plan (addresses as a list, or pasted lines / a CSV as text; waves),
 * the list with every answer recorded, resend, cancel. Managers of the group and admins only; a
 * caller who is not in the group learns nothing of it (404).
 */
import { z } from 'zod';
import { defineRoute } from '../../api/api-route.js';
import { callerLocale } from '../../api/caller-locale.js';
import { can, type Principal } from '../../auth/principal.js';
import { AppError } from '../../errors/errors.js';
import type { Locale } from '../../i18n/i18n.js';
import { translate } from '../../i18n/i18n.js';
import type { GroupStore } from '../group-store.js';
import { MAX_LINES, MAX_TEXT_CHARS, readInvitationText } from './invitation-lines.js';
import { type InvitationRow, invitationStatuses, type WaveRow } from './invitation-tables.js';
import { MAX_WAVES } from './invitation-waves.js';
import type { GroupInvitationsService } from './invitations-service.js';

const tag = 'groups';
const groupParams = z.object({ id: z.string().min(1).max(100) });
const invitationParams = groupParams.extend({ invitationId: z.string().min(1).max(100) });
const platform = z.enum(['teams', 'slack']);

const invitationView = z.object({
  id: z.string(),
  address: z.string(),
  displayName: z.string().nullable(),
  company: z.string().nullable(),
  platform,
  waveId: z.string().nullable(),
  status: z.enum(invitationStatuses),
  dueAt: z.string(),
  attempts: z.number(),
  answer: z.object({ code: z.string().nullable(), message: z.string().nullable() }),
  invitedUserId: z.string().nullable(),
  personId: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  joinedAt: z.string().nullable(),
});

const waveView = z.object({
  id: z.string(),
  dueAt: z.string(),
  size: z.number(),
  createdBy: z.string().nullable(),
});

const toView = (r: InvitationRow): z.infer<typeof invitationView> => ({
  id: r.id,
  address: r.address,
  displayName: r.display_name,
  company: r.company,
  platform: r.platform,
  waveId: r.wave_id,
  status: r.status,
  dueAt: r.due_at,
  attempts: Number(r.attempts),
  answer: { code: r.answer_code, message: r.answer_message },
  invitedUserId: r.invited_user_id,
  personId: r.person_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  joinedAt: r.joined_at,
});

const toWave = (w: WaveRow) => ({ id: w.id, dueAt: w.due_at, size: Number(w.size), createdBy: w.created_by });

const planBody = z
  .object({
    /** one address per line, optionally `, name, company`; or a CSV with an email column */
    text: z.string().max(MAX_TEXT_CHARS).optional(),
    lines: z
      .array(
        z.object({
          address: z.string().max(320),
          displayName: z.string().max(200).optional(),
          company: z.string().max(200).optional(),
        }),
      )
      .max(MAX_LINES)
      .optional(),
    waves: z
      .array(
        z.object({
          at: z.iso.datetime({ offset: true }).optional(),
          size: z.number().int().min(1).max(MAX_LINES).optional(),
        }),
      )
      .max(MAX_WAVES)
      .optional(),
    platform: platform.optional(),
  })
  .strict();

const planAnswer = z.object({
  waves: z.array(z.object({ id: z.string(), dueAt: z.string(), size: z.number() })),
  planned: z.number(),
  unchanged: z.array(z.object({ line: z.number(), address: z.string(), status: z.enum(invitationStatuses) })),
  errors: z.array(z.object({ line: z.number(), address: z.string(), code: z.string(), message: z.string() })),
});

/** managers of the group and admins; anyone else outside the group gets 404, a member 403 */
async function requireManager(groups: GroupStore, principal: Principal, groupId: string): Promise<void> {
  const group = await groups.getGroup(groupId);
  if (!group) throw new AppError('not_found', 'no such group', undefined, { key: 'groups.error.not_found' });
  if (can(principal, 'admin')) return;
  const person = principal.kind === 'person' ? principal.person : undefined;
  const right = person ? await groups.rightOf(groupId, person.id) : undefined;
  // as the groups service has it: a manager who left the organisation manages nothing
  if (right === 'manager' && person?.active) return;
  if (right) throw new AppError('forbidden', 'managers of the group only');
  throw new AppError('not_found', 'no such group', undefined, { key: 'groups.error.not_found' });
}

const by = (principal: Principal) => (principal.kind === 'person' ? principal.person.id : null);

export function invitationRoutes(
  service: GroupInvitationsService,
  groups: GroupStore,
  defaultLocale: Locale,
) {
  return [
    defineRoute({
      method: 'post',
      path: '/groups/:id/invitations',
      tag,
      summary:
        'Invites addresses into the group, now or in waves ("50 today, the rest Monday 09:00"): each line judged on its own (an error per line, the rest proceeds); an address already on its way sends nothing new',
      params: groupParams,
      body: planBody,
      status: 201,
      response: planAnswer,
      errors: [404, 409],
      handler: async ({ principal, params, body, req, res }) => {
        await requireManager(groups, principal, params.id);
        const lines = [
          ...(body.lines ?? []).map((l, i) => ({ ...l, line: i + 1 })),
          ...(body.text ? readInvitationText(body.text) : []),
        ];
        const result = await service.plan(params.id, {
          lines,
          waves: body.waves,
          platform: body.platform,
          by: by(principal),
        });
        const locale = callerLocale(req, res, defaultLocale);
        return {
          ...result,
          errors: result.errors.map((e) => ({
            ...e,
            message: translate(locale, `groups.invitations.line.${e.code}`),
          })),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/groups/:id/invitations',
      tag,
      summary: 'The group’s invitations with the platform’s last answer on each, and its waves',
      params: groupParams,
      response: z.object({ invitations: z.array(invitationView), waves: z.array(waveView) }),
      errors: [404],
      handler: async ({ principal, params }) => {
        await requireManager(groups, principal, params.id);
        return {
          invitations: (await service.list(params.id)).map(toView),
          waves: (await service.waves(params.id)).map(toWave),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/groups/:id/invitations/:invitationId/resend',
      tag,
      summary: 'Sends an invitation again now (one that failed, or one the guest did not find)',
      params: invitationParams,
      response: invitationView,
      errors: [404, 409],
      handler: async ({ principal, params }) => {
        await requireManager(groups, principal, params.id);
        return toView(await service.resend(params.id, params.invitationId, by(principal)));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/groups/:id/invitations/:invitationId/cancel',
      tag,
      summary: 'Cancels an invitation not sent yet, or one that failed',
      params: invitationParams,
      response: invitationView,
      errors: [404, 409],
      handler: async ({ principal, params }) => {
        await requireManager(groups, principal, params.id);
        return toView(await service.cancel(params.id, params.invitationId));
      },
    }),
  ];
}
