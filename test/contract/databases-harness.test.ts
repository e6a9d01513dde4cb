/**
 * The database harness itself: an unreachable server skips visibly, and fails the run when
 * RELAIS_REQUIRE_SERVICES=1 (CI), so a green CI cannot hide skipped PostgreSQL or Redis suites.
 */
import assert from 'node:assert/strict';
import sinon from 'sinon';
import { postgresTestUrl, redisTestUrl } from '../harness/databases.js';

// port 1 on loopback: nothing listens there, the connection is refused at once
const CLOSED = {
  TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test',
  TEST_REDIS_URL: 'redis://127.0.0.1:1',
};

describe('database test harness', () => {
  const saved: Record<string, string | undefined> = {};

  beforeEach(() => {
    for (const name of [...Object.keys(CLOSED), 'RELAIS_REQUIRE_SERVICES']) saved[name] = process.env[name];
    Object.assign(process.env, CLOSED);
  });

  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    sinon.restore();
  });

  it('skips an unreachable server with a visible warning', async () => {
    delete process.env.RELAIS_REQUIRE_SERVICES;
    const warn = sinon.stub(console, 'warn');
    assert.equal(await postgresTestUrl(), undefined);
    assert.equal(await redisTestUrl(), undefined);
    assert.equal(warn.callCount, 2);
    assert.match(String(warn.firstCall.args[0]), /SKIPPING PostgreSQL/);
    assert.match(String(warn.secondCall.args[0]), /SKIPPING Redis/);
  });

  it('fails on an unreachable server when RELAIS_REQUIRE_SERVICES=1', async () => {
    process.env.RELAIS_REQUIRE_SERVICES = '1';
    await assert.rejects(postgresTestUrl(), /PostgreSQL unreachable.*RELAIS_REQUIRE_SERVICES=1/);
    await assert.rejects(redisTestUrl(), /Redis unreachable.*RELAIS_REQUIRE_SERVICES=1/);
  });
});
