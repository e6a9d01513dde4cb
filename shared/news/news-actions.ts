/** The news buttons, declared once: the id and payload each carries (handlers live with the service). */
import { z } from 'zod';
import { defineAction, idField } from '../actions/define-action.js';
import { maxSourceTextLength } from '../actions/shortcuts.js';

export const newsActions = {
  /** "I have read it" on a strategic item */
  ack: defineAction({ id: 'news.ack', payload: z.object({ newsId: idField }) }),
  /** the share-as-news dialog, opened by the `news.share` message shortcut */
  compose: defineAction({
    id: 'news.compose',
    payload: z.object({
      sourceText: z.string().max(maxSourceTextLength).optional(),
      sourceAuthor: z.string().max(300).optional(),
    }),
  }),
  /** that dialog's submit: its values come as inputs */
  shareSubmit: defineAction({ id: 'news.share_submit', payload: z.object({}) }),
};
