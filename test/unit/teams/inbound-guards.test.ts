/**
 * The start-time guard of unauthenticated Teams mode, on configurations that would open a
 * non-loopback socket if started for real (the HTTP tests cover the refusals).
 */
import assert from 'node:assert/strict';
import { assertLocalModeIsLocal, isLoopbackListenHost } from '../../../bots/teams/adapter/inbound-guards.js';
import { loadConfig } from '../../../shared/config/config.js';

describe('isLoopbackListenHost', () => {
  it('accepts this machine only', () => {
    for (const host of [
      '127.0.0.1',
      '127.0.0.2',
      'localhost',
      'LOCALHOST',
      '::1',
      '[::1]',
      '::ffff:127.0.0.1',
    ])
      assert.equal(isLoopbackListenHost(host), true, host);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', '192.168.1.10', '::ffff:10.0.0.1', 'example.com', ''])
      assert.equal(isLoopbackListenHost(host), false, host);
  });
});

describe('assertLocalModeIsLocal', () => {
  const check = (env: Record<string, string>) => () =>
    assertLocalModeIsLocal(loadConfig({ DATA_DIR: '/tmp/x', ...env }));

  it('refuses a network listen host without MICROSOFT_APP_ID', () => {
    assert.throws(check({ HOST: '0.0.0.0' }), /HOST=0\.0\.0\.0.*\n[\s\S]*TEAMS_ENABLED=0/);
  });

  it('lets TEAMS_ALLOW_UNAUTHENTICATED=1 expose it on purpose', () => {
    assert.doesNotThrow(check({ HOST: '0.0.0.0', TEAMS_ALLOW_UNAUTHENTICATED: '1' }));
    assert.doesNotThrow(
      check({ HOST: '0.0.0.0', PUBLIC_URL: 'https://tunnel.example.com', TEAMS_ALLOW_UNAUTHENTICATED: '1' }),
    );
  });

  it('does not apply when Teams is authenticated or disabled', () => {
    assert.doesNotThrow(
      check({
        HOST: '0.0.0.0',
        MICROSOFT_APP_ID: 'app',
        MICROSOFT_APP_PASSWORD: 'pw',
        MICROSOFT_APP_TENANT_ID: 't',
      }),
    );
    assert.doesNotThrow(check({ HOST: '0.0.0.0', TEAMS_ENABLED: '0' }));
  });

  it('keeps refusing an https PUBLIC_URL on loopback', () => {
    assert.throws(
      check({ PUBLIC_URL: 'https://relais.example.com' }),
      /PUBLIC_URL=https:\/\/relais\.example\.com/,
    );
  });
});
