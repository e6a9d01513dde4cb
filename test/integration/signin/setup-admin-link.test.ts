/**
 * The setup administrator links a real account over HTTP: an account Relais does not know is
 * attached to them (and signs in as them from then on); an account the directory already linked
 * to a person takes the admin role over and retires the setup person. Only the setup session may
 * start a link, with its CSRF token. Until an administrator holds an account, a restart prints a
 * link again, which signs in as the same setup administrator.
 */
import assert from 'node:assert/strict';
import { firstRunLines } from '../../../shared/signin/first-run.js';
import { describeServerBackends } from '../../harness/databases.js';
import type { SigninBrowser } from '../../harness/signin-browser.js';
import { type SigninWorld, startSigninWorld, TEAM, TENANT } from './signin-world.js';

describeServerBackends(
  'the setup administrator links an account',
  (backendEnv) => {
    let world: SigninWorld;
    before(async () => {
      world = await startSigninWorld(backendEnv());
    });
    after(async () => {
      await world?.close();
    });
    // each case starts with no administrator, as on a first run
    beforeEach(async () => {
      await world.relais.core.store.db.deleteFrom('roles').where('role', '=', 'admin').execute();
    });

    const url = (path: string) => `${world.relais.url}${path}`;
    const printedToken = async () => {
      const line = (await firstRunLines(world.relais.signin, world.relais.url, 'en')).find((l) =>
        l.includes('/auth/setup?token='),
      );
      return line ? new URL(line.trim()).searchParams.get('token')! : undefined;
    };
    /** the link's page, then its button */
    const setupSession = async (token: string) => {
      const browser = world.browser();
      const page = await browser.request(url(`/auth/setup?token=${token}`));
      const nonce = page.body.match(/name="nonce" value="([^"]+)"/)![1]!;
      const done = await browser.request(url('/auth/setup'), {
        method: 'POST',
        body: new URLSearchParams({ token, nonce }).toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: world.relais.url },
      });
      assert.equal(done.status, 303, done.body);
      return browser;
    };
    const session = async (browser: SigninBrowser) =>
      JSON.parse((await browser.request(url('/auth/session'))).body) as { csrfToken: string; via: string };
    const me = async (browser: SigninBrowser) => JSON.parse((await browser.request(url('/api/v1/me'))).body);
    const link = async (browser: SigninBrowser, provider: 'entra' | 'slack', login: string) => {
      const started = await browser.request(url(`/auth/${provider}/link`), {
        method: 'POST',
        headers: { 'X-CSRF-Token': (await session(browser)).csrfToken },
      });
      assert.equal(started.status, 200, started.body);
      const { url: providerUrl } = JSON.parse(started.body) as { url: string };
      return (await browser.signIn(providerUrl, login, { relaisOrigin: world.relais.url })).callback;
    };

    it('attaches an account Relais does not know, which then signs in as the administrator', async () => {
      const browser = await setupSession((await printedToken())!);
      const setupId = (await me(browser)).person.id;
      // the setup administrator holds no account yet: a restart would print a link for them again
      assert.ok(await printedToken());

      world.entra.accounts.set('ada', { tid: TENANT, oid: 'oid-ada', name: 'Ada Lovelace' });
      const callback = await link(browser, 'entra', 'ada');
      assert.equal(callback.status, 303, callback.body);
      assert.equal(callback.location, url('/tabs/#/welcome'));
      const linked = await me(browser);
      assert.equal(linked.person.id, setupId);
      assert.equal(linked.person.displayName, 'Ada Lovelace');
      assert.equal(linked.via, 'session');
      assert.equal((await session(browser)).via, 'entra');
      // an administrator with an account exists now: no more setup links
      assert.equal(await printedToken(), undefined);

      // a plain sign-in with that account, in another browser, is the same administrator
      const later = world.browser();
      await later.signIn(url('/auth/entra/login'), 'ada');
      const again = await me(later);
      assert.equal(again.person.id, setupId);
      assert.deepEqual(again.person.roles, [{ role: 'admin', scope: '' }]);
    });

    it('hands the admin role to the person the directory knows, and retires the setup person', async () => {
      const graceId = await world.slackPerson('U0GRACE', 'Grace Hopper');
      const token = (await printedToken())!;
      const browser = await setupSession(token);
      const setupId = (await me(browser)).person.id;
      // a second link printed meanwhile signs in as the same setup administrator, not a second one
      const second = await setupSession((await printedToken())!);
      assert.equal((await me(second)).person.id, setupId);

      world.slack.accounts.set('grace', {
        'https://slack.com/team_id': TEAM,
        'https://slack.com/user_id': 'U0GRACE',
        name: 'Grace',
      });
      const callback = await link(browser, 'slack', 'grace');
      assert.equal(callback.status, 303, callback.body);
      const now = await me(browser);
      assert.equal(now.person.id, graceId);
      assert.deepEqual(now.person.roles, [{ role: 'admin', scope: '' }]);
      const retired = await world.relais.core.people.get(setupId);
      assert.equal(retired?.active, false);
      assert.deepEqual(retired?.roles, []);
      // the other setup session ended with its person
      assert.equal((await second.request(url('/api/v1/me'))).status, 401);
      const events = await world.relais.core.store.db
        .selectFrom('events')
        .select(['type', 'subject_id'])
        .where('type', 'in', ['people.role_granted', 'people.role_revoked'])
        .where('subject_id', 'in', [setupId, graceId])
        .orderBy('id')
        .execute();
      assert.deepEqual(events, [
        { type: 'people.role_granted', subject_id: setupId },
        { type: 'people.role_granted', subject_id: graceId },
        { type: 'people.role_revoked', subject_id: setupId },
      ]);
    });

    it('starts a link only from the setup session, with its CSRF token', async () => {
      const browser = await setupSession((await printedToken())!);
      const forged = await browser.request(url('/auth/entra/link'), { method: 'POST' });
      assert.equal(forged.status, 403);
      assert.equal(JSON.parse(forged.body).error.code, 'csrf_failed');

      await world.entraPerson('oid-bob', 'Bob', ['admin']);
      world.entra.accounts.set('bob', { tid: TENANT, oid: 'oid-bob' });
      const bob = world.browser();
      await bob.signIn(url('/auth/entra/login'), 'bob');
      const notSetup = await bob.request(url('/auth/slack/link'), {
        method: 'POST',
        headers: { 'X-CSRF-Token': (await session(bob)).csrfToken },
      });
      assert.equal(notSetup.status, 403);
      assert.equal(JSON.parse(notSetup.body).error.code, 'forbidden');
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);
