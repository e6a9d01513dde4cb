/**
 * Who the Slack bot learns, over HTTP: a `/relais` from a multi-channel or single-channel guest
 * (users.info is_restricted / is_ultra_restricted) makes a guest, from a full member a member.
 */
import assert from 'node:assert/strict';
import { TEAM, useSlackWorld } from './slack-world.js';

describe('Slack people (over HTTP)', () => {
  const world = useSlackWorld({}, { resetBetweenTests: false });

  const kindAfterCommand = async (userId: string) => {
    const { responseUrl } = await world.command(userId, 'help');
    await world.fake.waitForCall('response_url', (c) => c.body.url === new URL(responseUrl).pathname);
    const person = await world.relais.core.people.findByIdentity({
      platform: 'slack',
      tenantId: TEAM,
      userId,
    });
    return person?.kind;
  };

  it('learns multi-channel and single-channel guests as guests, full members as members', async () => {
    world.fake
      .addUser({ id: 'U0MULTI', teamId: TEAM, realName: 'Mona Multi', isRestricted: true })
      .addUser({
        id: 'U0SINGLE',
        teamId: TEAM,
        realName: 'Sid Single',
        isRestricted: true,
        isUltraRestricted: true,
      })
      .addUser({ id: 'U0FULL', teamId: TEAM, realName: 'Fanny Full', email: 'fanny@example.com' });
    assert.equal(await kindAfterCommand('U0MULTI'), 'guest');
    assert.equal(await kindAfterCommand('U0SINGLE'), 'guest');
    assert.equal(await kindAfterCommand('U0FULL'), 'member');
  });
});
