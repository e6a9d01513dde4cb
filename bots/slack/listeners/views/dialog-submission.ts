/**
 * `view_submission` of a dialog modal (callback_id `relais.dialog`): the form's values decoded,
 * its submit action dispatched, and Slack answered in the ack (within 3 s): the next dialog
 * (`response_action: 'update'`), the refusal on its field (`response_action: 'errors'`), or the
 * modal closed and the handler's notice told privately where the dialog came from.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { type ActionResult, fieldErrorsOf } from '../../../../shared/actions/dispatcher.js';
import { isAppError } from '../../../../shared/errors/errors.js';
import { type MessageKey, translate } from '../../../../shared/i18n/i18n.js';
import { decodeDialogMetadata, dialogModal, modalFieldErrors } from '../../cards/dialog-modal.js';
import { decodeInputValues } from '../../cards/render-block-kit.js';
import { slackConversation, tellAfterDialog } from '../../replies/open-dialog.js';
import type { SlackDeps } from '../slack-deps.js';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const refusalKeys: Partial<Record<string, MessageKey>> = {
  forbidden: 'error.forbidden',
  unknown_action: 'error.unknown_action',
  bad_request: 'error.unknown_action',
  not_found: 'error.unknown_action',
};

export function dialogSubmission(deps: SlackDeps) {
  return async ({ ack, body, view, client, context }: ViewArgs) => {
    const teamId = context.teamId ?? body.team?.id ?? view.team_id ?? '';
    const userId = body.user.id;
    const actor = await deps.people.resolve(client, teamId, userId, context.enterpriseId);
    let channelId: string | undefined;
    let result: ActionResult;
    try {
      const metadata = decodeDialogMetadata(view.private_metadata);
      channelId = metadata.channelId;
      if (!metadata.action) {
        await ack(); // a dialog without a form has nothing to submit
        return;
      }
      result = await deps.core.dispatcher.dispatch({
        action: metadata.action,
        payload: metadata.payload,
        inputs: decodeInputValues(view.state?.values),
        actor: actor.person,
        locale: actor.locale,
        platform: 'slack',
        conversation: slackConversation(teamId, channelId),
      });
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields) {
        const errors = modalFieldErrors(view as unknown as ModalView, fields);
        if (Object.keys(errors).length) {
          await ack({ response_action: 'errors', errors });
          return;
        }
      }
      if (!isAppError(error) || error.status >= 500) throw error;
      deps.core.logger.info({ code: error.code, view: view.id }, 'dialog submission refused');
      const text =
        error.code === 'validation_failed'
          ? `${translate(actor.locale, 'dialog.invalid')} ${error.message}`
          : translate(actor.locale, refusalKeys[error.code] ?? 'error.generic');
      await ack();
      await tellAfterDialog(client, userId, text, channelId);
      return;
    }
    if (result.dialog) {
      await ack({ response_action: 'update', view: dialogModal(result.dialog, actor.locale, channelId) });
      return;
    }
    await ack();
    if (result.notice) await tellAfterDialog(client, userId, result.notice, channelId);
  };
}
