/**
 * App-only Microsoft Graph tokens by client credentials, through @azure/msal-node (it caches the
 * token and asks for a new one before it expires).
 *
 * ENTRA_AUTHORITY_URL is configurable so tests reach a local fake. MSAL refuses an authority
 * that is not https (`authority_uri_insecure`, even with authorityMetadata: MSAL.js issue #6631)
 * and, for a host it does not know, asks Microsoft's instance discovery. So MSAL is given the
 * https form of the configured authority, the host as a known authority (no instance discovery)
 * and the v2 endpoint metadata (no OpenID discovery round trip); its network client is ours, and
 * sends to the configured origin, plain http only for a loopback fake (the config refuses any
 * other http authority).
 */
import {
  ConfidentialClientApplication,
  type INetworkModule,
  type NetworkRequestOptions,
  type NetworkResponse,
} from '@azure/msal-node';
import { DirectoryStop } from './directory-errors.js';

export interface EntraTokenSettings {
  authorityUrl: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** the settings naming the credentials, for the message of a refused credential */
  clientIdSetting: string;
  clientSecretSetting: string;
}

export type TokenSource = () => Promise<string>;

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** Sends MSAL's requests with fetch, to the configured origin rather than MSAL's https form. */
function networkClient(msalOrigin: string, realOrigin: string): INetworkModule {
  const send = async <T>(
    method: string,
    url: string,
    options?: NetworkRequestOptions,
  ): Promise<NetworkResponse<T>> => {
    const target = url.startsWith(msalOrigin) ? realOrigin + url.slice(msalOrigin.length) : url;
    const response = await fetch(target, { method, headers: options?.headers, body: options?.body });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const text = await response.text();
    let body: unknown = {};
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = { error: 'invalid_response', error_description: text.slice(0, 200) };
    }
    return { headers, body: body as T, status: response.status };
  };
  return {
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}

export function createEntraTokenSource(settings: EntraTokenSettings): TokenSource {
  const real = new URL(settings.authorityUrl);
  const msalOrigin = `https://${real.host}`;
  const authority = `${msalOrigin}/${settings.tenantId}`;
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      authority,
      knownAuthorities: [real.host],
      authorityMetadata: JSON.stringify({
        token_endpoint: `${authority}/oauth2/v2.0/token`,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        issuer: `${authority}/v2.0`,
        jwks_uri: `${authority}/discovery/v2.0/keys`,
        end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
      }),
    },
    system: { networkClient: networkClient(msalOrigin, real.origin) },
  });
  return async () => {
    let result: Awaited<ReturnType<typeof app.acquireTokenByClientCredential>>;
    try {
      result = await app.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE] });
    } catch (error) {
      throw credentialError(error, settings);
    }
    if (!result?.accessToken) throw new DirectoryStop('entra_token', 'Entra ID returned no access token');
    return result.accessToken;
  };
}

/** A refused credential names the setting to fix; anything else keeps MSAL's words. */
function credentialError(error: unknown, settings: EntraTokenSettings): Error {
  const code = (error as { errorCode?: string }).errorCode ?? '';
  const message = (error as Error).message ?? String(error);
  if (code === 'invalid_client' || /AADSTS7000215|AADSTS7000222/.test(message)) {
    return new DirectoryStop(
      'entra_credentials',
      `Entra ID refused the client secret: check ${settings.clientSecretSetting} (${firstLine(message)})`,
    );
  }
  if (code === 'unauthorized_client' || /AADSTS700016/.test(message)) {
    return new DirectoryStop(
      'entra_credentials',
      `Entra ID does not know the application: check ${settings.clientIdSetting} and MICROSOFT_APP_TENANT_ID (${firstLine(message)})`,
    );
  }
  if (/AADSTS90002|AADSTS900023/.test(message)) {
    return new DirectoryStop(
      'entra_credentials',
      `Entra ID does not know the tenant: check MICROSOFT_APP_TENANT_ID (${firstLine(message)})`,
    );
  }
  return new DirectoryStop(
    'entra_token',
    `no Graph token from ENTRA_AUTHORITY_URL (${settings.authorityUrl}): ${firstLine(message)}`,
  );
}

const firstLine = (text: string) => text.split('\n')[0].slice(0, 300);
