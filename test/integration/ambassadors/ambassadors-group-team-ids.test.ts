/**
 * A group whose space is a Teams team recorded by its Entra group id (a GUID, as an administrator
 * copies it from the Entra or Teams admin centre): the team's channels are known by the 19: id
 * their channelData names, so the group's space is matched through the `aadGroupId` the same
 * channelData gives. The group's ambassador is offered the team's channel and relays the group's
 * item there. On SQLite and PostgreSQL + Redis.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { executeActionActivity, messageActivity } from '../../harness/teams-activities.js';
import { type GroupsWorld, type Json, startGroupsWorld } from '../groups/groups-world.js';
import { describeNewsBackends, TENANT, until } from '../news/news-world.js';
import { type CardJson, executeActionsOf } from '../teams/teams-helpers.js';

const channelChoice = (card: CardJson, title: string): string | undefined =>
  [...JSON.stringify(card).matchAll(/"title":"([^"]*)","value":"(c[0-9a-f]{24})"/g)].find(
    (m) => m[1] === title,
  )?.[2];

describeNewsBackends('Ambassadors of a group whose team is recorded by its Entra group id', (backendEnv) => {
  let world: GroupsWorld;
  before(async () => {
    world = await startGroupsWorld(backendEnv());
  });
  after(async () => {
    await world?.close();
  });

  it('takes every channel of the team as the group’s space and relays the group’s item there', async () => {
    const x = Date.now().toString(36);
    const general = `19:team-e-${x}@thread.tacv2`;
    const projects = `19:projects-e-${x}@thread.tacv2`;
    const entraGroupId = randomUUID();
    const eve = await world.teamsPerson('Eve Guest', { locale: 'en', kind: 'guest' });
    world.teams.directory.set(eve.userId, { id: eve.userId, name: 'Eve Guest', email: '' });
    const group = await world.group('Partners E', [[eve, 'member']]);
    await world.relais.core.groups.store.updateGroup(group, {
      space: { teamsTenantId: TENANT, teamsTeamId: entraGroupId },
    });
    // Eve writes in the team's Projects channel: channelData names the team by both its ids
    const inProjects = messageActivity(
      { ...world.teamsScene(eve, 'en-US'), conversation: { id: projects, conversationType: 'channel' } },
      'help',
      { mention: true },
    );
    inProjects.channelData = {
      ...inProjects.channelData,
      team: { id: general, name: 'Team E', aadGroupId: entraGroupId },
      channel: { id: projects, name: 'Projects E' },
    };
    assert.equal((await world.teamsPost(inProjects)).status, 200);
    await until(() => world.relais.core.conversations.get('teams', projects));

    const named = await world.call('POST', '/ambassadors', { body: { personId: eve.person.id } });
    assert.equal(named.status, 201, JSON.stringify(named.body));
    const created = await world.call('POST', '/news', {
      body: {
        variants: { en: { title: 'For partners E', summary: '', body: 'For partners E', buttons: [] } },
        audience: { groups: [group] },
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal((await world.call('POST', `/news/${created.body.id}/publish`, { body: {} })).status, 200);
    const campaign = await world.call('POST', '/relay-campaigns', {
      body: {
        subjectType: 'news',
        subjectId: created.body.id,
        message: { fr: 'Partagez', en: 'Please share' },
        relayDate: '2026-12-09',
        groups: [group],
      },
    });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    const request = await until(() =>
      world.teams
        .sentActivities()
        .find(
          (r) =>
            JSON.stringify(r.body).includes('For partners E') &&
            JSON.stringify(r.body).includes('relay_share'),
        ),
    );
    const card = request.body.attachments[0].content as CardJson;
    const choice = channelChoice(card, 'Projects E');
    assert.ok(choice, 'the channel of the team recorded by its Entra group id is offered');
    const button = executeActionsOf(card).find((a) => a.verb === 'ambassador.relay_share');
    assert.ok(button);
    const shared = await world.teamsPost(
      executeActionActivity(world.teamsScene(eve, 'en-US'), button, {
        inputs: { 'in.relay_channel': choice },
      }),
    );
    assert.doesNotMatch(JSON.stringify(shared.body), /cannot|refus/i, JSON.stringify(shared.body));
    await until(() =>
      world.teams
        .sentActivities()
        .find(
          (r) =>
            (r.path.includes(projects) || r.path.includes(encodeURIComponent(projects))) &&
            JSON.stringify(r.body).includes('For partners E'),
        ),
    );
    const view = await world.call('GET', `/relay-campaigns/${campaign.body.id}`);
    assert.equal((view.body as Json).requests[0].relayedTo.conversationId, projects);
  });
});
