/**
 * Roles from the console's session: only an administrator grants and revokes (enforced in the
 * core whatever the way in), each grant and revocation is one event in the log, and the last
 * administrator keeps the admin role.
 */
import assert from 'node:assert/strict';
import { describeServerBackends } from '../../harness/databases.js';
import type { SigninBrowser } from '../../harness/signin-browser.js';
import { type SigninWorld, startSigninWorld, TENANT } from './signin-world.js';

describeServerBackends(
  'roles from a console session',
  (backendEnv) => {
    let world: SigninWorld;
    before(async () => {
      world = await startSigninWorld(backendEnv());
    });
    after(async () => {
      await world?.close();
    });

    const signedIn = async (oid: string, roles: ('admin' | 'communicator')[] = []) => {
      const id = await world.entraPerson(oid, oid, roles);
      world.entra.accounts.set(oid, { tid: TENANT, oid });
      const browser = world.browser();
      const { callback } = await browser.signIn(`${world.relais.url}/auth/entra/login`, oid);
      assert.equal(callback.status, 303);
      const csrf = JSON.parse((await browser.request(`${world.relais.url}/auth/session`)).body)
        .csrfToken as string;
      return { id, browser, csrf };
    };
    const putRoles = (who: { browser: SigninBrowser; csrf: string }, personId: string, roles: unknown[]) =>
      who.browser.request(`${world.relais.url}/api/v1/people/${personId}/roles`, {
        method: 'PUT',
        body: JSON.stringify({ roles }),
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': who.csrf },
      });
    const eventsOf = (subjectId: string) =>
      world.relais.core.store.db
        .selectFrom('events')
        .select(['type', 'person_id', 'data'])
        .where('subject_id', '=', subjectId)
        .where('type', 'in', ['people.role_granted', 'people.role_revoked'])
        .orderBy('id')
        .execute();

    it('refuses a communicator, lets an administrator grant and revoke, one event each', async () => {
      const communicator = await signedIn('oid-comm', ['communicator']);
      const admin = await signedIn('oid-admin', ['admin']);
      const target = await world.entraPerson('oid-roles-target', 'Target');

      const refused = await putRoles(communicator, target, [{ role: 'admin' }]);
      assert.equal(refused.status, 403);
      assert.equal((await world.relais.core.people.get(target))!.roles.length, 0);

      const granted = await putRoles(admin, target, [
        { role: 'communicator', scope: 'department:Finances' },
        { role: 'ambassador' },
        { role: 'group_manager', scope: 'group-42' },
      ]);
      assert.equal(granted.status, 200, granted.body);
      const revoked = await putRoles(admin, target, [{ role: 'ambassador' }]);
      assert.equal(revoked.status, 200, revoked.body);

      const events = (await eventsOf(target)).map((e) => ({
        type: e.type,
        by: e.person_id,
        ...JSON.parse(e.data ?? '{}'),
      }));
      assert.deepEqual(events, [
        { type: 'people.role_granted', by: admin.id, role: 'communicator', scope: 'department:Finances' },
        { type: 'people.role_granted', by: admin.id, role: 'ambassador', scope: '' },
        { type: 'people.role_granted', by: admin.id, role: 'group_manager', scope: 'group-42' },
        { type: 'people.role_revoked', by: admin.id, role: 'communicator', scope: 'department:Finances' },
        { type: 'people.role_revoked', by: admin.id, role: 'group_manager', scope: 'group-42' },
      ]);
    });

    it('keeps the admin role on the last administrator', async () => {
      const db = world.relais.core.store.db;
      // only this suite's admin stays an admin
      const admins = await db.selectFrom('roles').select('person_id').where('role', '=', 'admin').execute();
      const admin = await signedIn('oid-last-admin', ['admin']);
      for (const { person_id } of admins) await world.relais.core.people.revoke(person_id, 'admin');

      const alone = await putRoles(admin, admin.id, []);
      assert.equal(alone.status, 409, alone.body);
      assert.equal(JSON.parse(alone.body).error.code, 'conflict');

      const other = await world.entraPerson('oid-next-admin', 'Next');
      assert.equal((await putRoles(admin, other, [{ role: 'admin' }])).status, 200);
      assert.equal((await putRoles(admin, admin.id, [])).status, 200);
      assert.deepEqual((await world.relais.core.people.get(admin.id))!.roles, []);
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);
