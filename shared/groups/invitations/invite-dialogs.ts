/**
 * The chat dialogs of invitations (a Teams task module, a Slack modal): invite (addresses or a
 * pasted CSV, now or "N now, the rest on <date time>"), and pick an invitation to resend or to
 * cancel. Pure functions of their data, in the neutral card model.
 */
import { type Card, card } from '../../cards/model.js';
import type { Translator } from '../../i18n/i18n.js';
import { groupActions, groupInputs } from '../group-actions.js';
import type { InvitationRow, InvitationStatus } from './invitation-tables.js';

/** a Slack modal's text input takes 3,000 characters; longer lists go through the console */
export const CHAT_TEXT_MAX = 3_000;
/** a Slack select offers at most 100 options */
const CHOICES_MAX = 100;

/** what may be sent again (a settled one, or one the guest did not find) and what may be cancelled */
export const resendable: readonly InvitationStatus[] = [
  'failed',
  'refused',
  'cancelled',
  'removed',
  'invited',
];
export const cancellable: readonly InvitationStatus[] = ['planned', 'failed'];

export function inviteDialog(t: Translator, groupId: string, zone: string): Card {
  return card(t('groups.invite.action'), {
    type: 'inputs',
    inputs: [
      {
        kind: 'text',
        id: groupInputs.addresses,
        label: t('groups.invite.field.addresses'),
        placeholder: t('groups.invite.field.addresses.hint'),
        multiline: true,
        required: true,
        maxLength: CHAT_TEXT_MAX,
      },
      {
        kind: 'choice',
        id: groupInputs.when,
        label: t('groups.invite.field.when'),
        required: true,
        value: ['now'],
        options: [
          { id: 'now', label: t('groups.invite.when.now') },
          { id: 'waves', label: t('groups.invite.when.waves') },
        ],
      },
      { kind: 'text', id: groupInputs.first, label: t('groups.invite.field.first'), maxLength: 5 },
      {
        kind: 'text',
        id: groupInputs.restAt,
        label: t('groups.invite.field.rest_at', { zone }),
        placeholder: '2027-01-11 09:00',
        maxLength: 16,
      },
    ],
    submit: groupActions.inviteSubmit.button(t('groups.invite.submit'), { groupId }, 'primary'),
  });
}

/** the invitations `kind` applies to, to pick one; null when there is none */
export function invitationChoiceDialog(
  t: Translator,
  groupId: string,
  kind: 'resend' | 'cancel',
  rows: readonly InvitationRow[],
): Card | null {
  const title = t(kind === 'resend' ? 'groups.invitations.resend' : 'groups.invitations.cancel');
  const fits = rows.filter((r) => (kind === 'resend' ? resendable : cancellable).includes(r.status));
  if (fits.length === 0) return null;
  const submit = kind === 'resend' ? groupActions.resendSubmit : groupActions.cancelSubmit;
  return card(title, {
    type: 'inputs',
    inputs: [
      {
        kind: 'choice',
        id: groupInputs.invitation,
        label: t('groups.invitations.field.which'),
        required: true,
        options: fits.slice(0, CHOICES_MAX).map((r) => ({
          id: r.id,
          label: `${r.display_name ? `${r.display_name} ` : ''}<${r.address}> (${t(`groups.invitations.status.${r.status}`)})`,
        })),
      },
    ],
    submit: submit.button(
      t(kind === 'resend' ? 'groups.invitations.submit.resend' : 'groups.invitations.submit.cancel'),
      { groupId },
      kind === 'cancel' ? 'danger' : 'primary',
    ),
  });
}
