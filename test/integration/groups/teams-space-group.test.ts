/**
 * Which group a Teams team or channel is the space of, over HTTP on SQLite and PostgreSQL + Redis,
 * as a channel tab's configuration page asks it with the teams-js context's ids: a group stored
 * by its team's `19:` internal id is found from the team's general channel and from any other
 * channel of it; a group of one channel wins in that channel; a group stored by the team's Entra
 * group id is found by it. A member of the group hears of it; someone outside it hears of none,
 * as if there were none; an administrator hears of any; an id too long is refused (400).
 */
import assert from 'node:assert/strict';
import {
  describeNewsBackends,
  type NewsWorld,
  startNewsWorld,
  type WorldPerson,
} from '../news/news-world.js';
import { guestHelpers, type Json } from './group-guests-world.js';

const team = '19:general-space@thread.tacv2';
const projects = '19:projects-space@thread.tacv2';
const otherTeamAad = '7c1e2f00-0000-4000-8000-0000000000aa';

describeNewsBackends('Groups: the group of a Teams team or channel (HTTP)', (backendEnv) => {
  let world: NewsWorld;
  const g = guestHelpers(() => world);
  let member: WorldPerson;
  let outsider: WorldPerson;
  let teamGroup: string;
  let channelGroup: string;
  let aadGroup: string;

  before(async () => {
    world = await startNewsWorld(backendEnv(), { NEWS_REMINDER_COUNT: '0' });
    teamGroup = (await g.group('Team space', undefined, { space: { teamsTeamId: team } })).id;
    channelGroup = (
      await g.group('Projects channel', undefined, {
        space: { teamsTeamId: team, teamsChannelId: projects },
      })
    ).id;
    aadGroup = (await g.group('Entra team', undefined, { space: { teamsTeamId: otherTeamAad } })).id;
    member = await world.slackPerson('Tina Team', { locale: 'en' });
    outsider = await world.slackPerson('Oscar Outside', { locale: 'en' });
    await g.add(teamGroup, member, 'member');
    await g.add(aadGroup, member, 'member');
  });
  after(async () => {
    await world?.close();
  });

  const lookup = async (query: Record<string, string>, as?: WorldPerson) => {
    const res = await world.api(
      'GET',
      `/me/teams-space-group?${new URLSearchParams(query)}`,
      as ? { as } : {},
    );
    return { status: res.status, body: (await res.json()) as Json };
  };

  it('finds the group of the team, of one channel, or of the team’s Entra id, for whoever may open it', async () => {
    const general = await lookup(
      { teamId: team, channelId: team, aadGroupId: otherTeamAad.replace('aa', 'bb') },
      member,
    );
    assert.equal(general.status, 200, JSON.stringify(general.body));
    assert.deepEqual(general.body.group, {
      id: teamGroup,
      nameFr: 'Team space (fr)',
      nameEn: 'Team space (en)',
      kind: 'partners',
    });
    // the projects channel is its own group's space: an administrator hears of it, the team's
    // member (not in that group) of none
    const asAdmin = await lookup({ teamId: team, channelId: projects });
    assert.equal(asAdmin.body.group?.id, channelGroup);
    assert.deepEqual((await lookup({ teamId: team, channelId: projects }, member)).body, { group: null });
    // another channel of the team: the team's own group
    const other = await lookup({ teamId: team, channelId: '19:random-space@thread.tacv2' }, member);
    assert.equal(other.body.group?.id, teamGroup);
    // a group stored by the team's Entra group id
    const byAad = await lookup({ teamId: '19:unknown@thread.tacv2', aadGroupId: otherTeamAad }, member);
    assert.equal(byAad.body.group?.id, aadGroup);
  });

  it('names no group to someone outside it, nor for a space no group has; refuses an id too long', async () => {
    assert.deepEqual((await lookup({ teamId: team, channelId: team }, outsider)).body, { group: null });
    assert.deepEqual((await lookup({ teamId: '19:nobody@thread.tacv2' }, member)).body, { group: null });
    assert.deepEqual((await lookup({}, member)).body, { group: null });
    const long = await lookup({ teamId: `19:${'x'.repeat(400)}` }, member);
    assert.equal(long.status, 400, JSON.stringify(long.body));
  });
});
