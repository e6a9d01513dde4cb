/**
 * Builds botbuilder's CloudAdapter for Relais.
 *
 * - Local mode (no MICROSOFT_APP_ID): inbound requests are not authenticated and replies go to the
 *   activity's serviceUrl without a token (Agents Playground, tests).
 * - Auth mode: every inbound request's Bot Framework token is validated against the OpenID
 *   metadata at BOT_OPENID_METADATA_URL (signature, expiry, issuer BOT_TOKEN_ISSUER, audience =
 *   our app id, `msteams` endorsement, serviceUrl claim). Setting these two makes botbuilder use
 *   its "parameterized" cloud, which then needs every other cloud setting too: they are the public
 *   Azure cloud's own values.
 * - Connector calls go through the fail-fast transport (no hidden retries, see that module).
 * - A turn's connector and user token clients are reused across turns (reused-connector-clients).
 */
import {
  type Activity,
  CallerIdConstants,
  CloudAdapter,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import {
  type AuthenticateRequestResult,
  AuthenticationConstants,
  type BotFrameworkAuthentication,
} from 'botframework-connector';
import type { Config } from '../../../shared/config/config.js';
import { type ConnectorTransport, createFailFastHttpClient } from './fail-fast-http-client.js';
import { type OutboundCredentials, RelaisCredentialsFactory } from './relais-credentials-factory.js';
import { ReusedConnectorClients, ReusingBotFrameworkAuthentication } from './reused-connector-clients.js';

export interface TeamsAdapterOptions {
  /** replaces the outbound token source (tests with auth on; see RelaisCredentialsFactory) */
  outboundCredentials?: OutboundCredentials;
  /** connector request timeout, default 15 s */
  connectorTimeoutMs?: number;
}

/**
 * CloudAdapter whose turn runner takes an already authenticated request: the router validates the
 * token first so that every validation failure is a 401 (stock `process()` answers 500 when the
 * signature is wrong, because jsonwebtoken's error is not an AuthenticationError).
 */
export class RelaisCloudAdapter extends CloudAdapter {
  /** one connector client per app id, service URL and audience, not one per turn */
  private readonly connectorClients = new ReusedConnectorClients();

  runAuthenticated(
    authentication: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(this.connectorClients.reuse(authentication), activity, logic);
  }
}

export interface TeamsAdapter {
  adapter: RelaisCloudAdapter;
  /** validates inbound tokens (anonymous claims in local mode) */
  authentication: BotFrameworkAuthentication;
  authEnabled: boolean;
  /** the bot's app id ('' in local mode), for proactive turns */
  botAppId: string;
  /** tenants whose activities get a turn in auth mode (empty: any) */
  allowedTenants: readonly string[];
  /** the OAuth scope of outbound connector tokens */
  audience: string;
  /** the fail-fast HTTP transport of every connector call (also used without a ConnectorClient) */
  transport: ConnectorTransport;
}

export function createTeamsAdapter(teams: Config['teams'], options: TeamsAdapterOptions = {}): TeamsAdapter {
  const credentialsFactory = new RelaisCredentialsFactory(teams, options.outboundCredentials);
  const transport = createFailFastHttpClient({ timeoutMs: options.connectorTimeoutMs });
  const connectorClientOptions = { httpClient: transport };
  const authEnabled = Boolean(teams.appId);
  const settings = authEnabled
    ? {
        MicrosoftAppId: teams.appId,
        MicrosoftAppTenantId: teams.tenantId,
        ValidateAuthority: true,
        ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
        ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
        ToBotFromChannelTokenIssuer: teams.tokenIssuer,
        ToBotFromChannelOpenIdMetadataUrl: teams.openIdMetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
        OAuthUrl: AuthenticationConstants.OAuthUrl,
        CallerId: CallerIdConstants.PublicAzureChannel,
      }
    : {};
  const auth = new ReusingBotFrameworkAuthentication(
    settings,
    credentialsFactory,
    // Teams keys endorse the msteams channel; botbuilder checks the activity's channel against it.
    { requiredEndorsements: [] },
    undefined,
    connectorClientOptions,
  );
  return {
    adapter: new RelaisCloudAdapter(auth),
    authentication: auth,
    authEnabled,
    botAppId: teams.appId ?? '',
    allowedTenants: teams.allowedTenants,
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    transport,
  };
}
