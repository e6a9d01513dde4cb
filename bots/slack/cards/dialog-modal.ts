/**
 * A core dialog as a Slack modal, and back. The modal's `callback_id` is `relais.dialog` for
 * every dialog; its `private_metadata` carries the form's submit action, payload and the channel
 * it was opened from (Slack keeps it server-side and returns it with `view_submission`). The
 * submit button is labelled like the form's submit button.
 */
import type { ModalView } from '@slack/types';
import type { DialogSpec } from '../../../shared/actions/dispatcher.js';
import type { CardBlock } from '../../../shared/cards/model.js';
import { type ActionPayload, isActionId, parsePayload } from '../../../shared/cards/payload.js';
import { AppError } from '../../../shared/errors/errors.js';
import { type Locale, translate } from '../../../shared/i18n/i18n.js';
import { renderModal } from './render-block-kit.js';
import { inputBlockPrefix } from './slack-inputs.js';

export const dialogCallbackId = 'relais.dialog';

/** What a dialog modal remembers between opening and submission. */
export interface DialogMetadata {
  action?: string;
  payload: ActionPayload;
  /** the channel the dialog was opened from, when there was one */
  channelId?: string;
}

export function dialogModal(dialog: DialogSpec, locale: Locale, channelId?: string): ModalView {
  const form = dialog.card.blocks.find(
    (b): b is Extract<CardBlock, { type: 'inputs' }> => b.type === 'inputs',
  );
  const metadata: DialogMetadata = {
    ...(form ? { action: form.submit.action } : {}),
    payload: form?.submit.payload ?? {},
    ...(channelId ? { channelId } : {}),
  };
  return renderModal(dialog.card, {
    callbackId: dialogCallbackId,
    title: dialog.title,
    ...(form ? { submitLabel: form.submit.label } : {}),
    closeLabel: translate(locale, 'common.close'),
    privateMetadata: JSON.stringify(metadata),
  });
}

export function decodeDialogMetadata(raw: unknown): DialogMetadata {
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof raw === 'string' ? raw : '');
  } catch {
    throw new AppError('bad_request', 'dialog modal: private_metadata is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new AppError('bad_request', 'dialog modal: bad metadata');
  const { action, payload, channelId } = parsed as Record<string, unknown>;
  if (action !== undefined && !isActionId(action))
    throw new AppError('bad_request', 'dialog modal: bad action');
  return {
    ...(action ? { action: action as string } : {}),
    payload: parsePayload(payload, 'dialog modal'),
    ...(typeof channelId === 'string' && channelId ? { channelId } : {}),
  };
}

/**
 * Field errors for `response_action: 'errors'`, keyed by the modal's input block ids. Errors on
 * ids the modal does not show go to its first input, so the person always sees them.
 */
export function modalFieldErrors(view: ModalView, fields: Record<string, string>): Record<string, string> {
  const inputIds = view.blocks.flatMap((b) =>
    b.type === 'input' && b.block_id?.startsWith(inputBlockPrefix) ? [b.block_id] : [],
  );
  const errors: Record<string, string> = {};
  for (const [id, message] of Object.entries(fields)) {
    const blockId = inputIds.includes(inputBlockPrefix + id) ? inputBlockPrefix + id : inputIds[0];
    if (!blockId) continue;
    errors[blockId] = errors[blockId] ? `${errors[blockId]} ${message}` : message;
  }
  return errors;
}
