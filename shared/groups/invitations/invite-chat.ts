/**
 * Inviting from the chat manager card: the invite dialog's submit reads the pasted lines or CSV
 * and the wave plan, then hands them to the one invitations service (each line judged there, the
 * rest proceeds); the answer names every refused line. Resend and cancel pick an invitation.
 * Every handler first asks the groups service whether the clicker manages the group.
 */
import type { AnyAction } from '../../actions/define-action.js';
import { type ActionRequest, fieldError } from '../../actions/dispatcher.js';
import type { Principal } from '../../auth/principal.js';
import { escapeMarkdown } from '../../cards/markdown.js';
import { AppError, isAppError } from '../../errors/errors.js';
import { type Locale, type Translator, translator } from '../../i18n/i18n.js';
import { groupActions, groupInputs } from '../group-actions.js';
import { guarded } from '../group-chat-guard.js';
import { groupName } from '../group-model.js';
import type { GroupService } from '../group-service.js';
import { MAX_LINES, readInvitationText } from './invitation-lines.js';
import { checkWaves, type WaveRequest } from './invitation-waves.js';
import type { PlanResult } from './invitations-service.js';
import { CHAT_TEXT_MAX, invitationChoiceDialog, inviteDialog } from './invite-dialogs.js';
import { isTimeZone, readLocalTime } from './local-time.js';

/** the zone of a wave's time when the person's is unknown: the tours' default */
const DEFAULT_ZONE = 'Europe/Paris';
/** refused lines named in the answer; the console lists them all */
const ERRORS_SHOWN = 15;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const first = (value: unknown): string => (Array.isArray(value) ? text(value[0]) : text(value));
const principalOf = (request: ActionRequest): Principal => ({ kind: 'person', person: request.actor });
const zoneOf = (request: ActionRequest) =>
  request.actor.timeZone && isTimeZone(request.actor.timeZone) ? request.actor.timeZone : DEFAULT_ZONE;

/** the wave plan of the dialog: none (all now), or "N now, the rest at <time>" */
function wavesOf(request: ActionRequest, t: Translator, now: Date): WaveRequest[] {
  if (first(request.inputs?.[groupInputs.when]) !== 'waves') return [];
  const size = Number(text(request.inputs?.[groupInputs.first]));
  if (!Number.isInteger(size) || size < 1)
    throw fieldError(groupInputs.first, t('groups.invite.error.first'));
  const at = readLocalTime(text(request.inputs?.[groupInputs.restAt]), zoneOf(request));
  if (!at) throw fieldError(groupInputs.restAt, t('groups.invite.error.rest_at'));
  const waves = [{ size }, { at: at.toISOString() }];
  const [problem] = checkWaves(waves, now);
  if (problem) throw fieldError(groupInputs.restAt, t(problem.text?.key ?? 'groups.invite.error.rest_at'));
  return waves;
}

/** what the manager reads after inviting: planned per wave, unchanged, each refused line */
function planNotice(t: Translator, locale: Locale, zone: string, name: string, plan: PlanResult): string {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const lines = [t('groups.invite.done.planned', { planned: plan.planned, name: escapeMarkdown(name) })];
  if (plan.waves.length > 1)
    for (const wave of plan.waves)
      lines.push(t('groups.invite.done.wave', { size: wave.size, at: when.format(new Date(wave.dueAt)) }));
  if (plan.unchanged.length > 0)
    lines.push(t('groups.invite.done.unchanged', { count: plan.unchanged.length }));
  if (plan.errors.length > 0) {
    lines.push(t('groups.invite.done.errors', { count: plan.errors.length }));
    for (const e of plan.errors.slice(0, ERRORS_SHOWN))
      lines.push(
        t('groups.invite.done.error', {
          line: e.line,
          address: escapeMarkdown(e.address || '—'),
          message: t(`groups.invitations.line.${e.code}`),
        }),
      );
    if (plan.errors.length > ERRORS_SHOWN)
      lines.push(t('groups.invite.done.more', { count: plan.errors.length - ERRORS_SHOWN }));
  }
  return lines.join('\n');
}

export function inviteChatHandlers(groups: GroupService, now: () => Date = () => new Date()): AnyAction[] {
  /** the group, when the clicker manages it (admins, its managers); a notice otherwise */
  const managed = async (groupId: string, request: ActionRequest) => {
    if (!(await groups.mayManage(principalOf(request), groupId)))
      throw new AppError('forbidden', 'only managers manage the group', undefined, {
        key: 'groups.error.not_manager',
      });
    return (await groups.store.getGroup(groupId))!;
  };

  const pickDialog = (kind: 'resend' | 'cancel') =>
    guarded<{ groupId: string }>(async ({ groupId }, request) => {
      const t = translator(request.locale);
      await managed(groupId, request);
      const dialog = invitationChoiceDialog(t, groupId, kind, await groups.invitations.list(groupId));
      if (!dialog) return { notice: t('groups.invitations.field.which.none') };
      return { dialog: { title: dialog.summary, card: dialog, size: 'small' } };
    });

  const picked = (request: ActionRequest, t: Translator) => {
    const id = first(request.inputs?.[groupInputs.invitation]);
    if (!id) throw fieldError(groupInputs.invitation, t('groups.invitations.field.which'));
    return id;
  };

  return [
    groupActions.invite.handledBy(
      guarded(async ({ groupId }, request) => {
        const t = translator(request.locale);
        await managed(groupId, request);
        return {
          dialog: {
            title: t('groups.invite.action'),
            card: inviteDialog(t, groupId, zoneOf(request)),
            size: 'large',
          },
        };
      }),
    ),
    groupActions.inviteSubmit.handledBy(
      guarded(async ({ groupId }, request) => {
        const t = translator(request.locale);
        const group = await managed(groupId, request);
        const raw =
          typeof request.inputs?.[groupInputs.addresses] === 'string'
            ? request.inputs[groupInputs.addresses]
            : '';
        const pasted = raw as string;
        // never cut a list (a cut address could still look valid): longer ones go to the console
        if (pasted.length > CHAT_TEXT_MAX)
          throw fieldError(groupInputs.addresses, t('groups.invite.error.too_long', { max: CHAT_TEXT_MAX }));
        const waves = wavesOf(request, t, now());
        let lines: ReturnType<typeof readInvitationText>;
        try {
          lines = readInvitationText(pasted);
        } catch (error) {
          if (isAppError(error) && error.text)
            throw fieldError(
              groupInputs.addresses,
              t(error.text.key, { line: Number(error.text.params?.line ?? 1) }),
            );
          throw error;
        }
        if (lines.length === 0)
          throw fieldError(groupInputs.addresses, t('groups.invitations.error.no_lines'));
        const plan = await groups.invitations
          .plan(groupId, { lines, waves, by: request.actor.id })
          .catch((error: unknown) => {
            // too many lines, a wave the service refuses: said on the field, the dialog stays open
            if (isAppError(error) && error.code === 'validation_failed' && error.text)
              throw fieldError(groupInputs.addresses, t(error.text.key, { max: MAX_LINES }));
            throw error;
          });
        return {
          notice: planNotice(t, request.locale, zoneOf(request), groupName(group, request.locale), plan),
        };
      }),
    ),
    groupActions.resend.handledBy(pickDialog('resend')),
    groupActions.resendSubmit.handledBy(
      guarded(async ({ groupId }, request) => {
        const t = translator(request.locale);
        await managed(groupId, request);
        const row = await groups.invitations.resend(groupId, picked(request, t), request.actor.id);
        return { notice: t('groups.invitations.done.resend', { address: escapeMarkdown(row.address) }) };
      }),
    ),
    groupActions.cancel.handledBy(pickDialog('cancel')),
    groupActions.cancelSubmit.handledBy(
      guarded(async ({ groupId }, request) => {
        const t = translator(request.locale);
        await managed(groupId, request);
        const row = await groups.invitations.cancel(groupId, picked(request, t));
        return { notice: t('groups.invitations.done.cancel', { address: escapeMarkdown(row.address) }) };
      }),
    ),
  ];
}
