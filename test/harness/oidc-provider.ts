/**
 * A local OpenID provider on 127.0.0.1 built on the `oidc-provider` package, standing for
 * Microsoft Entra ID (accounts carry `tid` and `oid`) or Slack (accounts carry
 * `https://slack.com/team_id` and `https://slack.com/user_id`). Real authorization code flow:
 * PKCE required, nonce echoed, ID tokens signed with its own keys, client secret checked. Its
 * developer login form takes any password; the login names the account.
 * The client's redirect URIs are given once the Relais under test listens (`register`).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export type AccountClaims = Record<string, string>;

export interface LocalOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** builds the provider for these redirect URIs (call before the first sign-in) */
  register(redirectUris: string[]): void;
  /** the accounts by login; add before signing in */
  accounts: Map<string, AccountClaims>;
  close(): Promise<void>;
}

export async function startOidcProvider(flavour: 'entra' | 'slack'): Promise<LocalOidcProvider> {
  const accounts = new Map<string, AccountClaims>();
  let handler: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | undefined;
  const server = http.createServer((req, res) => {
    if (!handler) {
      res.statusCode = 503;
      res.end('provider not registered');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = `relais-${flavour}`;
  const clientSecret = `secret-of-${flavour}-client`;
  const customClaims =
    flavour === 'entra' ? ['tid', 'oid'] : ['https://slack.com/team_id', 'https://slack.com/user_id'];

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    register(redirectUris) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: redirectUris,
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_post',
          },
        ],
        // every claim of the granted scopes in the ID token, as Entra and Slack do
        conformIdTokenClaims: false,
        claims: { openid: ['sub'], profile: ['name', 'email', ...customClaims] },
        pkce: { required: () => true },
        features: { devInteractions: { enabled: true } },
        cookies: { keys: ['local-oidc-provider-test-key'] },
        async findAccount(_ctx, id) {
          const claims = accounts.get(id);
          if (!claims) return undefined;
          return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
        },
      });
      // the developer login form is all this provider is for: quiet its warnings
      provider.on('server_error', () => undefined);
      handler = provider.callback();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
