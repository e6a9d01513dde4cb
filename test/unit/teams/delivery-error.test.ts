/** How connector failures map to the core's DeliveryError kinds. */
import assert from 'node:assert/strict';
import { ConnectorHttpError } from '../../../bots/teams/adapter/fail-fast-http-client.js';
import { retryAfterMs, toDeliveryError } from '../../../bots/teams/messaging/delivery-error.js';
import { DeliveryError } from '../../../shared/errors/errors.js';

const http = (statusCode: number | undefined, headers: Record<string, string> = {}, body?: unknown) =>
  new ConnectorHttpError('test', { statusCode, headers, body, method: 'POST', url: 'http://127.0.0.1/' });

describe('Teams delivery error mapping', () => {
  const cases: [number | undefined, string][] = [
    [429, 'rate_limited'],
    [412, 'transient'],
    [500, 'transient'],
    [502, 'transient'],
    [503, 'transient'],
    [504, 'transient'],
    [undefined, 'transient'],
    [403, 'unreachable'],
    [404, 'unreachable'],
    [400, 'rejected'],
    [401, 'rejected'],
    [413, 'rejected'],
  ];
  for (const [status, kind] of cases) {
    it(`maps ${status ?? 'no answer'} to ${kind}`, () => {
      const error = toDeliveryError(http(status), 'send');
      assert.equal(error.kind, kind);
      assert.equal(error.status, status);
    });
  }

  it('keeps the Teams error code', () => {
    const error = toDeliveryError(
      http(403, {}, { error: { code: 'MessageWritesBlocked', message: 'x' } }),
      'send',
    );
    assert.equal(error.platformCode, 'MessageWritesBlocked');
    assert.equal(error.retryable, false);
  });

  it('reads Retry-After in seconds or as an HTTP date, and ignores garbage', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    assert.equal(retryAfterMs({ 'retry-after': '3' }, now), 3000);
    assert.equal(retryAfterMs({ 'retry-after': '0.5' }, now), 500);
    assert.equal(retryAfterMs({ 'retry-after': 'Wed, 01 Jan 2025 00:00:10 GMT' }, now), 10_000);
    assert.equal(retryAfterMs({ 'retry-after': 'soon' }, now), undefined);
    assert.equal(retryAfterMs({}, now), undefined);
    assert.equal(toDeliveryError(http(429, { 'retry-after': '7' }), 'send').retryAfterMs, 7000);
  });

  it('passes a DeliveryError through and treats anything else as transient', () => {
    const original = new DeliveryError('unreachable', 'gone');
    assert.equal(toDeliveryError(original, 'send'), original);
    assert.equal(toDeliveryError(new Error('token endpoint down'), 'send').kind, 'transient');
  });
});
