/** The future half of Slack's 5-minute window, checked from the header alone. */
import assert from 'node:assert/strict';
import type { Request, Response } from 'express';
import { futureTimestampGuard } from '../../../bots/slack/http/future-timestamp-guard.js';

const NOW = 1_700_000_000_000;

function run(timestamp: string | undefined) {
  let status: number | undefined;
  let passed = false;
  const req = {
    headers: timestamp === undefined ? {} : { 'x-slack-request-timestamp': timestamp },
  } as Request;
  const res = {
    status(code: number) {
      status = code;
      return this;
    },
    send() {
      return this;
    },
  } as unknown as Response;
  futureTimestampGuard(() => NOW)(req, res, () => {
    passed = true;
  });
  return { status, passed };
}

describe('Slack future timestamp guard', () => {
  const seconds = NOW / 1000;
  it('rejects more than 5 minutes ahead with 401', () => {
    assert.deepEqual(run(String(seconds + 301)), { status: 401, passed: false });
  });
  it('passes up to 5 minutes ahead, and any past timestamp (Bolt judges those)', () => {
    assert.deepEqual(run(String(seconds + 300)), { status: undefined, passed: true });
    assert.deepEqual(run(String(seconds - 3600)), { status: undefined, passed: true });
  });
  it('leaves missing or malformed headers to Bolt’s signature check', () => {
    assert.equal(run(undefined).passed, true);
    assert.equal(run('soon').passed, true);
  });
});
