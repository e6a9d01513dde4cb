import assert from 'node:assert/strict';
import { describeServerBackends } from '../../harness/databases.js';
import { DIRECTORY_API_KEY, type RunBody } from '../../harness/directory-world.js';
import { pollUntil } from '../../harness/eventually.js';
import { eventCallback } from '../../harness/slack-signing.js';
import { type SlackWorld, startSlackWorld, TEAM } from '../slack/slack-world.js';

describeServerBackends(
  'Directory: Slack sync through users.list and member events',
  (backendEnv) => {
    let world: SlackWorld | undefined;
    after(async () => {
      await world?.close();
    });

    const call = (path: string, init: RequestInit = {}) =>
      fetch(`${world!.relais.url}/api/v1${path}`, {
        ...init,
        headers: { 'X-Api-Key': DIRECTORY_API_KEY, ...init.headers },
      });
    const person = async (email: string) => {
      const { people } = (await (await call(`/people?q=${encodeURIComponent(email)}`)).json()) as {
        people: Record<string, unknown>[];
      };
      return people.find((p) => p.email === email);
    };
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

    it('pages users.list after a 429, maps guests, leavers and bots, then follows user_change with custom fields', async () => {
      world = await startSlackWorld({
        ...backendEnv(),
        RELAIS_API_KEYS: DIRECTORY_API_KEY,
        DIRECTORY_SOURCES: 'slack',
        DIRECTORY_PAGE_SIZE: '2',
        DIRECTORY_SLACK_DEPARTMENT_FIELD: 'Département',
        DIRECTORY_SLACK_SITE_FIELD: 'site',
      });
      const { fake } = world;
      fake.profileFields = [
        { id: 'Xf01DEPT', label: 'Département' },
        { id: 'Xf02SITE', label: 'Site' },
      ];
      fake
        .addUser({
          id: 'U0GUEST',
          teamId: TEAM,
          realName: 'Gus Guest',
          email: 'gus@partner.example',
          isRestricted: true,
        })
        .addUser({
          id: 'U0LEFT',
          teamId: TEAM,
          realName: 'Left Already',
          email: 'left@example.com',
          deleted: true,
        })
        .addUser({ id: 'U0ROBOT', teamId: TEAM, realName: 'Robot', isBot: true })
        .addUser({ id: 'U0NOMAIL', teamId: TEAM, realName: 'No Mail' });
      fake.rateLimit('users.list', { calls: 1, retryAfterSeconds: 1 });

      const run = await sync();
      assert.equal(run.status, 'succeeded', run.errors.join('; '));
      assert.equal(run.created, 3, 'Amélie, John and the guest');
      assert.deepEqual(run.skippedReasons, { bot: 1, no_address: 1 });
      const lists = fake.callsTo('users.list');
      assert.deepEqual(
        lists.map((c) => c.status),
        [429, 200, 200, 200],
        'the 429 is retried after Retry-After, then pages of 2 follow the cursor',
      );
      assert.ok(lists.every((c) => c.body.include_locale === 'true'));
      assert.equal(fake.callsTo('team.profile.get').length, 1);

      const amelie = (await person('amelie@example.com'))!;
      assert.deepEqual(
        [amelie.displayName, amelie.locale, amelie.timeZone, amelie.kind, amelie.platforms],
        ['Amélie Durand', 'fr', 'Europe/Paris', 'member', ['slack']],
      );
      assert.equal((await person('gus@partner.example'))?.kind, 'guest');
      assert.equal(
        await person('left@example.com'),
        undefined,
        'a deleted account unknown to us makes nobody',
      );

      // user_change carries the custom fields users.list leaves out; a deactivation makes a leaver
      fake.addUser({
        id: 'U0AMELIE',
        teamId: TEAM,
        realName: 'Amélie Durand-Roux',
        email: 'amelie@example.com',
        locale: 'fr-FR',
        tz: 'Europe/Paris',
        fields: { Xf01DEPT: 'Finances', Xf02SITE: 'Lyon' },
      });
      const changed = await world.event(
        eventCallback({
          teamId: TEAM,
          event: { type: 'user_change', user: fake.memberEventUser('U0AMELIE') },
        }),
      );
      assert.equal(changed.status, 200);
      await pollUntil(
        () => person('amelie@example.com'),
        (p) => p?.department === 'Finances',
        { what: 'the user_change to land' },
      );
      const updated = (await person('amelie@example.com'))!;
      assert.deepEqual([updated.displayName, updated.site], ['Amélie Durand-Roux', 'Lyon']);

      fake.addUser({
        id: 'U0JOHN',
        teamId: TEAM,
        realName: 'John Smith',
        email: 'john@example.com',
        deleted: true,
      });
      await world.event(
        eventCallback({ teamId: TEAM, event: { type: 'user_change', user: fake.memberEventUser('U0JOHN') } }),
      );
      await pollUntil(
        () => person('john@example.com'),
        (p) => p?.active === false,
        { what: 'John to become inactive' },
      );
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);
