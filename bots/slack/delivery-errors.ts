/**
 * Slack Web API failures in the terms the delivery machinery acts on (DeliveryError kinds):
 * wait and retry (rate_limited, transient), give up on this recipient (unreachable), or give up
 * on this payload (rejected). A value the client cannot encode (a lone surrogate in a channel id)
 * is rejected too. Anything else that is not a Web API error is a bug and passes through. Every
 * DeliveryError names Slack, so a REST caller is told which platform refused.
 */
import { ErrorCode, type WebAPICallError } from '@slack/web-api';
import { DeliveryError, isUnencodable } from '../../shared/errors/errors.js';

/**
 * Slack said: try again later. `token_expired` belongs here: with token rotation it means the
 * access token expired before its refresh landed, and the retry sends with the refreshed one.
 */
const transientCodes = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'token_expired',
]);

/** Slack's rate-limit answers without Retry-After: wait a minute, as its docs suggest for Tier 1. */
const DEFAULT_RETRY_AFTER_SECONDS = 60;

/**
 * Slack said: this person, channel or whole workspace cannot be reached by the bot any more
 * (the person left, the channel went away, or the app was removed from the workspace:
 * `token_revoked`, `no_installation`, `account_inactive`). Errors about OUR credentials
 * (`invalid_auth`, `not_authed`: a wrong token) are not here on purpose: they say nothing about
 * the recipient, and marking everyone unreachable because of a configuration mistake would
 * silently drop them from every later send. They are `rejected`.
 */
const unreachableCodes = new Set([
  'channel_not_found',
  'user_not_found',
  'users_not_found',
  'account_inactive',
  'is_archived',
  'not_in_channel',
  'cannot_dm_bot',
  'user_disabled',
  'token_revoked',
  'team_access_not_granted',
  'no_installation',
]);

const isSlackError = (error: unknown): error is WebAPICallError =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  Object.values(ErrorCode).includes((error as { code: ErrorCode }).code);

const platform = 'slack' as const;

export function toDeliveryError(error: unknown, what: string): unknown {
  if (error instanceof DeliveryError) return error;
  if (isUnencodable(error)) {
    return new DeliveryError('rejected', `${what}: ${(error as Error).message}`, {
      platform,
      platformCode: 'unencodable',
    });
  }
  if (!isSlackError(error)) return error;
  switch (error.code) {
    case ErrorCode.RateLimitedError:
      return new DeliveryError('rate_limited', `${what}: rate limited by Slack`, {
        status: 429,
        retryAfterMs: error.retryAfter * 1000,
        platformCode: 'ratelimited',
        platform,
      });
    case ErrorCode.HTTPError:
      return new DeliveryError(
        error.statusCode >= 500 ? 'transient' : 'rejected',
        `${what}: Slack answered HTTP ${error.statusCode}`,
        { status: error.statusCode, platform },
      );
    case ErrorCode.RequestError:
      return new DeliveryError('transient', `${what}: ${error.original.message}`, { platform });
    case ErrorCode.PlatformError: {
      const code = String(error.data.error);
      if (code === 'ratelimited') {
        // an HTTP 200 `ratelimited` (workspace-wide limits) may carry Retry-After too
        const retryAfter = error.data.response_metadata?.retryAfter;
        return new DeliveryError('rate_limited', `${what}: rate limited by Slack`, {
          platformCode: code,
          retryAfterMs: (retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS) * 1000,
          platform,
        });
      }
      const kind = transientCodes.has(code)
        ? 'transient'
        : unreachableCodes.has(code)
          ? 'unreachable'
          : 'rejected';
      return new DeliveryError(kind, `${what}: Slack answered ${code}`, { platformCode: code, platform });
    }
    default:
      return error;
  }
}
