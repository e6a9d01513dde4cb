/**
 * Verifies Teams tab single sign-on tokens (Entra ID access tokens for our API): signature from
 * the configured key set, audience = our app (the client id or its api:// URI), issuer as
 * configured ("{tenantid}" in the issuer stands for the token's own tenant, for multi-tenant apps).
 */
import { createRemoteJWKSet, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose';
import { AppError } from '../errors/errors.js';

export interface SsoClaims {
  tenantId: string;
  aadObjectId: string;
  email: string | null;
  displayName: string;
  locale?: string;
}

export interface SsoVerifier {
  verify(token: string): Promise<SsoClaims>;
}

export interface SsoSettings {
  clientId: string;
  issuer: string;
  jwksUrl: string;
}

export function createSsoVerifier(settings: SsoSettings): SsoVerifier {
  const keys = createRemoteJWKSet(new URL(settings.jwksUrl), {
    cooldownDuration: 30_000,
    cacheMaxAge: 3_600_000,
  });
  const audienceOk = (aud: JWTPayload['aud']) =>
    [aud ?? []].flat().some((a) => a === settings.clientId || a.endsWith(`/${settings.clientId}`));

  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, { algorithms: ['RS256'], clockTolerance: 60 }));
      } catch (error) {
        const reason = error instanceof joseErrors.JWTExpired ? 'token expired' : 'invalid token';
        throw new AppError('unauthenticated', reason);
      }
      const tenantId = typeof payload.tid === 'string' ? payload.tid : '';
      const expectedIssuer = settings.issuer.replace('{tenantid}', tenantId);
      if (payload.iss !== expectedIssuer) throw new AppError('unauthenticated', 'token issuer not accepted');
      if (!audienceOk(payload.aud)) throw new AppError('unauthenticated', 'token audience not accepted');
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
      };
    },
  };
}
