/**
 * A refused Bot Framework token is the caller's problem, not an incident: it is logged at WARN
 * with the reason (signature, expiry, audience, missing header), never at ERROR, so alerting on
 * errors is not flooded by anyone posting junk to /api/messages.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { JWTPayload } from 'jose';
import { createLogger } from '../../../shared/logging/logger.js';
import { messageActivity, postActivity, type TeamsScene, teamsUser } from '../../harness/teams-activities.js';
import { type AuthenticatedTeams, startAuthenticatedTeams } from './teams-helpers.js';

interface LogLine {
  level: number;
  msg: string;
  reason?: string;
}

describe('Teams: refused Bot Framework tokens in the logs', () => {
  const appId = '00000000-aaaa-bbbb-cccc-000000000019';
  const lines: LogLine[] = [];
  let bot: AuthenticatedTeams;
  let scene: TeamsScene;

  before(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
        done();
      },
    });
    bot = await startAuthenticatedTeams(appId, 'tenant-logs', {}, createLogger('warn', sink));
    scene = {
      serviceUrl: bot.connector.url,
      tenantId: 'tenant-logs',
      user: teamsUser('Léo Log'),
      locale: 'en-US',
    };
  });
  after(() => bot?.close());

  const goodClaims = (): JWTPayload => ({ aud: appId, serviceurl: bot.connector.url });
  const cases: [string, () => Promise<string | undefined>, RegExp][] = [
    ['a missing Authorization header', async () => undefined, /unauthorized/i],
    [
      'a forged signature',
      async () => `Bearer ${await bot.keys.sign(goodClaims(), { forged: true })}`,
      /signature/,
    ],
    [
      'an expired token',
      async () =>
        `Bearer ${await bot.keys.sign(goodClaims(), { expiresIn: Math.floor(Date.now() / 1000) - 3600 })}`,
      /expired/,
    ],
    [
      'a wrong audience',
      async () => `Bearer ${await bot.keys.sign({ ...goodClaims(), aud: 'another-bot' })}`,
      /AppId/,
    ],
  ];
  for (const [label, authorization, reason] of cases) {
    it(`logs ${label} at WARN with the reason, and nothing at ERROR`, async () => {
      lines.length = 0;
      const response = await postActivity(bot.relais.url, messageActivity(scene, 'help'), {
        authorization: await authorization(),
      });
      assert.equal(response.status, 401);
      const refused = lines.find((l) => l.msg === 'Bot Framework token refused');
      assert.ok(refused, JSON.stringify(lines));
      assert.equal(refused.level, 40);
      assert.match(refused.reason ?? '', reason);
      assert.deepEqual(
        lines.filter((l) => l.level >= 50).map((l) => l.msg),
        [],
        'nothing at ERROR',
      );
    });
  }
});
