/**
 * The survey buttons, declared once: the id and payload each carries (their handlers are in
 * survey-action-handlers.ts).
 */
import { z } from 'zod';
import { defineAction, idField } from '../actions/define-action.js';

const surveyPayload = z.object({ surveyId: idField });
/**
 * the ambassador's relay a posted copy came from: a Teams dialog names no message, so the copy's
 * button and each dialog page carry it for the answer to be the relay's
 */
const relay = idField.optional();

export const surveyActions = {
  /** "Answer": opens the first dialog page, prefilled with the person's earlier answers */
  open: defineAction({ id: 'survey.open', payload: surveyPayload.extend({ relay }) }),
  /** a dialog page's submit: its answers come as inputs; older pages carried no page (the first) */
  submit: defineAction({
    id: 'survey.submit',
    payload: z.object({
      surveyId: idField,
      page: z.number().int().min(0).max(1000).default(0),
      relay,
    }),
  }),
  /** the results card, for communicators */
  results: defineAction({ id: 'survey.results', payload: surveyPayload }),
};
