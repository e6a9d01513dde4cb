import assert from 'node:assert/strict';
import { describeServerBackends } from '../../harness/databases.js';
import { type DirectoryWorld, startDirectoryWorld } from '../../harness/directory-world.js';
import { pollUntil } from '../../harness/eventually.js';

describeServerBackends(
  'Directory: Teams proactive install through Graph installedApps',
  (backendEnv) => {
    let world: DirectoryWorld | undefined;
    afterEach(async () => {
      await world?.close();
      world = undefined;
    });

    const reachOf = async (w: DirectoryWorld, email: string) => {
      const person = (await w.person(email))!;
      const { reach } = (await (await w.call(`/people/${person.id}/reach`)).json()) as {
        reach: { platform: string; status: string; reason: string; updatedAt: string | null }[];
      };
      return reach.filter((r) => r.platform === 'teams');
    };

    it('installs Relais for synced people and records each one’s reach with the platform’s reason', async () => {
      world = await startDirectoryWorld(backendEnv(), {
        TEAMS_PROACTIVE_INSTALL: '1',
        TEAMS_CATALOG_APP_ID: 'catalog-relais',
      });
      const w = world;
      const people = { fresh: 201, already: 409, blocked: 403, missing: 404 } as const;
      for (const [name, answer] of Object.entries(people)) {
        w.graph.setUser({
          id: `obj-${name}`,
          userPrincipalName: `${name}@${w.domain}`,
          mail: `${name}@${w.domain}`,
        });
        if (answer !== 201) w.graph.installAnswers.set(`obj-${name}`, answer);
      }
      const run = await w.sync();
      assert.equal(run.status, 'succeeded', run.errors.join('; '));
      const installs = () => w.graph.requestsTo('/teamwork/installedApps').filter((r) => r.method === 'POST');
      await pollUntil(
        () => installs().length,
        (n) => n === 4,
        { what: 'one install per person' },
      );
      const posts = installs();
      assert.deepEqual(posts[0].body, {
        'teamsApp@odata.bind': `${w.graph.graphUrl}/appCatalogs/teamsApps/catalog-relais`,
      });
      const reach = await pollUntil(
        async () => Promise.all(Object.keys(people).map((name) => reachOf(w, `${name}@${w.domain}`))),
        (all) => all.every(([teams]) => teams?.status !== 'pending'),
        { what: 'every reach recorded' },
      );
      const [fresh, already, blocked, missing] = reach.map(([r]) => r);
      assert.deepEqual([fresh.status, fresh.reason], ['reachable', 'installed']);
      assert.deepEqual([already.status, already.reason], ['reachable', 'already_installed']);
      assert.equal(blocked.status, 'unreachable');
      assert.match(blocked.reason, /^install_refused: 403/);
      assert.equal(missing.status, 'unreachable');
      assert.match(missing.reason, /^not_found: 404/);

      // the next run tries again only those not reachable yet
      w.graph.reset();
      w.graph.installAnswers.delete('obj-blocked');
      await w.sync();
      await pollUntil(
        () => installs().filter((r) => r.status > 0).length,
        (n) => n === 2,
        { what: 'the two installs not reachable yet to be tried again' },
      );
      await pollUntil(
        async () => (await reachOf(w, `blocked@${w.domain}`))[0],
        (r) => r.status === 'reachable',
        { what: 'the blocked person to be reachable' },
      );
      const retried = installs()
        .map((r) => r.path)
        .sort();
      assert.deepEqual(retried, [
        '/v1.0/users/obj-blocked/teamwork/installedApps',
        '/v1.0/users/obj-missing/teamwork/installedApps',
      ]);
    });

    it('installs nothing without TEAMS_PROACTIVE_INSTALL', async () => {
      world = await startDirectoryWorld(backendEnv());
      world.graph.setUser({ id: 'obj-x', userPrincipalName: `x@${world.domain}`, mail: `x@${world.domain}` });
      await world.sync();
      assert.equal(world.graph.requests.filter((r) => r.path.includes('/teamwork/')).length, 0);
      const [teams] = await reachOf(world, `x@${world.domain}`);
      assert.deepEqual([teams?.status, teams?.reason], ['unreachable', 'not_installed']);
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);
