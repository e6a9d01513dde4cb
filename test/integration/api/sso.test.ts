/**
 * Tab SSO over HTTP against tokens signed by the local key server: the audience must be exactly
 * our client id or our App ID URI, the token must name its tenant, and with a "{tenantid}" issuer
 * only the allowed tenants get in — a token minted in someone else's Entra tenant, naming one of
 * our administrators, is refused (the reviewer's attack: tid=evil-tenant, aud=api://attacker...).
 * An accepted token names its account by tenant + object id only: whatever address its claims
 * carry (another allowed tenant, a guest, the optional email claim, a reused UPN), it never
 * becomes the person who owns that address.
 */
import assert from 'node:assert/strict';
import { type KeyServer, startKeyServer } from '../../harness/key-server.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';

const API_KEY = 'sso-test-key';
const CLIENT_ID = '99999999-8888-7777-6666-555555555555';
const HOME = 'tenant-home';
const APP_ID_URI = `api://relais.example.com/${CLIENT_ID}`;
const v2Issuer = (tid: string) => `https://login.example.com/${tid}/v2.0`;
const v1Issuer = (tid: string) => `https://sts.example.net/${tid}/`;

describe('tab SSO: audience, tenant and issuer checks', () => {
  let keys: KeyServer;

  before(async () => {
    keys = await startKeyServer();
  });
  after(async () => {
    await keys?.close();
  });

  const me = (relais: TestRelais, token: string) =>
    fetch(`${relais.url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });

  /**
   * A Relais behind the multi-tenant v2 issuer ("{tenantid}") with `people` imported over the API;
   * `env` adds the allowlist and whatever else the suite checks.
   */
  const startMultiTenantRelais = async (
    env: Record<string, string>,
    people: { email: string; displayName: string; roles?: string }[],
  ): Promise<TestRelais> => {
    const relais = await startTestRelais({
      RELAIS_API_KEYS: API_KEY,
      TAB_SSO_CLIENT_ID: CLIENT_ID,
      TAB_SSO_ISSUER: 'https://login.example.com/{tenantid}/v2.0',
      TAB_SSO_JWKS_URL: keys.jwksUrl,
      ...env,
    });
    try {
      const imported = await fetch(`${relais.url}/api/v1/people/import`, {
        method: 'POST',
        headers: { 'X-Api-Key': API_KEY, 'Content-Type': 'application/json' },
        body: JSON.stringify(people),
      });
      assert.equal(imported.status, 200);
    } catch (error) {
      // the suite's `after` never sees a server that failed its setup
      await relais.close();
      throw error;
    }
    return relais;
  };

  describe('multi-tenant issuer ({tenantid}) with an allowlist', () => {
    let relais: TestRelais;

    before(async () => {
      relais = await startMultiTenantRelais(
        { TAB_SSO_APP_ID_URI: APP_ID_URI, TAB_SSO_ALLOWED_TENANTS: `${HOME},tenant-sister` },
        // the administrator an attacker would like to become
        [{ email: 'boss@corp.fr', displayName: 'Boss' }],
      );
    });
    after(async () => {
      await relais?.close();
    });

    const token = (claims: Record<string, unknown>) =>
      keys.sign({
        aud: CLIENT_ID,
        iss: v2Issuer(HOME),
        tid: HOME,
        oid: `oid-${String(claims.tid ?? HOME)}`,
        name: 'Boss',
        preferred_username: 'boss@corp.fr',
        ...claims,
      });

    it('signs in a person of an allowed tenant, by client id or App ID URI audience', async () => {
      for (const claims of [
        {},
        { aud: APP_ID_URI },
        { tid: 'tenant-sister', iss: v2Issuer('tenant-sister') },
      ]) {
        const response = await me(relais, await token(claims));
        assert.equal(response.status, 200, JSON.stringify(claims));
        assert.equal((await response.json()).via, 'sso');
      }
    });

    it('refuses a token from another tenant, even one whose issuer matches the template', async () => {
      const evil = { tid: 'evil-tenant', iss: v2Issuer('evil-tenant') };
      for (const claims of [evil, { ...evil, aud: `api://attacker.example/${CLIENT_ID}` }]) {
        const response = await me(relais, await token(claims));
        assert.equal(response.status, 401, JSON.stringify(claims));
        assert.equal((await response.json()).error.code, 'unauthenticated');
      }
    });

    it('refuses an audience that merely ends with our client id', async () => {
      for (const aud of [
        `api://attacker.example/${CLIENT_ID}`,
        `https://attacker.example/${CLIENT_ID}`,
        `x${CLIENT_ID}`,
        [`api://attacker.example/${CLIENT_ID}`],
      ]) {
        assert.equal((await me(relais, await token({ aud }))).status, 401, JSON.stringify(aud));
      }
    });

    it('refuses a token without a tid claim', async () => {
      const noTid = await keys.sign({
        aud: CLIENT_ID,
        iss: 'https://login.example.com/{tenantid}/v2.0'.replace('{tenantid}', ''),
        oid: 'oid-none',
        preferred_username: 'boss@corp.fr',
      });
      assert.equal((await me(relais, noTid)).status, 401);
      const emptyTid = await token({ tid: '', iss: v2Issuer('') });
      assert.equal((await me(relais, emptyTid)).status, 401);
    });
  });

  describe('guests (B2B) signing in', () => {
    let relais: TestRelais;

    before(async () => {
      relais = await startMultiTenantRelais(
        { TAB_SSO_ALLOWED_TENANTS: HOME },
        // someone the directory does not say anything about (no kind): a member by default
        [{ email: 'known@partner.com', displayName: 'Known Partner' }],
      );
    });
    after(async () => {
      await relais?.close();
    });

    let next = 0;
    const signIn = async (claims: Record<string, unknown>) => {
      next += 1;
      const token = await keys.sign({
        aud: CLIENT_ID,
        iss: v2Issuer(HOME),
        tid: HOME,
        oid: `oid-guest-${next}`,
        name: `Person ${next}`,
        preferred_username: `person${next}@corp.fr`,
        ...claims,
      });
      const response = await me(relais, token);
      assert.equal(response.status, 200, JSON.stringify(claims));
      return (await response.json()).person as { kind: string; email: string };
    };

    it('creates a first contact as a guest when acct says guest (1)', async () => {
      assert.equal((await signIn({ acct: 1 })).kind, 'guest');
      assert.equal((await signIn({ acct: 0 })).kind, 'member');
    });

    it('creates a guest when idp names another identity provider than the tenant', async () => {
      for (const idp of ['https://sts.windows.net/tenant-partner/', 'live.com']) {
        assert.equal((await signIn({ idp })).kind, 'guest', idp);
      }
    });

    it("keeps a member whose idp is the tenant's own issuer, in either form", async () => {
      for (const idp of [v2Issuer(HOME), `https://sts.windows.net/${HOME}/`]) {
        assert.equal((await signIn({ idp })).kind, 'member', idp);
      }
      assert.equal((await signIn({})).kind, 'member', 'no acct, no idp');
    });

    it('keeps a guest a guest on a later member token of the same account', async () => {
      const oid = 'oid-known-partner';
      const claims = { oid, preferred_username: 'known@partner.com', name: 'Known Partner' };
      assert.equal((await signIn({ ...claims, acct: 1 })).kind, 'guest');
      assert.equal((await signIn({ ...claims, acct: 0 })).kind, 'guest', 'a token does not promote a guest');
    });
  });

  describe('identity linking: a token names its account by tenant + object id, never by email', () => {
    let relais: TestRelais;
    let boss: { id: string };
    const BOSS_OID = 'oid-boss';

    before(async () => {
      relais = await startMultiTenantRelais(
        // the extranet: a partner tenant whose people may open the tabs too
        { TAB_SSO_ALLOWED_TENANTS: `${HOME},tenant-partner` },
        [{ email: 'boss@corp.fr', displayName: 'Boss', roles: 'admin' }],
      );
      // the bot met the administrator in Teams: the connector vouched for their email, and their
      // Teams identity carries their Entra object id
      boss = await relais.core.people.learn(
        { platform: 'teams', tenantId: HOME, userId: '29:boss', aadObjectId: BOSS_OID },
        { displayName: 'Boss', email: 'boss@corp.fr', kind: 'member' },
      );
    });
    after(async () => {
      await relais?.close();
    });

    interface MeView {
      id: string;
      email: string | null;
      kind: string;
      roles: { role: string; scope: string }[];
    }
    const signIn = async (claims: Record<string, unknown>): Promise<MeView> => {
      const token = await keys.sign({
        aud: CLIENT_ID,
        iss: v2Issuer(HOME),
        tid: HOME,
        name: 'Boss',
        ...claims,
      });
      const response = await me(relais, token);
      assert.equal(response.status, 200, JSON.stringify(claims));
      return (await response.json()).person as MeView;
    };
    const assertNotBoss = (person: MeView, attack: string) => {
      assert.notEqual(person.id, boss.id, attack);
      assert.deepEqual(person.roles, [], `${attack}: no role`);
      assert.equal(person.email, null, `${attack}: the address stays the administrator's`);
    };

    it('signs the administrator in by their object id, with the admin role', async () => {
      const person = await signIn({ oid: BOSS_OID, preferred_username: 'boss@corp.fr' });
      assert.equal(person.id, boss.id);
      assert.deepEqual(person.roles, [{ role: 'admin', scope: '' }]);
    });

    it("does not make another tenant's account carrying the administrator's address the administrator", async () => {
      const partner = { tid: 'tenant-partner', iss: v2Issuer('tenant-partner') };
      assertNotBoss(
        await signIn({ ...partner, oid: 'oid-partner', preferred_username: 'boss@corp.fr' }),
        'new oid',
      );
      // not even under the administrator's own object id: an object id means something in its tenant only
      assertNotBoss(
        await signIn({ ...partner, oid: BOSS_OID, preferred_username: 'boss@corp.fr' }),
        'same oid',
      );
    });

    it('does not make a guest-marked account the administrator', async () => {
      for (const claims of [{ acct: 1 }, { idp: 'https://sts.windows.net/tenant-partner/' }]) {
        const person = await signIn({
          oid: `oid-guest-${JSON.stringify(claims)}`,
          preferred_username: 'boss@corp.fr',
          ...claims,
        });
        assertNotBoss(person, JSON.stringify(claims));
        assert.equal(person.kind, 'guest');
      }
    });

    it('does not link by the optional email claim alone', async () => {
      assertNotBoss(await signIn({ oid: 'oid-email-only', email: 'boss@corp.fr' }), 'email claim');
    });

    it("does not link a member whose UPN collides with the administrator's (a reused UPN)", async () => {
      const person = await signIn({
        oid: 'oid-new-hire',
        acct: 0,
        upn: 'boss@corp.fr',
        preferred_username: 'boss@corp.fr',
      });
      assertNotBoss(person, 'UPN collision');
      assert.equal(
        (await signIn({ oid: 'oid-new-hire', upn: 'boss@corp.fr' })).id,
        person.id,
        'the same account again',
      );
    });
  });

  describe('v1 issuer (sts) for the home tenant, App ID URI audience', () => {
    let relais: TestRelais;

    before(async () => {
      relais = await startTestRelais({
        TAB_SSO_CLIENT_ID: CLIENT_ID,
        TAB_SSO_ISSUER: 'https://sts.example.net/{tenantid}/',
        TAB_SSO_JWKS_URL: keys.jwksUrl,
        TAB_SSO_APP_ID_URI: APP_ID_URI,
        // no TAB_SSO_ALLOWED_TENANTS: the bot's tenant is the default list
        MICROSOFT_APP_TENANT_ID: HOME,
      });
    });
    after(async () => {
      await relais?.close();
    });

    const v1 = (claims: Record<string, unknown> = {}) =>
      keys.sign({
        aud: APP_ID_URI,
        iss: v1Issuer(HOME),
        tid: HOME,
        oid: 'oid-v1',
        upn: 'v1@corp.fr',
        ...claims,
      });

    it('accepts a v1 token of the home tenant and only the configured issuer', async () => {
      assert.equal((await me(relais, await v1())).status, 200);
      assert.equal(
        (await me(relais, await v1({ iss: v2Issuer(HOME) }))).status,
        401,
        'v2 issuer not configured',
      );
      assert.equal(
        (await me(relais, await v1({ tid: 'evil-tenant', iss: v1Issuer('evil-tenant') }))).status,
        401,
        'MICROSOFT_APP_TENANT_ID is the default allowlist',
      );
    });
  });

  it('refuses to start with a {tenantid} issuer and no tenant allowlist', async () => {
    await assert.rejects(
      startTestRelais({
        TAB_SSO_CLIENT_ID: CLIENT_ID,
        TAB_SSO_ISSUER: 'https://login.example.com/{tenantid}/v2.0',
        TAB_SSO_JWKS_URL: keys.jwksUrl,
      }),
      /TAB_SSO_ALLOWED_TENANTS/,
    );
  });
});
