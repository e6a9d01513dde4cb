/**
 * The tours buttons, declared once: the id and payload each carries (handlers live in
 * tour-action-handlers.ts and introduction/introduction-action-handlers.ts). A step button names
 * its journey and step; the introduction's buttons may name the team the newcomer joined, which
 * the server checks against what it knows (never a channel to post in).
 */
import { z } from 'zod';
import { defineAction, idField } from '../actions/define-action.js';
import { maxTourSteps } from './tour-model.js';
import type { StepAction } from './tour-service.js';

const stepPayload = z.object({
  journeyId: idField,
  step: z
    .number()
    .int()
    .min(0)
    .max(maxTourSteps - 1),
});

const stepAction = <A extends StepAction>(action: A) =>
  defineAction({ id: `tour.${action}`, payload: stepPayload });

/** Back / Next / Skip / Done / "task done" on a step card: each answers with the refreshed card. */
export const tourStepActions = {
  next: stepAction('next'),
  back: stepAction('back'),
  skip: stepAction('skip'),
  done: stepAction('done'),
  task_done: stepAction('task_done'),
} satisfies Record<StepAction, unknown>;

/**
 * a team or channel key (a Teams team id, a Slack channel id, or `configured:<platform>:<channel>`
 * for a configured channel, whose conversation id may be 300 characters)
 */
const groupPayload = z.object({ group: z.string().min(1).max(400).optional() });

export const tourActions = {
  /** the resource person, when no chat link to them can be shown: a notice with their address */
  contact: defineAction({ id: 'tour.contact', payload: stepPayload }),
  /** "Introduce me to my team": opens the dialog with a draft */
  introduce: defineAction({ id: 'tour.introduce', payload: groupPayload }),
  /** the dialog's "Post it": the text comes as an input */
  introduceSubmit: defineAction({ id: 'tour.introduce_submit', payload: groupPayload }),
  /** "Not now": the refusal is recorded, nothing is posted */
  introduceDecline: defineAction({ id: 'tour.introduce_decline', payload: groupPayload }),
};
