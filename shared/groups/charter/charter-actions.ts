/** The guests' card actions, declared without their handlers so cards can build the buttons. */
import { z } from 'zod';
import { defineAction, idField } from '../../actions/define-action.js';

/** Everything the charter gate lets through: the charter's own buttons start with this. */
export const CHARTER_ACTION_PREFIX = 'groups.charter.';

export const charterActions = {
  accept: defineAction({
    id: 'groups.charter.accept',
    payload: z.object({ groupId: idField, version: z.number().int().min(1).max(1_000_000) }),
  }),
};

export const reviewActions = {
  decide: defineAction({
    id: 'groups.review.decide',
    payload: z.object({ reviewId: idField, personId: idField, decision: z.enum(['keep', 'remove']) }),
  }),
  keepActive: defineAction({
    id: 'groups.review.keep_active',
    payload: z.object({ reviewId: idField }),
  }),
  extend: defineAction({
    id: 'groups.guest.extend',
    payload: z.object({ groupId: idField, personId: idField }),
  }),
};
