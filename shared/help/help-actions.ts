/**
 * The help card's buttons, declared once: `help.topic` shows one topic, or the overview again
 * (`none`, the Back button). The handler lives in help-topic-action.ts, so the card can import
 * this declaration without importing its handler.
 */
import { z } from 'zod';
import { defineAction } from '../actions/define-action.js';

export const helpTopics = ['news', 'polls', 'tours'] as const;
export type HelpTopic = (typeof helpTopics)[number];

export const helpActions = {
  /** no topic, or `none`: the overview */
  topic: defineAction({
    id: 'help.topic',
    payload: z.object({ topic: z.enum([...helpTopics, 'none']).optional() }),
  }),
};
