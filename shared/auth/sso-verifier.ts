/**
 * Verifies Teams tab single sign-on tokens (Entra ID access tokens for our API): signature from
 * the configured key set, audience exactly our app (its client id, which v2 tokens carry, or its
 * App ID URI, which v1 tokens carry), issuer as configured, and the token's tenant (`tid`) among
 * the allowed ones. "{tenantid}" in the issuer stands for the token's own tenant; such an issuer
 * matches a token from ANY Entra tenant, so the configuration insists on a tenant allowlist then
 * (without one, anyone could mint a token in their own tenant with our email addresses in it).
 * The token also says whether its holder is a guest of the tenant (B2B): see `accountKind`.
 */
import { createRemoteJWKSet, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose';
import type { Config } from '../config/config.js';
import { AppError } from '../errors/errors.js';

export interface SsoClaims {
  tenantId: string;
  aadObjectId: string;
  email: string | null;
  displayName: string;
  locale?: string;
  /** 'guest' for a B2B guest or an external identity of the tenant, else 'member' */
  kind: 'member' | 'guest';
}

export interface SsoVerifier {
  verify(token: string): Promise<SsoClaims>;
}

export interface SsoSettings {
  clientId: string;
  /** the issuer tokens must carry; "{tenantid}" is replaced by the token's `tid` */
  issuer: string;
  jwksUrl: string;
  /** the App ID URI (api://host/clientId) accepted as audience besides the client id */
  appIdUri?: string;
  /** tenants whose tokens are accepted; empty = any the issuer matches (fixed-tenant issuers only) */
  allowedTenants: string[];
}

/** The verifier settings of a configuration, or undefined when tab SSO is off. */
export function ssoSettingsFrom(tabSso: Config['tabSso']): SsoSettings | undefined {
  const { clientId, issuer, jwksUrl } = tabSso;
  if (!clientId || !issuer || !jwksUrl) return undefined;
  return { clientId, issuer, jwksUrl, appIdUri: tabSso.appIdUri, allowedTenants: tabSso.allowedTenants };
}

/**
 * Whether the token's holder is a guest of the token's tenant. Entra says so two ways: the
 * optional `acct` claim (0 member, 1 guest) and `idp`, the identity provider that authenticated
 * the user, which Entra sets only when it is not the token's issuer (another Entra tenant's
 * `https://sts.windows.net/{their tid}/`, `live.com`, a federated provider). An `idp` naming the
 * token's own tenant (the v1 form of a v2 issuer, say) is still a member.
 */
export function accountKind(payload: JWTPayload, tenantId: string): 'member' | 'guest' {
  if (payload.acct === 1 || payload.acct === '1') return 'guest';
  const idp = payload.idp;
  if (typeof idp !== 'string' || idp === '' || idp === payload.iss) return 'member';
  const ownTenant = idp.split('/').includes(tenantId);
  return ownTenant ? 'member' : 'guest';
}

export function createSsoVerifier(settings: SsoSettings): SsoVerifier {
  if (settings.issuer.includes('{tenantid}') && settings.allowedTenants.length === 0) {
    // loadConfig refuses this too; a verifier built by hand must not be the open door either
    throw new AppError('config_invalid', 'a {tenantid} SSO issuer needs a list of allowed tenants');
  }
  const keys = createRemoteJWKSet(new URL(settings.jwksUrl), {
    cooldownDuration: 30_000,
    cacheMaxAge: 3_600_000,
  });
  const audiences = new Set([settings.clientId, ...(settings.appIdUri ? [settings.appIdUri] : [])]);
  const allowedTenants = new Set(settings.allowedTenants);
  const audienceOk = (aud: JWTPayload['aud']) => [aud ?? []].flat().some((a) => audiences.has(a));

  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          algorithms: ['RS256'],
          clockTolerance: 60,
          requiredClaims: ['exp'],
        }));
      } catch (error) {
        const reason = error instanceof joseErrors.JWTExpired ? 'token expired' : 'invalid token';
        throw new AppError('unauthenticated', reason);
      }
      if (typeof payload.tid !== 'string' || payload.tid === '') {
        throw new AppError('unauthenticated', 'token has no tid claim');
      }
      const tenantId = payload.tid;
      if (payload.iss !== settings.issuer.replace('{tenantid}', tenantId))
        throw new AppError('unauthenticated', 'token issuer not accepted');
      if (!audienceOk(payload.aud)) throw new AppError('unauthenticated', 'token audience not accepted');
      if (allowedTenants.size > 0 && !allowedTenants.has(tenantId))
        throw new AppError('unauthenticated', 'token tenant not accepted');
      if (typeof payload.oid !== 'string') throw new AppError('unauthenticated', 'token has no oid claim');
      const email = [payload.preferred_username, payload.upn, payload.email].find(
        (v): v is string => typeof v === 'string' && v.includes('@'),
      );
      return {
        tenantId,
        aadObjectId: payload.oid,
        email: email ?? null,
        displayName: typeof payload.name === 'string' ? payload.name : (email ?? payload.oid),
        locale: typeof payload.locale === 'string' ? payload.locale : undefined,
        kind: accountKind(payload, tenantId),
      };
    },
  };
}
