/**
 * Who the bot is, for botbuilder: which app id inbound tokens must be addressed to, whether
 * authentication is off (no MICROSOFT_APP_ID: local mode for the Agents Playground and tests), and
 * where outbound connector tokens come from.
 *
 * Outbound tokens come from botbuilder's stock factory (MSAL client secret for SingleTenant and
 * MultiTenant, managed identity for UserAssignedMSI). That stock MSAL login refuses a non-https
 * authority, so tests that run with auth on replace only the token source (`outboundCredentials`);
 * the app id check stays this class's, so wrong-audience tokens are refused the same way.
 */
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../../../shared/config/config.js';

export type ServiceClientCredentials = Awaited<
  ReturnType<ServiceClientCredentialsFactory['createCredentials']>
>;

/** Supplies the credentials that sign outbound connector calls for an audience. */
export type OutboundCredentials = (audience: string | undefined) => Promise<ServiceClientCredentials>;

export class RelaisCredentialsFactory extends ServiceClientCredentialsFactory {
  private readonly stock?: ServiceClientCredentialsFactory;

  constructor(
    private readonly teams: Config['teams'],
    private readonly outbound?: OutboundCredentials,
  ) {
    super();
    if (teams.appId && !outbound) {
      this.stock = new ConfigurationServiceClientCredentialFactory({
        MicrosoftAppId: teams.appId,
        MicrosoftAppPassword: teams.appPassword,
        MicrosoftAppType: teams.appType,
        MicrosoftAppTenantId: teams.tenantId,
      });
    }
  }

  async isValidAppId(appId: string): Promise<boolean> {
    return Boolean(this.teams.appId) && appId === this.teams.appId;
  }

  async isAuthenticationDisabled(): Promise<boolean> {
    return !this.teams.appId;
  }

  async createCredentials(
    appId: string,
    audience: string | undefined,
    loginEndpoint: string,
    validateAuthority: boolean,
  ): Promise<ServiceClientCredentials> {
    if (!this.teams.appId) return { signRequest: async (request) => request }; // local mode: no token
    if (appId !== this.teams.appId) throw new Error(`refusing to sign for app id ${appId}`);
    if (this.outbound) return this.outbound(audience);
    if (!this.stock) throw new Error('no outbound credentials configured');
    return this.stock.createCredentials(appId, audience as string, loginEndpoint, validateAuthority);
  }
}
