/**
 * Tours reach people known only from the directory, over HTTP: with the Teams proactive install
 * on, a tour step due for someone with an Entra account the bot never met on Teams installs the
 * app first (fake Graph installedApps, then the chat lookup) inside its pacer slot and posts the
 * step into the chat Graph gave back (fake connector), instead of waiting for a first contact. An
 * install Graph refuses leaves the step pending, with the platform's reason in the person's reach.
 * SQLite, and PostgreSQL + Redis.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { entraDirectoryEnv } from '../../harness/directory-world.js';
import { FakeGraph } from '../../harness/fake-graph.js';
import {
  API_KEY,
  describeNewsBackends,
  type NewsWorld,
  startNewsWorld,
  TENANT,
  until,
} from '../news/news-world.js';

// biome-ignore lint/suspicious/noExplicitAny: API answers are read as the tests need them
type Json = any;

describeNewsBackends(
  'Directory: a tour step installs first for someone known only from Entra',
  (backendEnv) => {
    let world: NewsWorld | undefined;
    let graph: FakeGraph | undefined;
    afterEach(async () => {
      await world?.close();
      await graph?.close();
      world = undefined;
      graph = undefined;
    });

    it('installs, then posts the step into the chat Graph gave; a refused install keeps the step pending with its reason', async function () {
      this.timeout(60_000);
      graph = await new FakeGraph({ tenantId: TENANT }).start();
      const g = graph;
      world = await startNewsWorldWithInstall(backendEnv(), g);
      const w = world;
      const tag = randomBytes(3).toString('hex');
      // known from a tab sign-in (an Entra account), never synced and never met on Teams
      const entraOnly = async (name: string) => {
        const aad = `obj-${name}-${tag}`;
        g.setUser({ id: aad, userPrincipalName: `${name}-${tag}@tour.example` });
        const person = await w.relais.core.people.signIn({
          tenantId: TENANT,
          aadObjectId: aad,
          displayName: name,
        });
        return { id: person.id, aad };
      };
      const gus = await entraOnly('gus');
      const hal = await entraOnly('hal');
      g.installAnswers.set(hal.aad, 403);

      const created = await w.api('POST', '/tours', {
        body: {
          name: `Entra tour ${tag}`,
          description: '',
          status: 'active',
          audience: { who: 'everyone' },
          triggers: ['manual'],
          steps: [
            {
              key: 'hello',
              schedule: 'first contact',
              content: {
                fr: { title: `Bienvenue ${tag}`, text: 'Premier pas.' },
                en: { title: `Welcome ${tag}`, text: 'First step.' },
              },
            },
          ],
        },
      });
      assert.equal(created.status, 201, await created.clone().text());
      const tour = (await created.json()) as Json;
      for (const person of [gus, hal]) {
        const started = await w.api('POST', `/tours/${tour.id}/start`, { body: { personId: person.id } });
        assert.equal(started.status, 200, await started.clone().text());
      }

      const chat = `19:${gus.aad}_relais@unq.gbl.spaces`;
      const posted = await until(
        async () =>
          w.teams
            .sentActivities()
            .find((r) => decodeURIComponent(r.path).includes(chat) && r.body?.type === 'message'),
        { what: 'the step posted into the chat Graph gave back', timeoutMs: 20_000 },
      );
      assert.ok(JSON.stringify(posted.body).includes(tag), 'the tour step’s card');
      const installs = () => g.requestsTo('/teamwork/installedApps').filter((r) => r.method === 'POST');
      await until(async () => installs().length === 2 || undefined, { what: 'both installs tried' });

      const stepState = async (personId: string) => {
        const { rows } = await sql<{ state: string }>`
          select s.state from journey_steps s join journeys j on j.id = s.journey_id
          where j.person_id = ${personId} and j.tour_id = ${tour.id}
        `.execute(w.relais.core.store.db);
        return rows[0]?.state;
      };
      await until(async () => ((await stepState(gus.id)) === 'sent' ? true : undefined), {
        what: 'Gus’s step recorded sent',
      });
      const halReach = await until(async () => {
        const view = (await (await w.api('GET', `/people/${hal.id}/reach`)).json()) as Json;
        return view.reach[0].status === 'unreachable' ? view.reach[0] : undefined;
      });
      assert.match(halReach.reason, /^install_refused: 403/);
      assert.equal(await stepState(hal.id), 'pending', 'not delivered: waits, is not marked sent');
      assert.equal(
        w.teams.sentActivities().filter((r) => decodeURIComponent(r.path).includes(hal.aad)).length,
        0,
        'nothing posted for the refused one',
      );
      assert.deepEqual(
        installs()
          .map((r) => r.path)
          .sort(),
        [
          `/v1.0/users/${gus.aad}/teamwork/installedApps`,
          `/v1.0/users/${hal.aad}/teamwork/installedApps`,
        ].sort(),
        'one install each',
      );
      const gusReach = (await (await w.api('GET', `/people/${gus.id}/reach`)).json()) as Json;
      assert.deepEqual([gusReach.reach[0].status, gusReach.reach[0].reason], ['reachable', 'installed']);
    });
  },
);

/** a news world (the whole server) whose Graph tenant is its Teams tenant, the install on */
function startNewsWorldWithInstall(env: Record<string, string>, g: FakeGraph): Promise<NewsWorld> {
  return startNewsWorld(env, {
    ...entraDirectoryEnv(g),
    RELAIS_API_KEYS: API_KEY,
    DIRECTORY_SOURCES: 'entra',
    TEAMS_PROACTIVE_INSTALL: '1',
    TEAMS_CATALOG_APP_ID: 'catalog-relais',
  });
}
