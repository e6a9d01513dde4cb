/** Modal submissions: the dialogs the core opens (card buttons, shortcuts, slash commands). */
import type { App, ViewSubmitAction } from '@slack/bolt';
import { dialogCallbackId } from '../../cards/dialog-modal.js';
import type { SlackDeps } from '../slack-deps.js';
import { dialogSubmission } from './dialog-submission.js';

export function register(app: App, deps: SlackDeps): void {
  app.view<ViewSubmitAction>(
    { callback_id: dialogCallbackId, type: 'view_submission' },
    dialogSubmission(deps),
  );
}
