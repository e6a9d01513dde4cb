/**
 * The groups' chat buttons, declared once (handlers in group-action-handlers.ts). Payloads carry
 * only a group id, which the handlers check against the clicker's rights every time.
 */
import { z } from 'zod';
import { defineAction, idField } from '../actions/define-action.js';

const groupPayload = z.object({ groupId: idField });

export const groupActions = {
  /** the manager card of one group */
  open: defineAction({ id: 'group.open', payload: groupPayload }),
  /** change a member's right: the dialog, then its submit */
  right: defineAction({ id: 'group.right', payload: groupPayload }),
  rightSubmit: defineAction({ id: 'group.right_submit', payload: groupPayload }),
  /** remove a member */
  remove: defineAction({ id: 'group.remove', payload: groupPayload }),
  removeSubmit: defineAction({ id: 'group.remove_submit', payload: groupPayload }),
  /** a news item to the group: a draft with the group as audience, finished in the console */
  news: defineAction({ id: 'group.news', payload: groupPayload }),
  newsSubmit: defineAction({ id: 'group.news_submit', payload: groupPayload }),
  /** a poll sent 1:1 to the group's members and guests */
  poll: defineAction({ id: 'group.poll', payload: groupPayload }),
  pollSubmit: defineAction({ id: 'group.poll_submit', payload: groupPayload }),
  /** invite guests: addresses or a pasted CSV, now or in waves (invitations/invite-chat.ts) */
  invite: defineAction({ id: 'group.invite', payload: groupPayload }),
  inviteSubmit: defineAction({ id: 'group.invite_submit', payload: groupPayload }),
  /** an invitation sent again, or cancelled before it goes */
  resend: defineAction({ id: 'group.resend', payload: groupPayload }),
  resendSubmit: defineAction({ id: 'group.resend_submit', payload: groupPayload }),
  cancel: defineAction({ id: 'group.cancel', payload: groupPayload }),
  cancelSubmit: defineAction({ id: 'group.cancel_submit', payload: groupPayload }),
};

/** input ids of the dialogs */
export const groupInputs = {
  person: 'group_person',
  right: 'group_right',
  title: 'group_news_title',
  body: 'group_news_body',
  question: 'group_poll_question',
  options: 'group_poll_options',
  addresses: 'group_invite_addresses',
  when: 'group_invite_when',
  first: 'group_invite_first',
  restAt: 'group_invite_rest_at',
  invitation: 'group_invitation',
} as const;
