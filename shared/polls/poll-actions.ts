/**
 * The poll buttons, declared once: the id and payload each carries (handlers live in
 * poll-action-handlers.ts). A vote on a multiple-choice card, an added option and the creation
 * dialog carry their values as the form's inputs, not in the payload.
 */
import { z } from 'zod';
import { defineAction, idField, noPayload } from '../actions/define-action.js';

/** the poll a button acts on */
const pollRef = z.object({ poll: idField });

export const pollActions = {
  /** one option's button (single choice), or the Vote button of the choice input (multiple) */
  vote: defineAction({ id: 'poll.vote', payload: z.object({ poll: idField, option: idField.optional() }) }),
  /** the clicker's own card: "my view" on a shared card, and Teams' per-viewer refresh */
  view: defineAction({ id: 'poll.view', payload: pollRef }),
  close: defineAction({ id: 'poll.close', payload: pollRef }),
  reopen: defineAction({ id: 'poll.reopen', payload: pollRef }),
  addOption: defineAction({ id: 'poll.add_option', payload: pollRef }),
  /** opens the creation dialog (the `poll` command's button, the `poll.create` shortcut) */
  compose: defineAction({ id: 'poll.compose', payload: noPayload }),
  /** that dialog's submit */
  create: defineAction({ id: 'poll.create', payload: noPayload }),
};
