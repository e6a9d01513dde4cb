/**
 * What the directory offers other capabilities of its Microsoft Graph access (their public face,
 * like a service): a Graph client with the directory's settings and credentials (GRAPH_API_URL,
 * ENTRA_AUTHORITY_URL, MICROSOFT_APP_TENANT_ID, DIRECTORY_CLIENT_ID/SECRET or the bot's app),
 * paced by the caller, and the error it throws when Graph cannot be reached or refuses the token.
 * Group invitations use it, so one local fake serves both in tests.
 */
import type { DirectoryConfig } from './directory-config.js';
import { createEntraTokenSource } from './entra-token.js';
import { createGraphClient, type GraphClient, type GraphClientOptions } from './graph-client.js';

export { DirectoryStop } from './directory-errors.js';
export { type GraphAnswer, type GraphClient, retryAfterMs } from './graph-client.js';

/** A Graph client for the directory's tenant, or undefined when no credentials are configured. */
export function directoryGraphClient(
  config: DirectoryConfig,
  pacing: Pick<GraphClientOptions, 'beforeRequest' | 'onThrottled'> = {},
): GraphClient | undefined {
  if (!config.tenantId || !config.clientId || !config.clientSecret) return undefined;
  const token = createEntraTokenSource({
    authorityUrl: config.authorityUrl,
    tenantId: config.tenantId,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    clientIdSetting: config.clientIdSetting,
    clientSecretSetting: config.clientSecretSetting,
  });
  return createGraphClient({ baseUrl: config.graphApiUrl, token, maxRetries: config.maxRetries, ...pacing });
}
