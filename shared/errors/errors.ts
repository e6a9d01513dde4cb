/**
 * Typed errors with stable codes. Every boundary (HTTP, job worker, chat listener) maps an
 * AppError to its own answer; anything else is a bug and is logged as such.
 */
export const errorCodes = {
  config_invalid: 500,
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unknown_action: 400,
  platform_unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = errorCodes[code];
    this.details = details;
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

  constructor(
    kind: DeliveryFailureKind,
    message: string,
    opts: { status?: number; retryAfterMs?: number; platformCode?: string } = {},
  ) {
    super(message);
    this.name = 'DeliveryError';
    this.kind = kind;
    this.status = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
    this.platformCode = opts.platformCode;
  }

  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'transient';
  }
}
