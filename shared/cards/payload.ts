/**
 * Validation shared by the inbound decoders of both platforms: what a button's action id and
 * payload may look like once they come back from a client. Everything a client sends is
 * untrusted: a tampered id or payload is a `bad_request`, never a crash.
 */
import { AppError } from '../errors/errors.js';
import type { SubmitButton } from './model.js';

export type ActionPayload = NonNullable<SubmitButton['payload']>;

/** `poll.vote`, `tour.next`, `help.topic`: dotted words, short enough for every platform's id field. */
const actionIdPattern = /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;
export const maxActionIdLength = 100;

export const isActionId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= maxActionIdLength && actionIdPattern.test(value);

/** Renderers call this: an invalid action id is a bug in a feature, caught before anything is sent. */
export function assertActionId(action: string): void {
  if (!isActionId(action)) {
    throw new AppError('internal', `invalid card action id: ${JSON.stringify(action).slice(0, 120)}`);
  }
}

const maxPayloadKeys = 50;

/** A flat object of strings, finite numbers and booleans, as the card model promises. */
export function parsePayload(value: unknown, where: string): ActionPayload {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new AppError('bad_request', `${where}: payload must be an object`);
  }
  const entries = Object.entries(value);
  if (entries.length > maxPayloadKeys)
    throw new AppError('bad_request', `${where}: payload has too many keys`);
  const payload: ActionPayload = {};
  for (const [key, item] of entries) {
    if (key === '__proto__')
      throw new AppError('bad_request', `${where}: payload key "__proto__" is not allowed`);
    const ok =
      typeof item === 'string' ||
      typeof item === 'boolean' ||
      (typeof item === 'number' && Number.isFinite(item));
    if (!ok)
      throw new AppError('bad_request', `${where}: payload value "${key.slice(0, 40)}" is not a scalar`);
    payload[key] = item;
  }
  return payload;
}

/** Input and option ids travel in platform id fields (Slack block_id/option value ≤ 75). */
const idPattern = /^[A-Za-z0-9_.:-]{1,75}$/;

export function assertInputId(id: string, what: string): void {
  if (!idPattern.test(id)) {
    throw new AppError('internal', `invalid ${what} id: ${JSON.stringify(id).slice(0, 90)}`);
  }
}
