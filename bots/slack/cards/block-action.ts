/**
 * The inbound side of Block Kit buttons: an entry of a `block_actions` payload's `actions` →
 * the dispatcher's action id and payload. `action_id` is `<action>:<index>` and `value` the
 * payload JSON, both written by `renderBlockKit`; anything else is refused as a bad request.
 */
import { type ActionPayload, isActionId, parsePayload } from '../../../shared/cards/payload.js';
import { AppError } from '../../../shared/errors/errors.js';
import { slackLimits as L } from './block-kit-limits.js';
import { linkActionPrefix } from './slack-blocks.js';

export interface BlockActionLike {
  action_id?: unknown;
  value?: unknown;
  selected_option?: { value?: unknown } | null;
}

export interface DecodedBlockAction {
  action: string;
  payload: ActionPayload;
}

/** URL buttons also send `block_actions`: acknowledge them, do not dispatch them. */
export const isLinkButtonAction = (action: BlockActionLike): boolean =>
  typeof action?.action_id === 'string' && action.action_id.startsWith(linkActionPrefix);

export function decodeBlockAction(action: BlockActionLike): DecodedBlockAction {
  if (typeof action !== 'object' || action === null)
    throw new AppError('bad_request', 'block action must be an object');
  const id = action.action_id;
  if (typeof id !== 'string' || id.length > L.actionId)
    throw new AppError('bad_request', 'block action: bad action_id');
  const match = /^(.+):(\d+)$/.exec(id);
  if (!match || !isActionId(match[1]))
    throw new AppError('bad_request', 'block action: unknown action_id format');
  const raw = action.value ?? action.selected_option?.value;
  if (raw === undefined || raw === '') return { action: match[1], payload: {} };
  if (typeof raw !== 'string' || raw.length > L.buttonValue)
    throw new AppError('bad_request', 'block action: bad value');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new AppError('bad_request', 'block action: value is not JSON', { cause: String(error) });
  }
  return { action: match[1], payload: parsePayload(parsed, 'block action') };
}
