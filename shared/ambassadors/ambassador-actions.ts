/**
 * The ambassadors' buttons, declared once (handlers in ambassador-action-handlers.ts). Payloads
 * name only ids the server checks against what it stored: a request, a colleague and a week.
 */
import { z } from 'zod';
import { defineAction, idField, noPayload } from '../actions/define-action.js';

const requestPayload = z.object({ requestId: idField });
const colleaguePayload = z.object({ personId: idField, week: z.string().regex(/^\d{4}-W\d{2}$/) });

export const ambassadorActions = {
  /** "Become an ambassador": the clicker nominates themselves */
  become: defineAction({ id: 'ambassador.become', payload: noPayload }),
  /** "Propose a colleague": opens the dialog asking for their email */
  propose: defineAction({ id: 'ambassador.propose', payload: noPayload }),
  proposeSubmit: defineAction({ id: 'ambassador.propose_submit', payload: noPayload }),
  /** an admin's one click on the nomination card */
  approve: defineAction({ id: 'ambassador.approve', payload: z.object({ personId: idField }) }),
  refuse: defineAction({ id: 'ambassador.refuse', payload: z.object({ personId: idField }) }),
  /** the ambassador's own pause / step down */
  pause: defineAction({ id: 'ambassador.pause', payload: noPayload }),
  stepDown: defineAction({ id: 'ambassador.step_down', payload: noPayload }),
  /** the relay request card */
  share: defineAction({ id: 'ambassador.relay_share', payload: requestPayload }),
  elsewhere: defineAction({ id: 'ambassador.relay_elsewhere', payload: requestPayload }),
  snooze: defineAction({ id: 'ambassador.relay_snooze', payload: requestPayload }),
  decline: defineAction({ id: 'ambassador.relay_decline', payload: requestPayload }),
  /** the weekly digest, per colleague */
  help: defineAction({ id: 'ambassador.digest_help', payload: colleaguePayload }),
  nudge: defineAction({ id: 'ambassador.digest_nudge', payload: colleaguePayload }),
  done: defineAction({ id: 'ambassador.digest_done', payload: colleaguePayload }),
  /** the nudged colleague's "stop these", honoured forever */
  stop: defineAction({ id: 'ambassador.nudge_stop', payload: noPayload }),
};

/** input ids of the request card's forms */
export const relayInputs = { channel: 'relay_channel', reason: 'relay_reason' } as const;
export const proposeInput = 'ambassador_email';
