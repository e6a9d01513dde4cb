/**
 * The database harness itself: an unreachable server skips visibly, and fails the run when
 * RELAIS_REQUIRE_SERVICES=1 (CI), so a green CI cannot hide skipped PostgreSQL or Redis suites;
 * and a suite's own `after` hooks (closing its servers) run before its schema is dropped.
 */
import assert from 'node:assert/strict';
import pg from 'pg';
import sinon from 'sinon';
import { describeEach, describeServerBackends, postgresTestUrl, redisTestUrl } from '../harness/databases.js';

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

/** whether the schema this URL's search_path names still exists (current_schema() is null if not) */
async function schemaExists(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ schema: string | null }>('select current_schema() as schema');
    return rows[0]?.schema != null;
  } finally {
    await client.end();
  }
}

// What a suite's `after` hook saw, checked by the suite declared after it (mocha runs them in order).
const seenInAfter: Record<string, boolean> = {};

describeServerBackends(
  'database test harness: server suites',
  (backendEnv) => {
    it('gives the suite a PostgreSQL schema', async () => {
      assert.equal(await schemaExists(backendEnv().DATABASE_URL!), true);
    });
    // a tours world closes here: its running jobs still query the schema until it is closed
    after(async () => {
      seenInAfter.server = await schemaExists(backendEnv().DATABASE_URL!);
    });
  },
  { kinds: ['postgres'] },
);

describeEach(['postgres'], 'database test harness: store suites', (backend) => {
  it('gives the suite a PostgreSQL schema', async () => {
    assert.equal(await schemaExists(backend().storeOptions!.databaseUrl!), true);
  });
  after(async () => {
    seenInAfter.store = await schemaExists(backend().storeOptions!.databaseUrl!);
  });
});

describe('database test harness: clean-up order', () => {
  it("drops a suite's schema only after the suite's own after hooks ran", function () {
    if (Object.keys(seenInAfter).length === 0) this.skip(); // PostgreSQL unreachable: skipped above
    assert.deepEqual(seenInAfter, { server: true, store: true });
  });
});
