/**
 * Maps a failed Bot Framework connector call to the core's DeliveryError, the terms the delivery
 * machinery acts on (platform-facts, "Rate limiting for agents"): 429 → wait Retry-After;
 * 412, 502, 503, 504 and no answer → retry with backoff; 403 (the user blocked or removed the
 * app) and 404 (conversation gone) → unreachable, never retried; any other 4xx → rejected; a
 * value the client cannot encode (a lone surrogate in a conversation id) → rejected. Every
 * DeliveryError names Teams, so a REST caller is told which platform refused.
 */
import { DeliveryError, isUnencodable } from '../../../shared/errors/errors.js';
import { ConnectorHttpError } from '../adapter/fail-fast-http-client.js';

const transientStatuses = new Set([408, 412, 500, 502, 503, 504]);
const platform = 'teams' as const;

export function toDeliveryError(error: unknown, what: string): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (isUnencodable(error)) {
    return new DeliveryError('rejected', `${what}: ${(error as Error).message}`, {
      platform,
      platformCode: 'unencodable',
    });
  }
  if (!(error instanceof ConnectorHttpError)) {
    // Not a connector answer: a bug or a token failure (MSAL). Retrying may help a token outage
    // and cannot duplicate a message that was never sent.
    return new DeliveryError('transient', `${what}: ${(error as Error)?.message ?? String(error)}`, {
      platform,
    });
  }
  const status = error.statusCode;
  const opts = { status, platformCode: error.platformCode, platform };
  const detail = `${what}: ${error.message}${error.platformCode ? ` (${error.platformCode})` : ''}`;
  if (status === undefined) return new DeliveryError('transient', detail, opts);
  if (status === 429) {
    return new DeliveryError('rate_limited', detail, { ...opts, retryAfterMs: retryAfterMs(error.headers) });
  }
  if (transientStatuses.has(status)) return new DeliveryError('transient', detail, opts);
  if (status === 403 || status === 404 || status === 410)
    return new DeliveryError('unreachable', detail, opts);
  if (status === 401) {
    // our own outbound token was refused: a configuration problem, not the recipient's
    return new DeliveryError('rejected', detail, opts);
  }
  return new DeliveryError(status >= 500 ? 'transient' : 'rejected', detail, opts);
}

/** Retry-After in seconds or as an HTTP date; undefined lets the queue use its backoff. */
export function retryAfterMs(headers: Record<string, string>, now = Date.now()): number | undefined {
  const raw = headers['retry-after'] ?? headers['Retry-After'];
  if (raw === undefined || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
