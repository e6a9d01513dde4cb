/**
 * The inbound side of `Action.Execute`: validates what Teams sends back in an
 * `adaptiveCard/action` invoke (`activity.value.action`) and turns it into a dispatcher call.
 * Input values arrive merged into `data` under `in.<id>` (one value) or `in[].<id>` (a
 * multi-select, comma-joined by Teams).
 */

import { type ActionPayload, isActionId, parsePayload } from '../../../shared/cards/payload.js';
import { AppError } from '../../../shared/errors/errors.js';
import { restoreTemplates } from './ac-text.js';
import type { AdaptiveCardInvokeResponse, AdaptiveCardJson } from './ac-types.js';

export interface DecodedExecuteAction {
  action: string;
  payload: ActionPayload;
  inputs: Record<string, string | string[]>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Prefilled values were neutralised like all card text: give the user's text back. */
const inputValue = (value: unknown, key: string): string => {
  if (typeof value === 'string') return restoreTemplates(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new AppError('bad_request', `Action.Execute: input "${key.slice(0, 40)}" is not a scalar`);
};

export function decodeExecuteAction(value: { verb?: unknown; data?: unknown }): DecodedExecuteAction {
  if (!isRecord(value)) throw new AppError('bad_request', 'Action.Execute: value must be an object');
  const data = value.data === undefined ? {} : value.data;
  if (!isRecord(data)) throw new AppError('bad_request', 'Action.Execute: data must be an object');
  const action = value.verb ?? data.action;
  if (!isActionId(action)) throw new AppError('bad_request', 'Action.Execute: missing or invalid verb');
  if (data.action !== undefined && data.action !== action) {
    throw new AppError('bad_request', 'Action.Execute: verb and data.action disagree');
  }
  const raw = parsePayload(data.payload, 'Action.Execute');
  const payload: ActionPayload = {};
  for (const [key, item] of Object.entries(raw)) {
    payload[restoreTemplates(key)] = typeof item === 'string' ? restoreTemplates(item) : item;
  }
  const inputs: Record<string, string | string[]> = {};
  for (const [key, item] of Object.entries(data)) {
    if (key.endsWith('__proto__')) throw new AppError('bad_request', 'Action.Execute: invalid input id');
    if (key.startsWith('in[].')) {
      const text = inputValue(item, key);
      inputs[key.slice(5)] = text === '' ? [] : text.split(',');
    } else if (key.startsWith('in.')) {
      inputs[key.slice(3)] = inputValue(item, key);
    }
  }
  return { action, payload, inputs };
}

export const adaptiveCardInvokeResponse = (card: AdaptiveCardJson): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value: card,
});
