/**
 * The core's side of a team's ids (group-team-ids.ts): it asks the Teams messenger's optional
 * teamIds, at call time, and a group's invitations use the directory id it tells; with no
 * messenger telling, an id is taken as recorded; an id the messenger cannot tell the directory id
 * of is no space to invite into (the invitation fails `team_unknown`).
 */
import assert from 'node:assert/strict';
import type { Group } from '../../../shared/groups/group-model.js';
import { teamIdsLookup } from '../../../shared/groups/group-team-ids.js';
import { platformSpaceOf } from '../../../shared/groups/invitations/invitation-sender.js';
import { type Messenger, MessengerRegistry, type TeamIds } from '../../../shared/messaging/messenger.js';

const group = (teamsTeamId: string): Group => ({
  id: 'g1',
  nameFr: null,
  nameEn: 'Partners',
  descriptionFr: null,
  descriptionEn: null,
  kind: 'partners',
  space: {
    teamsTenantId: 'tenant-1',
    teamsTeamId,
    teamsChannelId: null,
    slackTeamId: 'T1',
    slackChannelId: 'C1',
  },
  allowedDomains: [],
  blockedDomains: [],
  guestExpiryDays: 180,
  reviewPeriodDays: 90,
  charterDeadlineDays: 14,
  createdBy: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  archivedAt: null,
});

/** a messenger of `platform` telling these ids, recording what it was asked */
function messenger(platform: 'teams' | 'slack', told: Record<string, TeamIds>) {
  const asked: string[][] = [];
  const m: Messenger = {
    platform,
    send: () => assert.fail('no send'),
    update: () => assert.fail('no update'),
    teamIds: async (ids) => {
      asked.push([...ids]);
      return new Map(ids.map((id) => [id, told[id] ?? {}]));
    },
  };
  return { messenger: m, asked };
}

describe('a group’s team ids, as the Teams messenger tells them', () => {
  it('asks the Teams messenger registered after the lookup was made, and only it', async () => {
    const messengers = new MessengerRegistry();
    const lookup = teamIdsLookup(messengers);
    assert.equal(await lookup(['19:t@thread.tacv2']), undefined, 'no messenger: nobody tells');
    const slack = messenger('slack', { '19:t@thread.tacv2': { directoryId: 'wrong' } });
    messengers.register(slack.messenger);
    assert.equal(await lookup(['19:t@thread.tacv2']), undefined, 'only the Teams messenger is asked');
    const teams = messenger('teams', { '19:t@thread.tacv2': { conversationId: '19:t@thread.tacv2' } });
    messengers.register(teams.messenger);
    assert.deepEqual(
      await lookup(['19:t@thread.tacv2']),
      new Map([['19:t@thread.tacv2', { conversationId: '19:t@thread.tacv2' }]]),
    );
    assert.deepEqual(await lookup([]), new Map());
    assert.deepEqual(teams.asked, [['19:t@thread.tacv2']]);
    assert.deepEqual(slack.asked, []);
  });

  it('invites into the team by the directory id the messenger tells', async () => {
    const messengers = new MessengerRegistry();
    messengers.register(messenger('teams', { '19:t@thread.tacv2': { directoryId: 'entra-1' } }).messenger);
    const space = await platformSpaceOf(teamIdsLookup(messengers), group('19:t@thread.tacv2'), 'teams');
    assert.deepEqual(space?.teams, { tenantId: 'tenant-1', teamId: 'entra-1', channelId: null });
  });

  it('has no space to invite into when the messenger cannot tell the directory id', async () => {
    const messengers = new MessengerRegistry();
    messengers.register(messenger('teams', {}).messenger);
    assert.equal(
      await platformSpaceOf(teamIdsLookup(messengers), group('19:u@thread.tacv2'), 'teams'),
      undefined,
    );
  });

  it('takes the id as recorded when no messenger tells, and leaves a Slack space alone', async () => {
    const none = teamIdsLookup(new MessengerRegistry());
    assert.equal((await platformSpaceOf(none, group('team-x'), 'teams'))?.teams?.teamId, 'team-x');
    assert.equal((await platformSpaceOf(undefined, group('team-x'), 'teams'))?.teams?.teamId, 'team-x');
    const teams = messenger('teams', {});
    const registry = new MessengerRegistry();
    registry.register(teams.messenger);
    const slack = await platformSpaceOf(teamIdsLookup(registry), group('19:u@thread.tacv2'), 'slack');
    assert.deepEqual(slack?.slack, { teamId: 'T1', channelId: 'C1' });
    assert.deepEqual(teams.asked, []);
  });
});
