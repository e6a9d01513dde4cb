import assert from 'node:assert/strict';
import { describeServerBackends } from '../../harness/databases.js';
import { type DirectoryWorld, startDirectoryWorld } from '../../harness/directory-world.js';
import { startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { installationUpdateActivity, postActivity, teamsUser } from '../../harness/teams-activities.js';

describeServerBackends(
  'Directory: one person fed by the HR file and Entra ID',
  (backendEnv) => {
    let world: DirectoryWorld | undefined;
    afterEach(async () => {
      await world?.close();
      world = undefined;
    });

    const importCsv = async (w: DirectoryWorld, csv: string) => {
      const res = await w.call('/people/import', {
        method: 'POST',
        body: csv,
        headers: { 'Content-Type': 'text/csv' },
      });
      assert.equal(res.status, 200, await res.clone().text());
      return res.json();
    };

    it('keeps each source’s value and shows the winner: HR for department, site and start date, Entra for the name', async () => {
      world = await startDirectoryWorld(backendEnv());
      const w = world;
      const email = `camille@${w.domain}`;
      await importCsv(
        w,
        `email,name,department,site,start_date\n${email},Camille (RH),Comptabilité,Paris,2030-01-05\n`,
      );
      w.graph.setUser({
        id: 'obj-camille',
        userPrincipalName: email,
        mail: email.toUpperCase(),
        displayName: 'Camille Martin',
        department: 'Finances',
        officeLocation: 'Lyon',
      });
      const run = await w.sync();
      assert.equal(run.status, 'succeeded', run.errors.join('; '));
      assert.deepEqual(
        [run.created, run.updated],
        [0, 1],
        'linked to the imported person by the trusted address',
      );
      const person = (await w.person(email))!;
      assert.deepEqual(
        [person.displayName, person.department, person.site, person.startDate],
        ['Camille Martin', 'Comptabilité', 'Paris', '2030-01-05'],
      );
      const { sources } = (await (await w.call(`/people/${person.id}/sources`)).json()) as {
        sources: { source: string; field: string; value: string }[];
      };
      const of = (source: string, field: string) =>
        sources.find((s) => s.source === source && s.field === field)?.value;
      assert.equal(of('hr', 'department'), 'Comptabilité');
      assert.equal(of('entra', 'department'), 'Finances');
      assert.equal(of('entra', 'display_name'), 'Camille Martin');

      // a later import does not take the name back from Entra, and still sets the department
      await importCsv(w, `email,name,department\n${email},Camille (RH bis),Audit\n`);
      const again = (await w.person(email))!;
      assert.deepEqual([again.displayName, again.department], ['Camille Martin', 'Audit']);
    });

    it('knows a synced person when they first open the bot on Teams, by their object id, not by an address', async () => {
      const connector = await startFakeTeamsConnector();
      try {
        world = await startDirectoryWorld(backendEnv(), { TEAMS_SERVICE_URL: connector.url });
        const w = world;
        const user = teamsUser('Inès Moreau');
        const email = `ines@${w.domain}`;
        w.graph.setUser({
          id: user.aadObjectId,
          userPrincipalName: email,
          mail: email,
          displayName: 'Inès Moreau',
        });
        await w.sync();
        const synced = (await w.person(email))!;
        assert.deepEqual(synced.platforms, [], 'known, not yet reached on any chat platform');
        // the connector gives no address: the object id alone links the Teams account
        connector.directory.set(user.id, { id: user.id, name: user.name });
        const scene = { serviceUrl: connector.url, tenantId: w.tenantId, user };
        assert.equal(
          (await postActivity(w.relais.url, installationUpdateActivity(scene, 'add'))).status,
          200,
        );
        const after = (await w.person(email))!;
        assert.equal(after.id, synced.id);
        assert.deepEqual(after.platforms, ['teams']);
        const { total } = (await (await w.call(`/people?q=${encodeURIComponent('Inès')}`)).json()) as {
          total: number;
        };
        assert.equal(total, 1);
      } finally {
        await world?.close();
        world = undefined;
        await connector.close();
      }
    });

    it('records an address claimed by two accounts, or by a guest account, as a conflict and merges neither', async () => {
      world = await startDirectoryWorld(backendEnv());
      const w = world;
      const shared = `desk@${w.domain}`;
      const member = `nora@${w.domain}`;
      await importCsv(w, `email,name\n${member},Nora\n`);
      w.graph.setUser({
        id: 'obj-a',
        userPrincipalName: `a@${w.domain}`,
        mail: shared,
        displayName: 'Desk A',
      });
      w.graph.setUser({
        id: 'obj-b',
        userPrincipalName: `b@${w.domain}`,
        mail: shared,
        displayName: 'Desk B',
      });
      w.graph.setUser({
        id: 'obj-guest',
        userPrincipalName: `nora_partner#EXT#@${w.domain}`,
        mail: member,
        displayName: 'Nora (partner)',
        userType: 'Guest',
      });
      const run = await w.sync();
      assert.equal(run.status, 'succeeded', run.errors.join('; '));
      assert.equal(run.created, 1);
      assert.equal(run.conflicts, 2);
      const { conflicts } = (await (await w.call('/directory/conflicts')).json()) as {
        conflicts: { kind: string; subject: string; detail: Record<string, unknown> }[];
      };
      const subjects = conflicts.map((c) => c.subject).sort();
      assert.deepEqual(subjects, [`${w.tenantId}:obj-b`, `${w.tenantId}:obj-guest`]);
      assert.equal((await w.person(shared))?.displayName, 'Desk A');
      const nora = (await w.person(member))!;
      assert.deepEqual(
        [nora.displayName, nora.kind],
        ['Nora', 'member'],
        'the member is not merged with the guest',
      );

      // the same conflicts seen again are the same entries, not new ones
      w.graph.setUser({ ...w.graph.user('obj-b')!, displayName: 'Desk B again' });
      await w.sync();
      const later = (await (await w.call('/directory/conflicts')).json()) as { conflicts: unknown[] };
      assert.equal(later.conflicts.length, 2);
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);
