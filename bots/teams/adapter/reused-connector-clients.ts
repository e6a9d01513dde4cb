/**
 * Connector clients kept per app id, service URL and audience (and user token clients per app id). botbuilder builds a new
 * ConnectorClient (credentials and a whole Azure request pipeline) for every turn, before the
 * turn runs, although most turns of a busy bot (votes) answer in the HTTP response and call no
 * connector at all; building it was the biggest single cost of a Teams click. A client holds no
 * state of its own between requests (its credentials cache their token and renew it), so every
 * turn addressed the same way shares one. Bounded: the oldest is dropped past `max`.
 */
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type {
  AuthenticateRequestResult,
  ClaimsIdentity,
  ConnectorFactory,
  UserTokenClient,
} from 'botframework-connector';
import { AuthenticationConstants } from 'botframework-connector';

/** clients kept at most: one per service URL (Teams has a handful per region) and app id */
export const CONNECTOR_CLIENTS_MAX = 256;

type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/** botbuilder's own choice of app id for a turn's factory (audience claim, else appid claim) */
const appIdOf = (identity: ClaimsIdentity): string =>
  identity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
  identity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
  '';

export class ReusedConnectorClients {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(private readonly max = CONNECTOR_CLIENTS_MAX) {}

  /** the same authentication, whose connector factory hands out the kept clients */
  reuse(authentication: AuthenticateRequestResult): AuthenticateRequestResult {
    const factory = authentication.connectorFactory;
    if (!factory) return authentication;
    const appId = appIdOf(authentication.claimsIdentity);
    return {
      ...authentication,
      connectorFactory: {
        create: (serviceUrl, audience) => this.client(factory, appId, serviceUrl, audience),
      },
    };
  }

  private client(
    factory: ConnectorFactory,
    appId: string,
    serviceUrl: string,
    audience: string | undefined,
  ): Promise<ConnectorClient> {
    const key = JSON.stringify([appId, serviceUrl, audience ?? null]);
    const kept = this.clients.get(key);
    if (kept) return kept;
    if (this.clients.size >= this.max) {
      const oldest = this.clients.keys().next();
      if (!oldest.done) this.clients.delete(oldest.value);
    }
    const created = factory.create(serviceUrl, audience);
    this.clients.set(key, created);
    // a failure (no credentials for that audience) is not kept: the next turn asks again
    created.catch(() => {
      if (this.clients.get(key) === created) this.clients.delete(key);
    });
    return created;
  }
}

/**
 * botbuilder's configured authentication, whose user token client (a TokenApiClient, another
 * Azure pipeline, built for every turn although Relais signs nobody in through the bot) is kept
 * per app id. A failure is not kept.
 */
export class ReusingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const appId = appIdOf(claimsIdentity);
    const kept = this.userTokenClients.get(appId);
    if (kept) return kept;
    const created = super.createUserTokenClient(claimsIdentity);
    // one app id per bot (a handful with skills): no bound needed beyond the failure rule
    this.userTokenClients.set(appId, created);
    created.catch(() => {
      if (this.userTokenClients.get(appId) === created) this.userTokenClients.delete(appId);
    });
    return created;
  }
}
