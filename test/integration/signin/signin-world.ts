/**
 * One Relais with console sign-in through two local OpenID providers (Entra's flavour and
 * Slack's), a hand-moved clock for the sessions, and helpers to make the people the directory
 * would have linked.
 */
import { FakeClock } from '../../harness/fake-clock.js';
import { type LocalOidcProvider, startOidcProvider } from '../../harness/oidc-provider.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import { SigninBrowser } from '../../harness/signin-browser.js';

export const TENANT = 'tenant-home';
export const TEAM = 'T0HOME';
export const API_KEY = 'signin-test-key';

export interface SigninWorld {
  relais: TestRelais;
  entra: LocalOidcProvider;
  slack: LocalOidcProvider;
  clock: FakeClock;
  browser(): SigninBrowser;
  /** a person the directory linked by tenant + object id */
  entraPerson(oid: string, name: string, roles?: ('admin' | 'communicator')[]): Promise<string>;
  /** a person the Slack app met (team + user id) */
  slackPerson(userId: string, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startSigninWorld(
  backendEnv: Record<string, string>,
  env: Record<string, string> = {},
): Promise<SigninWorld> {
  const entra = await startOidcProvider('entra');
  const slack = await startOidcProvider('slack');
  const clock = new FakeClock();
  const relais = await startTestRelais(
    {
      ...backendEnv,
      RELAIS_API_KEYS: API_KEY,
      TEAMS_ALLOWED_TENANTS: TENANT,
      SLACK_ALLOWED_TEAM_IDS: TEAM,
      SIGNIN_ENTRA_ISSUER: entra.issuer,
      SIGNIN_ENTRA_CLIENT_ID: entra.clientId,
      SIGNIN_ENTRA_CLIENT_SECRET: entra.clientSecret,
      SIGNIN_SLACK_ISSUER: slack.issuer,
      SIGNIN_SLACK_CLIENT_ID: slack.clientId,
      SIGNIN_SLACK_CLIENT_SECRET: slack.clientSecret,
      SESSION_IDLE_MINUTES: '30',
      SESSION_MAX_HOURS: '8',
      ...env,
    },
    { clock: () => clock.now() },
  );
  entra.register([`${relais.url}/auth/entra/callback`]);
  slack.register([`${relais.url}/auth/slack/callback`]);
  const { people } = relais.core;
  return {
    relais,
    entra,
    slack,
    clock,
    browser: () => new SigninBrowser(),
    async entraPerson(oid, name, roles = []) {
      const person = await people.signIn({
        tenantId: TENANT,
        aadObjectId: oid,
        displayName: name,
        kind: 'member',
      });
      for (const role of roles) await people.grant(person.id, role);
      return person.id;
    },
    async slackPerson(userId, name) {
      const person = await people.learn(
        { platform: 'slack', tenantId: TEAM, userId },
        { displayName: name, kind: 'member' },
      );
      return person.id;
    },
    async close() {
      await relais.close();
      await entra.close();
      await slack.close();
    },
  };
}
