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
 */
import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { Config } from '../../../shared/config/config.js';
import { createFailFastHttpClient } from './fail-fast-http-client.js';
import { type OutboundCredentials, RelaisCredentialsFactory } from './relais-credentials-factory.js';

export interface TeamsAdapterOptions {
  /** replaces the outbound token source (tests with auth on; see RelaisCredentialsFactory) */
  outboundCredentials?: OutboundCredentials;
  /** connector request timeout, default 15 s */
  connectorTimeoutMs?: number;
}

export interface TeamsAdapter {
  adapter: CloudAdapter;
  authEnabled: boolean;
  /** the bot's app id ('' in local mode), for proactive turns */
  botAppId: string;
  /** the OAuth scope of outbound connector tokens */
  audience: string;
}

export function createTeamsAdapter(teams: Config['teams'], options: TeamsAdapterOptions = {}): TeamsAdapter {
  const credentialsFactory = new RelaisCredentialsFactory(teams, options.outboundCredentials);
  const connectorClientOptions = {
    httpClient: createFailFastHttpClient({ timeoutMs: options.connectorTimeoutMs }),
  };
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
  const auth = new ConfigurationBotFrameworkAuthentication(
    settings,
    credentialsFactory,
    // Teams keys endorse the msteams channel; botbuilder checks the activity's channel against it.
    { requiredEndorsements: [] },
    undefined,
    connectorClientOptions,
  );
  return {
    adapter: new CloudAdapter(auth),
    authEnabled,
    botAppId: teams.appId ?? '',
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
  };
}
