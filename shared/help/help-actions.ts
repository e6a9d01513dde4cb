/**
 * The help card's buttons, declared once: `help.topic` shows one topic, or the overview again
 * (`none`, the Back button); `help.platform` chooses where one's messages come (a person on both
 * Teams and Slack gets one copy: on their choice, `auto` = the one used last). The handlers live
 * in help-topic-action.ts, so the card can import these declarations without their handlers.
 */
import { z } from 'zod';
import { defineAction } from '../actions/define-action.js';

export const helpTopics = ['news', 'polls', 'tours', 'platform'] as const;
export type HelpTopic = (typeof helpTopics)[number];

export const helpActions = {
  /** no topic, or `none`: the overview */
  topic: defineAction({
    id: 'help.topic',
    payload: z.object({ topic: z.enum([...helpTopics, 'none']).optional() }),
  }),
  /** the person's preferred platform; `auto` removes the choice */
  platform: defineAction({
    id: 'help.platform',
    payload: z.object({ platform: z.enum(['teams', 'slack', 'auto']) }),
  }),
};
