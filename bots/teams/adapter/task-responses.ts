/**
 * Bodies for the dialog invokes (`task/fetch`, `task/submit`, `composeExtension/fetchTask`,
 * `composeExtension/submitAction`), always in an HTTP 200: `continue` shows a dialog (taskInfo:
 * title, size, the Adaptive Card), `message` shows a short text in place of the dialog, and an
 * empty body closes it.
 */
import type { DialogSpec } from '../../../shared/actions/dispatcher.js';
import type { AdaptiveCardJson } from '../cards/render-adaptive-card.js';
import { renderAdaptiveCard } from '../cards/render-adaptive-card.js';

type DialogSize = 'small' | 'medium' | 'large';

export interface TaskContinueResponse {
  task: {
    type: 'continue';
    value: {
      title: string;
      height: DialogSize;
      width: DialogSize;
      card: { contentType: 'application/vnd.microsoft.card.adaptive'; content: AdaptiveCardJson };
    };
  };
}

export interface TaskMessageResponse {
  task: { type: 'message'; value: string };
}

/** `{}` closes the dialog without a word. */
export type TaskResponse = TaskContinueResponse | TaskMessageResponse | Record<string, never>;

/** Teams cuts dialog titles at 64 characters (taskInfo.title). */
const maxTitleLength = 64;

const dialogTitle = (title: string): string => {
  const flat = title.replace(/\s+/g, ' ').trim();
  return flat.length <= maxTitleLength ? flat : `${flat.slice(0, maxTitleLength - 1)}…`;
};

/** The dialog's card, rendered for a dialog (its buttons submit it) and checked like every card. */
export function taskContinue(
  dialog: DialogSpec,
  decorate?: (card: AdaptiveCardJson) => void,
): TaskContinueResponse {
  const content = renderAdaptiveCard(dialog.card, 'dialog');
  decorate?.(content);
  const size = dialog.size ?? 'medium';
  return {
    task: {
      type: 'continue',
      value: {
        title: dialogTitle(dialog.title),
        height: size,
        width: size,
        card: { contentType: 'application/vnd.microsoft.card.adaptive', content },
      },
    },
  };
}

export const taskMessage = (text: string): TaskMessageResponse => ({
  task: { type: 'message', value: text },
});

export const taskClose = (): Record<string, never> => ({});
