import assert from 'node:assert/strict';
import { describeServerBackends } from '../../harness/databases.js';
import { type DirectoryWorld, startDirectoryWorld } from '../../harness/directory-world.js';
import type { FakeGraphUser } from '../../harness/fake-graph.js';

describeServerBackends(
  'Directory: Entra ID sync through Graph users/delta',
  (backendEnv) => {
    let world: DirectoryWorld | undefined;
    afterEach(async () => {
      await world?.close();
      world = undefined;
    });

    const users = (w: DirectoryWorld, count: number, extra: Partial<FakeGraphUser> = {}): FakeGraphUser[] =>
      Array.from({ length: count }, (_, i) => ({
        id: `u-${String(i).padStart(4, '0')}`,
        userPrincipalName: `user${i}@${w.domain}`,
        mail: `User${i}@${w.domain}`,
        displayName: `User ${i}`,
        department: 'Finances',
        officeLocation: 'Lyon',
        city: 'Villeurbanne',
        preferredLanguage: 'en-GB',
        ...extra,
      }));

    it('reads every page, then only the changes from the deltaLink; guests, leavers and removed users', async () => {
      world = await startDirectoryWorld(backendEnv(), { DIRECTORY_PAGE_SIZE: '3' });
      const w = world;
      w.graph.pageSize = 3;
      for (const user of users(w, 7)) w.graph.setUser(user);
      w.graph.setUser({
        id: 'g-1',
        userPrincipalName: `guest_x#EXT#@${w.domain}`,
        mail: `guest@partner.example`,
        displayName: 'Gina Guest',
        userType: 'Guest',
      });
      // a manager named before their own page comes (pages of 3, sorted by id)
      w.graph.setUser({ ...users(w, 1)[0], managerId: 'u-0006' });
      w.graph.setUser({
        id: 'd-1',
        userPrincipalName: `gone@${w.domain}`,
        mail: `gone@${w.domain}`,
        displayName: 'Gone Already',
        accountEnabled: false,
      });

      const first = await w.sync();
      assert.equal(first.status, 'succeeded', first.errors.join('; '));
      assert.equal(first.created, 9);
      assert.equal(first.pages, 3);
      const calls = w.graph.requestsTo('/users/delta');
      assert.equal(calls.length, 3);
      assert.match(
        calls[0].query.$select,
        /^id,userPrincipalName,mail,displayName,department,officeLocation,city,preferredLanguage,userType,accountEnabled/,
      );
      assert.ok(calls[1].query.$skiptoken && calls[2].query.$skiptoken, 'later pages follow the nextLink');
      assert.equal(w.graph.requestsTo('/oauth2/v2.0/token').length, 1, 'MSAL caches the app-only token');

      const user0 = await w.person(`user0@${w.domain}`);
      assert.deepEqual(
        [user0?.displayName, user0?.department, user0?.site, user0?.locale, user0?.kind, user0?.active],
        ['User 0', 'Finances', 'Lyon', 'en', 'member', true],
      );
      assert.equal((await w.person('guest@partner.example'))?.kind, 'guest');
      assert.equal(
        user0?.managerId,
        (await w.person(`user6@${w.domain}`))?.id,
        'the manager, linked once every page is in',
      );
      assert.equal((await w.person(`gone@${w.domain}`))?.active, false);

      w.graph.reset();
      w.graph.setUser({ ...users(w, 2)[1], department: 'Ventes' });
      w.graph.removeUser('u-0002');
      w.graph.setUser({ ...users(w, 4)[3], accountEnabled: false });
      const second = await w.sync();
      assert.equal(second.status, 'succeeded', second.errors.join('; '));
      assert.deepEqual([second.seen, second.created, second.updated, second.deactivated], [3, 0, 1, 2]);
      const deltaCalls = w.graph.requestsTo('/users/delta');
      assert.equal(deltaCalls.length, 1);
      assert.ok(deltaCalls[0].query.$deltatoken, 'a later run starts from the stored deltaLink');
      assert.equal((await w.person(`user1@${w.domain}`))?.department, 'Ventes');
      assert.equal(
        (await w.person(`user2@${w.domain}`))?.active,
        false,
        'a removed user is a leaver, not deleted',
      );
      assert.equal((await w.person(`user3@${w.domain}`))?.active, false);
      assert.equal((await w.person(`user4@${w.domain}`))?.active, true);
    });

    it('a run stopped mid-sync resumes from the stored cursor, and nothing is deleted on a partial run', async () => {
      world = await startDirectoryWorld(backendEnv(), {
        DIRECTORY_PAGE_SIZE: '2',
        DIRECTORY_MAX_RETRIES: '0',
      });
      const w = world;
      w.graph.pageSize = 2;
      for (const user of users(w, 6)) w.graph.setUser(user);
      await w.sync();
      w.graph.reset();
      for (const user of users(w, 6, { department: 'Achats' })) w.graph.setUser(user);
      w.graph.setUser({
        id: 'u-9999',
        userPrincipalName: `late@${w.domain}`,
        mail: `late@${w.domain}`,
        displayName: 'Late',
      });
      // the second page of the delta round fails: the run stops there
      w.graph.fail('/users/delta', { status: 503, when: 'skiptoken' });
      const stopped = await w.sync();
      assert.equal(stopped.status, 'failed');
      assert.equal(stopped.pages, 1);
      assert.match(stopped.errors.join(' '), /users\/delta failed: 503/);
      const { people } = (await (await w.call(`/people?q=${w.domain}&limit=50`)).json()) as {
        people: { active: boolean }[];
      };
      assert.equal(people.length, 6);
      assert.ok(
        people.every((p) => p.active),
        'people absent from a partial run stay active',
      );

      w.graph.reset();
      const resumed = await w.sync();
      assert.equal(resumed.status, 'succeeded', resumed.errors.join('; '));
      const [firstCall] = w.graph.requestsTo('/users/delta');
      assert.ok(firstCall.query.$skiptoken, 'the run resumes at the page that failed, not from the start');
      assert.equal(resumed.created, 1);
      const after = (await (await w.call(`/people?q=${w.domain}&limit=50`)).json()) as {
        people: { displayName: string; department: string | null }[];
        total: number;
      };
      assert.equal(after.total, 7, 'nobody twice');
      assert.deepEqual(
        after.people.filter((p) => p.displayName !== 'Late').map((p) => p.department),
        Array(6).fill('Achats'),
      );
    });

    it('retries 429 after Retry-After; skips a user without address and a malformed one, counting why', async () => {
      world = await startDirectoryWorld(backendEnv());
      const w = world;
      for (const user of users(w, 2)) w.graph.setUser(user);
      w.graph.setUser({
        id: 'no-mail',
        userPrincipalName: `nomail@${w.domain}`,
        mail: null,
        displayName: 'No Mail',
      });
      w.graph.setUser({
        id: 'odd',
        userPrincipalName: `odd@${w.domain}`,
        mail: `odd@${w.domain}`,
        userType: 'Robot' as 'Member',
      });
      w.graph.fail('/users/delta', { status: 429, retryAfter: 1 });
      const run = await w.sync();
      assert.equal(run.status, 'succeeded', run.errors.join('; '));
      const calls = w.graph.requestsTo('/users/delta');
      assert.deepEqual(
        calls.map((c) => c.status),
        [429, 200],
      );
      assert.equal(run.created, 2);
      assert.deepEqual(run.skippedReasons, { no_address: 1, malformed: 1 });
    });

    it('stops with the setting or the permission to fix', async () => {
      world = await startDirectoryWorld(backendEnv(), { DIRECTORY_CLIENT_SECRET: 'wrong' });
      const badSecret = await world.sync();
      assert.equal(badSecret.status, 'failed');
      assert.match(badSecret.errors[0], /DIRECTORY_CLIENT_SECRET/);
      assert.equal(world.graph.requestsTo('/users/delta').length, 0);
      await world.close();

      world = await startDirectoryWorld(backendEnv());
      world.graph.permissions.delete('User.Read.All');
      const noPermission = await world.sync();
      assert.equal(noPermission.status, 'failed');
      assert.match(noPermission.errors[0], /User\.Read\.All/);
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);
