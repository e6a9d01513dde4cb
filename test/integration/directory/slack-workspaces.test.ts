import assert from 'node:assert/strict';
import { describeServerBackends } from '../../harness/databases.js';
import { DIRECTORY_API_KEY, type RunBody } from '../../harness/directory-world.js';
import { pollUntil } from '../../harness/eventually.js';
import { eventCallback } from '../../harness/slack-signing.js';
import { type SlackWorld, startSlackWorld, TEAM } from '../slack/slack-world.js';

/** A second workspace of the same Enterprise Grid org, and the org's own token. */
const SALES = 'T0SALES';
const GRID = 'E0GRID';
const ORG_TOKEN = 'xoxb-grid-org';

describeServerBackends(
  'Directory: the Slack sync reads several workspaces of one Enterprise Grid org',
  (backendEnv) => {
    let world: SlackWorld | undefined;
    afterEach(async () => {
      await world?.close();
      world = undefined;
    });

    const call = (path: string, init: RequestInit = {}) =>
      fetch(`${world!.relais.url}/api/v1${path}`, {
        ...init,
        headers: { 'X-Api-Key': DIRECTORY_API_KEY, ...init.headers },
      });
    const sync = async () => {
      const started = await call('/directory/sync', { method: 'POST' });
      assert.equal(started.status, 202, await started.clone().text());
      const { id } = (await started.json()) as RunBody;
      return (await pollUntil(
        async () =>
          ((await (await call('/directory/runs')).json()) as { runs: RunBody[] }).runs.find(
            (r) => r.id === id,
          ),
        (run) => run !== undefined && run.status !== 'running',
        { what: 'the Slack sync to end', timeoutMs: 30_000 },
      ))!;
    };
    const slackIdentities = async (email: string) =>
      (await world!.relais.core.people.findByEmail(email))?.identities.filter((i) => i.platform === 'slack');

    it('pages each workspace on its own (a 429 on one), links a member of both once, skips another org', async () => {
      world = await startSlackWorld({
        ...backendEnv(),
        RELAIS_API_KEYS: DIRECTORY_API_KEY,
        DIRECTORY_SOURCES: 'slack',
        DIRECTORY_PAGE_SIZE: '2',
        SLACK_BOT_TOKEN: ORG_TOKEN,
        DIRECTORY_SLACK_TEAMS: `${TEAM}, ${SALES}`,
        DIRECTORY_SLACK_DEPARTMENT_FIELD: 'Department',
      });
      const { fake } = world;
      fake
        .addWorkspace({
          teamId: TEAM,
          botToken: ORG_TOKEN,
          botUserId: 'U0BOT',
          botId: 'B0BOT',
          enterpriseId: GRID,
          orgTeamIds: [TEAM, SALES],
        })
        // one Grid account in both workspaces: the same id in each users.list
        .addUser({
          id: 'W0SHARED',
          teamId: TEAM,
          alsoIn: [SALES],
          enterpriseId: GRID,
          realName: 'Sam Shared',
          email: 'sam@example.com',
        })
        .addUser({
          id: 'W0SALES',
          teamId: SALES,
          enterpriseId: GRID,
          realName: 'Sally Sales',
          email: 'sally@example.com',
        })
        // a member of another Grid org, in a channel shared with Sales
        .addUser({
          id: 'W0OUTSIDE',
          teamId: 'T0PARTNER',
          alsoIn: [SALES],
          enterpriseId: 'E0OTHER',
          realName: 'Olga Outside',
          email: 'olga@partner.example',
        });
      fake.rateLimit('users.list', { calls: 1, retryAfterSeconds: 1, teamId: SALES });

      const run = await sync();
      assert.equal(run.status, 'succeeded', run.errors.join('; '));
      assert.deepEqual(run.sources, ['slack'], 'several workspaces are one source');
      assert.equal(run.created, 4, 'Amélie, John, Sam and Sally');
      assert.deepEqual(run.skippedReasons, { external: 1 });
      assert.equal(run.conflicts, 0, 'Sam found again in Sales is no address conflict');

      const lists = fake.callsTo('users.list');
      const statusesIn = (team: string) => lists.filter((c) => c.body.team_id === team).map((c) => c.status);
      assert.equal(
        lists.length,
        statusesIn(TEAM).length + statusesIn(SALES).length,
        'every call names its team',
      );
      assert.deepEqual(statusesIn(TEAM), [200, 200], 'the first workspace, two pages of 2, never limited');
      assert.deepEqual(statusesIn(SALES), [429, 200, 200], 'Sales waits out its own 429, then pages');
      assert.deepEqual(
        fake.callsTo('team.profile.get').map((c) => c.body.team_id),
        [TEAM, SALES],
        'each workspace’s own profile fields, asked once',
      );

      assert.deepEqual(
        (await slackIdentities('sam@example.com'))?.map((i) => [i.tenantId, i.userId]),
        [[TEAM, 'W0SHARED']],
        'one identity, under the workspace Sam was first found in',
      );
      assert.deepEqual(
        (await slackIdentities('sally@example.com'))?.map((i) => [i.tenantId, i.userId]),
        [[SALES, 'W0SALES']],
        'an identity keeps its own workspace',
      );
      assert.equal(await world.relais.core.people.findByEmail('olga@partner.example'), undefined);

      // a second round finds everyone known: nothing created, still one identity each
      const again = await sync();
      assert.equal(again.status, 'succeeded', again.errors.join('; '));
      assert.deepEqual([again.created, again.conflicts], [0, 0]);
      assert.equal((await slackIdentities('sam@example.com'))?.length, 1);

      // an event from either listed workspace keeps the person current; another workspace's is ignored
      fake.addUser({
        id: 'W0SHARED',
        teamId: TEAM,
        alsoIn: [SALES],
        enterpriseId: GRID,
        realName: 'Sam Shared-Moreau',
        email: 'sam@example.com',
      });
      const changed = await world.event(
        eventCallback({
          teamId: SALES,
          enterpriseId: GRID,
          event: { type: 'user_change', user: fake.memberEventUser('W0SHARED') },
        }),
      );
      assert.equal(changed.status, 200);
      await pollUntil(
        () => world!.relais.core.people.findByEmail('sam@example.com'),
        (p) => p?.displayName === 'Sam Shared-Moreau',
        { what: 'the user_change from Sales to land' },
      );
      assert.equal((await slackIdentities('sam@example.com'))?.length, 1, 'still linked once');
    });

    it('a workspace still limited after its retries stops alone: the others land, the next run reads it', async () => {
      world = await startSlackWorld({
        ...backendEnv(),
        RELAIS_API_KEYS: DIRECTORY_API_KEY,
        DIRECTORY_SOURCES: 'slack',
        DIRECTORY_MAX_RETRIES: '0',
        SLACK_BOT_TOKEN: ORG_TOKEN,
        DIRECTORY_SLACK_TEAMS: `${SALES},${TEAM}`,
      });
      const { fake } = world;
      fake
        .addWorkspace({
          teamId: TEAM,
          botToken: ORG_TOKEN,
          botUserId: 'U0BOT',
          botId: 'B0BOT',
          enterpriseId: GRID,
          orgTeamIds: [TEAM, SALES],
        })
        // people of their own: this block's tests share one PostgreSQL schema
        .addUser({
          id: 'W0TINA',
          teamId: TEAM,
          enterpriseId: GRID,
          realName: 'Tina',
          email: 'tina@example.com',
        })
        .addUser({
          id: 'W0SASHA',
          teamId: SALES,
          enterpriseId: GRID,
          realName: 'Sasha',
          email: 'sasha@example.com',
        });
      fake.rateLimit('users.list', { calls: 1, retryAfterSeconds: 1, teamId: SALES });

      const first = await sync();
      assert.equal(first.status, 'failed');
      assert.deepEqual(first.errors, [`Slack workspace ${SALES}: Slack users.list answered HTTP 429`]);
      assert.ok(await world.relais.core.people.findByEmail('tina@example.com'), 'read after Sales stopped');
      assert.equal(await world.relais.core.people.findByEmail('sasha@example.com'), undefined);

      const second = await sync();
      assert.equal(second.status, 'succeeded', second.errors.join('; '));
      assert.ok(await world.relais.core.people.findByEmail('sasha@example.com'));
    });

    it('stops with the setting to fix when the token is one workspace’s, not the org’s', async () => {
      world = await startSlackWorld({
        ...backendEnv(),
        RELAIS_API_KEYS: DIRECTORY_API_KEY,
        DIRECTORY_SOURCES: 'slack',
        DIRECTORY_SLACK_TEAMS: `${TEAM},${SALES}`,
      });
      const run = await sync();
      assert.equal(run.status, 'failed');
      assert.equal(run.errors.length, 2, 'each workspace says so');
      for (const [i, team] of [TEAM, SALES].entries())
        assert.match(run.errors[i], new RegExp(`^Slack workspace ${team}: DIRECTORY_SLACK_TEAMS needs`));
      assert.equal(world.fake.callsTo('users.list').length, 0, 'nothing read under another name');
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);
