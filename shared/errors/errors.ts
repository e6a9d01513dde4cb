/**
 * Typed errors with stable codes. Every boundary (HTTP, job worker, chat listener) maps an
 * AppError to its own answer; anything else is a bug and is logged as such. An AppError may carry
 * its message as a catalogue key (`text`): the boundary then says it in the reader's language.
 */
import type { MessageKey } from '../i18n/i18n.js';

export const errorCodes = {
  config_invalid: 500,
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  /** a state-changing request with a console session but without its X-CSRF-Token */
  csrf_failed: 403,
  /** a guest who has not accepted their group's current charter yet (shared/access) */
  charter_pending: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unknown_action: 400,
  /** a JSON body nested deeper than the API reads (shared/api/json-body.ts) */
  too_deeply_nested: 400,
  /** a JSON array or object with more items than any route takes */
  too_many_items: 400,
  /** a body that is not JSON (syntax), or JSON the API does not take */
  malformed_json: 400,
  /** a text that is not text: a lone UTF-16 surrogate, a NUL character */
  invalid_text: 400,
  /** an audience of "everyone" and something else: which one was meant? (shared/audiences) */
  audience_ambiguous: 400,
  /** an audience naming a department, site or person the directory does not hold */
  audience_unknown: 400,
  /** an audience that reaches nobody, for a send that did not say it may */
  audience_empty: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  /** the platform says the conversation does not exist or the bot cannot reach it */
  conversation_unreachable: 422,
  /** the platform refused what was sent (a bad id, an argument it rejects) */
  platform_rejected: 422,
  platform_unavailable: 503,
  /** "send me a test" asked with an API key: a test goes to a signed-in person */
  test_needs_person: 400,
  /** "send me a test" by someone Relais cannot write to on any platform yet */
  no_chat_account: 409,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** A message in the catalogue (shared/i18n) and its values, said in the reader's language. */
export interface ErrorText {
  key: MessageKey;
  /** a value may itself be a catalogue entry ("Step “a”: {reason}") */
  params?: Record<string, string | number | ErrorText>;
}

/** One bad field of a validation error; `text`, when set, is said in the reader's language. */
export interface FieldProblem {
  field: string;
  message: string;
  text?: ErrorText;
  /** the field's path as segments (array indexes are numbers, counted from 0); default: `field` split */
  path?: (string | number)[];
  /** a stable reason a client maps to its own words (shared/api/field-errors.ts); default `invalid` */
  code?: string;
  /** the values the reason needs (a minimum, a maximum, a format) */
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: unknown;
  /** the message as a catalogue entry (the English `message` stays for logs) */
  readonly text?: ErrorText;

  constructor(code: ErrorCode, message: string, details?: unknown, text?: ErrorText) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = errorCodes[code];
    this.details = details;
    this.text = text;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** Why a platform send failed, in the terms the delivery machinery acts on. */
export type DeliveryFailureKind =
  /** 429: wait `retryAfterMs`, then retry; pause the whole tenant/workspace. */
  | 'rate_limited'
  /** 412, 502, 503, 504, network: retry with jittered backoff. */
  | 'transient'
  /** 403 blocked/removed app, user gone: record, never retry. */
  | 'unreachable'
  /** anything else the platform rejected (bad payload): record, never retry. */
  | 'rejected';

export class DeliveryError extends Error {
  readonly kind: DeliveryFailureKind;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly platformCode?: string;
  /** which platform answered, so a REST caller is told where the refusal came from */
  readonly platform?: 'teams' | 'slack';

  constructor(
    kind: DeliveryFailureKind,
    message: string,
    opts: {
      status?: number;
      retryAfterMs?: number;
      platformCode?: string;
      platform?: 'teams' | 'slack';
    } = {},
  ) {
    super(message);
    this.name = 'DeliveryError';
    this.kind = kind;
    this.status = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
    this.platformCode = opts.platformCode;
    this.platform = opts.platform;
  }

  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'transient';
  }
}

/**
 * A value an HTTP client could not encode (a lone UTF-16 surrogate in a conversation id makes
 * encodeURIComponent and querystring throw URIError): the payload's fault, so `rejected`, never
 * retried, never a 500.
 */
export const isUnencodable = (error: unknown): boolean =>
  error instanceof URIError || (error as { code?: unknown } | null)?.code === 'ERR_INVALID_URI';
