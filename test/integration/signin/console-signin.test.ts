/**
 * Console sign-in over HTTP against local OpenID providers: the full authorization code flow
 * with PKCE, state and nonce for Entra ID and Slack, the person found by immutable ids only,
 * the session cookie, CSRF refusal, idle and absolute expiry on a hand-moved clock, sign-out.
 */
import assert from 'node:assert/strict';
import { describeServerBackends } from '../../harness/databases.js';
import type { SigninBrowser } from '../../harness/signin-browser.js';
import { API_KEY, type SigninWorld, startSigninWorld, TEAM, TENANT } from './signin-world.js';

describeServerBackends(
  'console sign-in with OpenID Connect',
  (backendEnv) => {
    let world: SigninWorld;
    before(async () => {
      world = await startSigninWorld(backendEnv());
    });
    after(async () => {
      await world?.close();
    });

    const login = (provider: 'entra' | 'slack') => `${world.relais.url}/auth/${provider}/login`;
    const me = (browser: SigninBrowser) => browser.request(`${world.relais.url}/api/v1/me`);
    const csrfOf = async (browser: SigninBrowser) =>
      JSON.parse((await browser.request(`${world.relais.url}/auth/session`)).body).csrfToken as string;

    it('signs a directory-linked Entra account in through the code flow with PKCE, state and nonce', async () => {
      const personId = await world.entraPerson('oid-ada', 'Ada Lovelace');
      world.entra.accounts.set('ada', { tid: TENANT, oid: 'oid-ada', name: 'Ada L.' });
      const browser = world.browser();
      const { callback, authorizationUrl } = await browser.signIn(login('entra'), 'ada');

      assert.equal(authorizationUrl.searchParams.get('code_challenge_method'), 'S256');
      assert.match(authorizationUrl.searchParams.get('code_challenge') ?? '', /^[\w-]{43}$/);
      assert.ok(authorizationUrl.searchParams.get('state'));
      assert.ok(authorizationUrl.searchParams.get('nonce'));
      assert.equal(callback.status, 303, callback.body);
      assert.equal(callback.location, `${world.relais.url}/tabs/`);
      const cookie = browser.setCookies.find((line) => line.startsWith('relais_session='));
      assert.ok(cookie, 'a session cookie');
      assert.match(cookie, /HttpOnly/);
      assert.match(cookie, /SameSite=Lax/);
      assert.doesNotMatch(cookie, /Secure/, 'plain http on loopback');

      const answer = await me(browser);
      assert.equal(answer.status, 200, answer.body);
      assert.equal(JSON.parse(answer.body).person.id, personId);
      // a console session is its own source, not the Teams tab's SSO
      assert.equal(JSON.parse(answer.body).via, 'session');
    });

    it('signs a Slack account in by team and user id', async () => {
      const personId = await world.slackPerson('U0GRACE', 'Grace Hopper');
      world.slack.accounts.set('grace', {
        'https://slack.com/team_id': TEAM,
        'https://slack.com/user_id': 'U0GRACE',
        name: 'Grace',
      });
      const browser = world.browser();
      const { callback } = await browser.signIn(login('slack'), 'grace');
      assert.equal(callback.status, 303, callback.body);
      const answer = await me(browser);
      assert.equal(JSON.parse(answer.body).person.id, personId);
    });

    it('refuses an account whose only match is its email claim, and creates nobody', async () => {
      const imported = await fetch(`${world.relais.url}/api/v1/people/import`, {
        method: 'POST',
        headers: { 'X-Api-Key': API_KEY, 'Content-Type': 'application/json' },
        body: JSON.stringify([{ email: 'boss@example.com', displayName: 'The Boss', roles: 'admin' }]),
      });
      assert.equal(imported.status, 200);
      const before = await world.relais.core.people.list({ limit: 200, offset: 0 });
      world.entra.accounts.set('mallory', {
        tid: TENANT,
        oid: 'oid-never-linked',
        name: 'The Boss',
        email: 'boss@example.com',
      });
      const browser = world.browser();
      const { callback } = await browser.signIn(login('entra'), 'mallory');
      assert.equal(callback.status, 403);
      assert.match(callback.body, /data-code="unknown"/);
      assert.match(callback.body, /ne connaît pas encore ce compte|does not know this account/);
      assert.ok(!browser.jar.has('relais_session'));
      const after = await world.relais.core.people.list({ limit: 200, offset: 0 });
      assert.equal(after.total, before.total);
    });

    it('refuses an Entra tenant and a Slack workspace that are not allowed', async () => {
      await world.relais.core.people.signIn({
        tenantId: 'tenant-evil',
        aadObjectId: 'oid-evil',
        displayName: 'E',
      });
      world.entra.accounts.set('evil', { tid: 'tenant-evil', oid: 'oid-evil', name: 'Evil' });
      const entra = await world.browser().signIn(login('entra'), 'evil');
      assert.equal(entra.callback.status, 403);
      assert.match(entra.callback.body, /data-code="tenant"/);

      await world.relais.core.people.learn(
        { platform: 'slack', tenantId: 'T0OTHER', userId: 'U0X' },
        { displayName: 'X' },
      );
      world.slack.accounts.set('other', {
        'https://slack.com/team_id': 'T0OTHER',
        'https://slack.com/user_id': 'U0X',
      });
      const slack = await world.browser().signIn(login('slack'), 'other');
      assert.equal(slack.callback.status, 403);
      assert.match(slack.callback.body, /data-code="tenant"/);
    });

    it('refuses a callback whose state is not the one this browser started with', async () => {
      await world.entraPerson('oid-eve', 'Eve');
      world.entra.accounts.set('eve', { tid: TENANT, oid: 'oid-eve' });
      // the attacker's own flow, stopped before Relais: its callback link handed to a victim
      const attacker = world.browser();
      const { callbackUrl } = await attacker.signIn(login('entra'), 'eve', { stopAtCallback: true });
      const victim = world.browser();
      const planted = await victim.request(callbackUrl.href);
      assert.equal(planted.status, 403);
      assert.match(planted.body, /data-code="attempt"/);
      assert.ok(!victim.jar.has('relais_session'));

      // a forged state on the attacker's own browser is refused too
      const forged = new URL(callbackUrl);
      forged.searchParams.set('state', 'forged-state');
      const again = await attacker.request(forged.href);
      assert.equal(again.status, 403);
    });

    it('spends an attempt once: replaying the callback is refused', async () => {
      await world.entraPerson('oid-rey', 'Rey');
      world.entra.accounts.set('rey', { tid: TENANT, oid: 'oid-rey' });
      const browser = world.browser();
      const { callbackUrl } = await browser.signIn(login('entra'), 'rey', { stopAtCallback: true });
      const state = browser.jar.get('relais_signin')!;
      assert.equal((await browser.request(callbackUrl.href)).status, 303);
      browser.jar.set('relais_signin', state);
      const replay = await browser.request(callbackUrl.href);
      assert.equal(replay.status, 403);
      assert.match(replay.body, /data-code="attempt"/);
    });

    it('checks the PKCE verifier and the nonce: an attempt altered in between is refused by the exchange', async () => {
      await world.entraPerson('oid-pat', 'Pat');
      world.entra.accounts.set('pat', { tid: TENANT, oid: 'oid-pat' });
      const db = world.relais.core.store
        .db as never as import('../../../shared/signin/signin-tables.js').SigninDb;
      for (const column of ['code_verifier', 'nonce'] as const) {
        const browser = world.browser();
        const { callbackUrl } = await browser.signIn(login('entra'), 'pat', { stopAtCallback: true });
        await db
          .updateTable('signin_attempts')
          .set({ [column]: 'x'.repeat(43) })
          .execute();
        const answer = await browser.request(callbackUrl.href);
        assert.equal(answer.status, 403, column);
        assert.match(answer.body, /data-code="provider"/, column);
      }
    });

    it('requires the CSRF token on state-changing requests made with the session', async () => {
      const adminId = await world.entraPerson('oid-root', 'Root', ['admin']);
      world.entra.accounts.set('root', { tid: TENANT, oid: 'oid-root' });
      const browser = world.browser();
      await browser.signIn(login('entra'), 'root');
      const target = await world.entraPerson('oid-target', 'Target');
      const put = (headers: Record<string, string>) =>
        browser.request(`${world.relais.url}/api/v1/people/${target}/roles`, {
          method: 'PUT',
          body: JSON.stringify({ roles: [{ role: 'ambassador', scope: '' }] }),
          headers: { 'Content-Type': 'application/json', ...headers },
        });
      const without = await put({});
      assert.equal(without.status, 403);
      assert.equal(JSON.parse(without.body).error.code, 'csrf_failed');
      assert.equal((await put({ 'X-CSRF-Token': 'not-the-token' })).status, 403);
      assert.equal((await world.relais.core.people.get(target))!.roles.length, 0);

      const ok = await put({ 'X-CSRF-Token': await csrfOf(browser) });
      assert.equal(ok.status, 200, ok.body);
      assert.deepEqual((await world.relais.core.people.get(target))!.roles, [
        { role: 'ambassador', scope: '' },
      ]);
      assert.ok(adminId);
    });

    it('ends a session after 30 idle minutes and after 8 hours however busy', async () => {
      await world.entraPerson('oid-ida', 'Ida');
      world.entra.accounts.set('ida', { tid: TENANT, oid: 'oid-ida' });
      const idle = world.browser();
      await idle.signIn(login('entra'), 'ida');
      world.clock.advance(29 * 60_000);
      assert.equal((await me(idle)).status, 200);
      world.clock.advance(29 * 60_000);
      assert.equal((await me(idle)).status, 200, 'each request restarts the idle time');
      world.clock.advance(30 * 60_000);
      assert.equal((await me(idle)).status, 401);

      const busy = world.browser();
      await busy.signIn(login('entra'), 'ida');
      // a request every 15 minutes for 7 h 45 min: never idle
      for (let quarter = 1; quarter <= 31; quarter += 1) {
        world.clock.advance(15 * 60_000);
        assert.equal((await me(busy)).status, 200, `after ${quarter * 15} minutes`);
      }
      world.clock.advance(14 * 60_000);
      assert.equal((await me(busy)).status, 200, 'just under 8 hours');
      world.clock.advance(60_000);
      assert.equal((await me(busy)).status, 401, '8 hours after signing in');
    });

    it('replaces the session of a browser that signs in again', async () => {
      await world.entraPerson('oid-twice', 'Twice');
      world.entra.accounts.set('twice', { tid: TENANT, oid: 'oid-twice' });
      const browser = world.browser();
      await browser.signIn(login('entra'), 'twice');
      const first = browser.jar.get('relais_session')!;
      await browser.signIn(login('entra'), 'twice');
      const second = browser.jar.get('relais_session')!;
      assert.notEqual(second, first);
      assert.equal((await me(browser)).status, 200);
      browser.jar.set('relais_session', first);
      assert.equal((await me(browser)).status, 401);
    });

    it('signs out: the CSRF token is required, then the session is gone', async () => {
      await world.entraPerson('oid-otto', 'Otto');
      world.entra.accounts.set('otto', { tid: TENANT, oid: 'oid-otto' });
      const browser = world.browser();
      await browser.signIn(login('entra'), 'otto');
      const token = browser.jar.get('relais_session')!;
      const csrf = await csrfOf(browser);
      const forged = await browser.request(`${world.relais.url}/auth/logout`, { method: 'POST' });
      assert.equal(forged.status, 403);
      assert.equal((await me(browser)).status, 200);
      const out = await browser.request(`${world.relais.url}/auth/logout`, {
        method: 'POST',
        headers: { 'X-CSRF-Token': csrf },
      });
      assert.equal(out.status, 204);
      assert.ok(!browser.jar.has('relais_session'));
      // the old cookie value opens nothing either: the session is gone from the server
      browser.jar.set('relais_session', token);
      assert.equal((await me(browser)).status, 401);
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);
