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
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);
