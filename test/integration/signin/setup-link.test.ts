/**
 * The first-run link over HTTP: printed while no administrator exists, it signs its visitor in
 * as the first administrator once, within the hour; a public interface with no sign-in
 * configured keeps the console shut.
 */
import assert from 'node:assert/strict';
import { firstRunLines } from '../../../shared/signin/first-run.js';
import { describeServerBackends } from '../../harness/databases.js';
import { FakeClock } from '../../harness/fake-clock.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import { SigninBrowser } from '../../harness/signin-browser.js';

describeServerBackends(
  'first-run setup link',
  (backendEnv) => {
    let relais: TestRelais;
    const clock = new FakeClock();
    before(async () => {
      relais = await startTestRelais({ ...backendEnv() }, { clock: () => clock.now() });
    });
    after(async () => {
      await relais?.close();
    });

    const tokenOf = (line: string) => new URL(line.trim()).searchParams.get('token')!;
    const printed = async () => firstRunLines(relais.signin, relais.url, 'en');
    /** what a person does: open the link, then press its page's button (the form's POST) */
    const openLink = async (browser: SigninBrowser, token: string, headers: Record<string, string> = {}) => {
      const page = await browser.request(`${relais.url}/auth/setup?token=${token}`, { headers });
      if (page.status !== 200) return page;
      const fields = new URLSearchParams(
        [...page.body.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [
          m[1]!,
          m[2]!,
        ]),
      );
      return browser.request(`${relais.url}/auth/setup`, {
        method: 'POST',
        body: fields.toString(),
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          // what a browser sends: the page's own origin (https behind the proxy)
          Origin:
            headers['X-Forwarded-Proto'] === 'https' ? relais.url.replace('http:', 'https:') : relais.url,
          ...headers,
        },
      });
    };

    it('refuses an unknown, an expired and a spent link; a good one makes the first administrator once', async () => {
      const unknown = await openLink(new SigninBrowser(), 'not-a-token');
      assert.equal(unknown.status, 410);
      assert.match(unknown.body, /data-code="unknown"/);

      const expiring = tokenOf((await printed()).find((l) => l.includes('/auth/setup?token='))!);
      clock.advance(60 * 60_000);
      const expired = await openLink(new SigninBrowser(), expiring);
      assert.equal(expired.status, 410);
      assert.match(expired.body, /data-code="expired"/);

      // two starts before anyone clicked: two links out
      const second = tokenOf((await printed()).find((l) => l.includes('/auth/setup?token='))!);
      const lines = await printed();
      assert.match(lines.join('\n'), /first administrator \(works once, for one hour\)/);
      const token = tokenOf(lines.find((l) => l.includes('/auth/setup?token='))!);
      clock.advance(59 * 60_000);
      // link previewers and prefetchers only GET: the page shows a button and spends nothing
      for (let i = 0; i < 2; i += 1) {
        const preview = await new SigninBrowser().request(`${relais.url}/auth/setup?token=${token}`);
        assert.equal(preview.status, 200);
        assert.match(preview.body, /<form method="post" action="\/auth\/setup">/);
        assert.equal(preview.headers.get('referrer-policy'), 'same-origin');
      }
      const browser = new SigninBrowser();
      // behind the https proxy (X-Forwarded-Proto, trusted): the cookie is Secure
      const visit = await openLink(browser, token, { 'X-Forwarded-Proto': 'https' });
      assert.equal(visit.status, 303, visit.body);
      const cookie = browser.setCookies.find((line) => line.startsWith('relais_session='))!;
      assert.match(cookie, /; HttpOnly; SameSite=Lax; Secure/);
      assert.equal(visit.location, `${relais.url}/tabs/#/welcome`);
      const me = JSON.parse((await browser.request(`${relais.url}/api/v1/me`)).body);
      assert.deepEqual(me.person.roles, [{ role: 'admin', scope: '' }]);

      const again = await new SigninBrowser().request(`${relais.url}/auth/setup?token=${token}`);
      assert.equal((await openLink(new SigninBrowser(), token)).status, 410);
      assert.equal(again.status, 410);
      assert.match(again.body, /data-code="used"/);
      assert.match(again.body, /<html lang="fr">/, 'the server default (fr) without Accept-Language');

      // an administrator with an account (here: one the directory linked) exists now: no more
      // links, and the other link printed earlier makes no second one
      const real = await relais.core.people.signIn({
        tenantId: 'tenant-x',
        aadObjectId: 'oid-real',
        displayName: 'Real',
      });
      await relais.core.people.grant(real.id, 'admin');
      assert.deepEqual(await printed(), []);
      const late = await openLink(new SigninBrowser(), second);
      assert.equal(late.status, 410);
      assert.match(late.body, /data-code="admin_exists"/);
      const events = await relais.core.store.db
        .selectFrom('events')
        .select(['type', 'subject_id'])
        .where('type', '=', 'people.role_granted')
        .execute();
      assert.deepEqual(events, [{ type: 'people.role_granted', subject_id: me.person.id }]);
    });

    it('spends a link only from its own page in the same browser (CSRF)', async () => {
      await relais.core.store.db.deleteFrom('roles').where('role', '=', 'admin').execute();
      const token = tokenOf((await printed()).find((l) => l.includes('/auth/setup?token='))!);
      const post = (browser: SigninBrowser, body: Record<string, string>, headers: Record<string, string>) =>
        browser.request(`${relais.url}/auth/setup`, {
          method: 'POST',
          body: new URLSearchParams(body).toString(),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
        });
      // another site's form: no nonce cookie in this browser
      const forged = await post(
        new SigninBrowser(),
        { token, nonce: 'guessed' },
        { Origin: 'https://evil.example' },
      );
      assert.equal(forged.status, 403);
      assert.match(forged.body, /data-code="csrf_failed"/);
      // the page was opened, but the POST comes from elsewhere
      const browser = new SigninBrowser();
      const page = await browser.request(`${relais.url}/auth/setup?token=${token}`);
      const nonce = page.body.match(/name="nonce" value="([^"]+)"/)![1]!;
      const crossSite = await post(browser, { token, nonce }, { Origin: 'https://evil.example' });
      assert.equal(crossSite.status, 403);
      assert.equal((await post(browser, { token, nonce }, { 'Sec-Fetch-Site': 'cross-site' })).status, 403);
      // the link still works from its page
      const used = await post(
        browser,
        { token, nonce },
        { Origin: relais.url, 'Sec-Fetch-Site': 'same-origin' },
      );
      assert.equal(used.status, 303, used.body);
    });
  },
  { kinds: ['sqlite', 'postgres'] },
);

describe('a console on a public interface', () => {
  let relais: TestRelais | undefined;
  afterEach(async () => {
    await relais?.close();
    relais = undefined;
  });

  it('refuses to serve without sign-in configured, and prints why instead of a link', async () => {
    relais = await startTestRelais({ HOST: '0.0.0.0', TEAMS_ENABLED: '0' });
    const page = await fetch(`${relais.url}/tabs/`, { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    assert.equal(page.status, 503);
    const body = await page.text();
    assert.match(body, /The console is not configured/);
    assert.match(body, /SIGNIN_ENTRA_\*/);
    const lines = await firstRunLines(relais.signin, relais.url, 'fr');
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /Console fermée/);
  });

  it('serves once a sign-in provider is configured', async () => {
    relais = await startTestRelais({
      HOST: '0.0.0.0',
      TEAMS_ENABLED: '0',
      SIGNIN_ENTRA_ISSUER: 'https://login.microsoftonline.com/tenant-home/v2.0',
      SIGNIN_ENTRA_CLIENT_ID: 'client',
      SIGNIN_ENTRA_CLIENT_SECRET: 'secret',
    });
    const page = await fetch(`${relais.url}/tabs/`, { headers: { 'Accept-Language': 'en' } });
    // the tab shell itself (or, in a checkout without tabs/dist, its own "not built" answer)
    assert.doesNotMatch(await page.text(), /console is not configured/);
    const session = await (await fetch(`${relais.url}/auth/session`)).json();
    assert.deepEqual(session, { signedIn: false, csrfToken: null, via: null, providers: ['entra'] });
  });
});
