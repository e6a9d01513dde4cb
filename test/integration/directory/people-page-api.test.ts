/**
 * What the console's People page reads: GET /directory/people with every filter (department,
 * site, member or guest, reach, source) and paging, GET /people/{id}/reach with each platform's
 * reason, GET /directory/facets, and the CSV import's dry run telling what each line would do
 * with nothing written. People come from an HR file, Entra ID (the fake Graph) and first contacts
 * on Teams and Slack.
 */
import assert from 'node:assert/strict';
import { describeServerBackends } from '../../harness/databases.js';
import { type DirectoryWorld, startDirectoryWorld } from '../../harness/directory-world.js';

type Row = {
  id: string;
  displayName: string;
  email: string;
  reach: { teams: boolean; slack: boolean };
  sources: string[];
};

describeServerBackends(
  'Directory: the People page’s list, reach and import dry run',
  (backendEnv) => {
    let world: DirectoryWorld;
    before(async () => {
      world = await startDirectoryWorld(backendEnv());
      const w = world;
      const at = (name: string) => `${name}@${w.domain}`;
      const csv = [
        'email,name,department,site,kind,active,manager',
        `${at('ana')},Ana Arnaud,Finances,Paris,member,true,`,
        `${at('ben')},Ben Bernard,Finances,Lyon,member,true,${at('ana')}`,
        `${at('chloe')},Chloé Caron,Ventes,Paris,guest,true,`,
        `${at('dan')},Dan Durand,Ventes,Lyon,member,false,`,
      ].join('\n');
      const imported = await w.call('/people/import', {
        method: 'POST',
        body: csv,
        headers: { 'Content-Type': 'text/csv' },
      });
      assert.equal(imported.status, 200, await imported.clone().text());
      w.graph.setUser({
        id: 'obj-ana',
        userPrincipalName: at('ana'),
        mail: at('ana'),
        displayName: 'Ana Arnaud',
      });
      w.graph.setUser({
        id: 'obj-eve',
        userPrincipalName: at('eve'),
        mail: at('eve'),
        displayName: 'Eve Entra',
        managerId: 'obj-ana',
      });
      const run = await w.sync();
      assert.equal(run.status, 'succeeded', run.errors.join('; '));
      // first contacts: Ana on Teams and Slack, Ben on Slack
      const { people } = w.relais.core;
      await people.learn(
        { platform: 'teams', tenantId: w.tenantId, userId: '29:ana', aadObjectId: 'obj-ana' },
        { email: at('ana'), displayName: 'Ana Arnaud', kind: 'member' },
      );
      for (const name of ['ana', 'ben'])
        await people.learn(
          { platform: 'slack', tenantId: 'T-PEOPLE', userId: `U-${name}` },
          { email: at(name), displayName: name, kind: 'member' },
        );
    });
    after(async () => {
      await world?.close();
    });

    const list = async (query: string) => {
      const res = await world.call(`/directory/people?${query}`);
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as { people: Row[]; total: number };
    };
    const names = async (query: string) => (await list(query)).people.map((p) => p.displayName);

    it('filters by reach: Teams, Slack, both or neither (a deactivated person is reached nowhere)', async () => {
      assert.deepEqual(await names('reach=both'), ['Ana Arnaud']);
      assert.deepEqual(await names('reach=teams'), ['Ana Arnaud']);
      assert.deepEqual(await names('reach=slack'), ['Ana Arnaud', 'Ben Bernard']);
      assert.deepEqual(await names('reach=none'), ['Chloé Caron', 'Dan Durand', 'Eve Entra']);
      const [ana] = (await list('q=arnaud')).people;
      assert.deepEqual(ana.reach, { teams: true, slack: true });
      assert.deepEqual(ana.sources, ['entra', 'hr']);
    });

    it('filters by source, department, site, kind and active, and pages with the total', async () => {
      assert.deepEqual(await names('source=entra'), ['Ana Arnaud', 'Eve Entra']);
      assert.deepEqual(await names('source=hr&department=Finances'), ['Ana Arnaud', 'Ben Bernard']);
      assert.deepEqual(await names('site=Paris'), ['Ana Arnaud', 'Chloé Caron']);
      assert.deepEqual(await names('kind=guest'), ['Chloé Caron']);
      assert.deepEqual(await names('active=false'), ['Dan Durand']);
      assert.deepEqual(await names('q=chloe'), ['Chloé Caron'], 'accents ignored');
      const page = await list('limit=2&offset=2');
      assert.equal(page.total, 5);
      assert.deepEqual(
        page.people.map((p) => p.displayName),
        ['Chloé Caron', 'Dan Durand'],
      );
      const facets = (await (await world.call('/directory/facets')).json()) as Record<string, string[]>;
      assert.deepEqual(facets, { departments: ['Finances', 'Ventes'], sites: ['Lyon', 'Paris'] });
    });

    it('tells each person’s reach per platform with its reason', async () => {
      const reachOf = async (email: string) => {
        const [person] = (await list(`q=${encodeURIComponent(email)}`)).people;
        const res = await world.call(`/people/${person.id}/reach`);
        assert.equal(res.status, 200);
        const { reach } = (await res.json()) as {
          reach: { platform: string; status: string; reason: string }[];
        };
        return reach.map((r) => `${r.platform} ${r.status} ${r.reason}`);
      };
      assert.deepEqual(await reachOf(`ana@${world.domain}`), ['teams reachable met', 'slack reachable dm']);
      assert.deepEqual(await reachOf(`eve@${world.domain}`), [
        'teams unreachable not_installed',
        'slack unreachable no_account',
      ]);
      assert.deepEqual(await reachOf(`dan@${world.domain}`), [
        'teams unreachable deactivated',
        'slack unreachable deactivated',
      ]);
      assert.equal((await world.call('/people/nobody/reach')).status, 404);
    });

    it('names each person’s manager (from the HR file or Entra ID) with a link to them, not an id', async () => {
      const idOf = async (name: string) => (await list(`q=${name}`)).people[0]!.id;
      const [ana, ben, eve, chloe] = await Promise.all(['ana', 'ben', 'eve', 'chloe'].map(idOf));
      const person = async (id: string) => {
        const res = await world.call(`/people/${id}`);
        assert.equal(res.status, 200, await res.clone().text());
        return (await res.json()) as { managerId: string | null; manager: unknown };
      };
      const managerValues = async (id: string) => {
        const res = await world.call(`/people/${id}/sources`);
        assert.equal(res.status, 200, await res.clone().text());
        const { sources } = (await res.json()) as {
          sources: { source: string; field: string; value: string; person: unknown }[];
        };
        return sources.filter((s) => s.field === 'manager').map((s) => [s.source, s.value, s.person]);
      };
      const anaNamed = { id: ana, displayName: 'Ana Arnaud' };
      const benView = await person(ben!);
      assert.deepEqual([benView.managerId, benView.manager], [ana, anaNamed]);
      assert.deepEqual(await managerValues(ben!), [['hr', ana, anaNamed]], 'the HR file’s person id, named');
      assert.deepEqual((await person(eve!)).manager, anaNamed, 'Entra’s manager, linked after the round');
      assert.deepEqual(
        await managerValues(eve!),
        [['entra', 'obj-ana', anaNamed]],
        'the Entra object id, named',
      );
      assert.equal((await person(chloe!)).manager, null);
    });

    it('refuses a filter it does not know with a 400 and a stable code', async () => {
      for (const query of ['reach=pigeon', 'source=ldap', 'limit=500', 'offset=-1']) {
        const res = await world.call(`/directory/people?${query}`);
        assert.equal(res.status, 400, query);
        assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'validation_failed');
      }
    });

    it('a dry-run import tells what each line would do and writes nothing', async () => {
      const at = (name: string) => `${name}@${world.domain}`;
      const csv = [
        'email,name,department',
        `${at('ana')},Ana Arnaud,Audit`,
        `${at('fanny')},Fanny Fournier,Audit`,
        'not-an-address,Nobody,Audit',
      ].join('\n');
      const res = await world.call('/people/import?dryRun=true', {
        method: 'POST',
        body: csv,
        headers: { 'Content-Type': 'text/csv' },
      });
      assert.equal(res.status, 200);
      const report = (await res.json()) as {
        created: number;
        updated: number;
        rejected: number;
        dryRun: boolean;
        lines: { line: number; email: string; action: string }[];
        errors: { line: number }[];
      };
      assert.equal(report.dryRun, true);
      assert.deepEqual([report.created, report.updated, report.rejected], [1, 1, 1]);
      assert.deepEqual(report.lines, [
        { line: 2, email: at('ana'), action: 'update' },
        { line: 3, email: at('fanny'), action: 'create' },
      ]);
      assert.deepEqual(
        report.errors.map((e) => e.line),
        [4],
      );
      assert.deepEqual(await names('q=fanny'), [], 'nobody created');
      assert.deepEqual(await names('department=Audit'), [], 'nobody updated');
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);
