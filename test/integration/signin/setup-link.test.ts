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

    it('refuses an unknown, an expired and a spent link; a good one makes the first administrator once', async () => {
      const unknown = await new SigninBrowser().request(`${relais.url}/auth/setup?token=not-a-token`);
      assert.equal(unknown.status, 410);
      assert.match(unknown.body, /data-code="unknown"/);

      const expiring = tokenOf((await printed()).find((l) => l.includes('/auth/setup?token='))!);
      clock.advance(60 * 60_000);
      const expired = await new SigninBrowser().request(`${relais.url}/auth/setup?token=${expiring}`);
      assert.equal(expired.status, 410);
      assert.match(expired.body, /data-code="expired"/);

      // two starts before anyone clicked: two links out
      const second = tokenOf((await printed()).find((l) => l.includes('/auth/setup?token='))!);
      const lines = await printed();
      assert.match(lines.join('\n'), /first administrator \(works once, for one hour\)/);
      const token = tokenOf(lines.find((l) => l.includes('/auth/setup?token='))!);
      clock.advance(59 * 60_000);
      const browser = new SigninBrowser();
      // behind the https proxy (X-Forwarded-Proto, trusted): the cookie is Secure
      const visit = await browser.request(`${relais.url}/auth/setup?token=${token}`, {
        headers: { 'X-Forwarded-Proto': 'https' },
      });
      assert.equal(visit.status, 303, visit.body);
      const cookie = browser.setCookies.find((line) => line.startsWith('relais_session='))!;
      assert.match(cookie, /; HttpOnly; SameSite=Lax; Secure/);
      assert.equal(visit.location, `${relais.url}/tabs/#/welcome`);
      const me = JSON.parse((await browser.request(`${relais.url}/api/v1/me`)).body);
      assert.deepEqual(me.person.roles, [{ role: 'admin', scope: '' }]);

      const again = await new SigninBrowser().request(`${relais.url}/auth/setup?token=${token}`);
      assert.equal(again.status, 410);
      assert.match(again.body, /data-code="used"/);
      assert.match(again.body, /<html lang="fr">/, 'the server default (fr) without Accept-Language');

      // an administrator exists now: no more links, and the other link printed earlier makes no second one
      assert.deepEqual(await printed(), []);
      const late = await new SigninBrowser().request(`${relais.url}/auth/setup?token=${second}`);
      assert.equal(late.status, 410);
      assert.match(late.body, /data-code="admin_exists"/);
      const events = await relais.core.store.db
        .selectFrom('events')
        .select(['type', 'subject_id'])
        .where('type', '=', 'people.role_granted')
        .execute();
      assert.deepEqual(events, [{ type: 'people.role_granted', subject_id: me.person.id }]);
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
