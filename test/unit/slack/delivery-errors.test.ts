/** Slack Web API errors → DeliveryError kinds, on the error objects @slack/web-api really throws. */
import assert from 'node:assert/strict';
import { ErrorCode, type WebAPIPlatformError } from '@slack/web-api';
import { toDeliveryError } from '../../../bots/slack/delivery-errors.js';
import { DeliveryError } from '../../../shared/errors/errors.js';

const platformError = (error: string, retryAfter?: number) =>
  Object.assign(new Error(`An API error occurred: ${error}`), {
    code: ErrorCode.PlatformError,
    data: { ok: false, error, response_metadata: retryAfter ? { retryAfter } : {} },
  }) as WebAPIPlatformError;

const mapped = (error: unknown) => {
  const result = toDeliveryError(error, 'chat.postMessage');
  assert.ok(result instanceof DeliveryError);
  return result;
};

describe('Slack delivery errors', () => {
  it('429 → rate_limited with Retry-After in ms', () => {
    const error = Object.assign(new Error('rate limited'), {
      code: ErrorCode.RateLimitedError,
      retryAfter: 12,
    });
    const result = mapped(error);
    assert.equal(result.kind, 'rate_limited');
    assert.equal(result.retryAfterMs, 12_000);
  });

  it('HTTP 200 `ratelimited` → rate_limited, with its Retry-After or a minute', () => {
    assert.equal(mapped(platformError('ratelimited', 5)).retryAfterMs, 5_000);
    assert.equal(mapped(platformError('ratelimited')).retryAfterMs, 60_000);
  });

  for (const code of ['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']) {
    it(`${code} → transient`, () => assert.equal(mapped(platformError(code)).kind, 'transient'));
  }

  for (const code of [
    'channel_not_found',
    'user_not_found',
    'account_inactive',
    'is_archived',
    'not_in_channel',
    'cannot_dm_bot',
    'user_disabled',
    'token_revoked',
    'no_installation',
  ]) {
    it(`${code} → unreachable`, () => {
      const result = mapped(platformError(code));
      assert.equal(result.kind, 'unreachable');
      assert.equal(result.platformCode, code);
    });
  }

  // our own token is wrong or stale: a configuration error, not a recipient who went away
  for (const code of ['invalid_auth', 'not_authed']) {
    it(`${code} → rejected (never marks the recipient unreachable)`, () => {
      const result = mapped(platformError(code));
      assert.equal(result.kind, 'rejected');
      assert.equal(result.platformCode, code);
    });
  }

  // a rotating token caught between expiry and refresh: the next attempt carries a fresh one
  it('token_expired → transient (a rotation refresh hiccup, retried)', () => {
    const result = mapped(platformError('token_expired'));
    assert.equal(result.kind, 'transient');
    assert.equal(result.platformCode, 'token_expired');
  });

  it('other platform errors → rejected', () => {
    assert.equal(mapped(platformError('invalid_blocks')).kind, 'rejected');
    assert.equal(mapped(platformError('msg_too_long')).kind, 'rejected');
  });

  it('HTTP 5xx → transient, other HTTP statuses → rejected, network → transient', () => {
    const http = (statusCode: number) =>
      Object.assign(new Error('http'), { code: ErrorCode.HTTPError, statusCode });
    assert.equal(mapped(http(502)).kind, 'transient');
    assert.equal(mapped(http(404)).kind, 'rejected');
    const network = Object.assign(new Error('request'), {
      code: ErrorCode.RequestError,
      original: new Error('ECONNREFUSED'),
    });
    assert.equal(mapped(network).kind, 'transient');
  });

  it('passes through what is not a Web API error (a bug is not a delivery failure)', () => {
    const bug = new TypeError('x is undefined');
    assert.equal(toDeliveryError(bug, 'chat.postMessage'), bug);
  });
});
