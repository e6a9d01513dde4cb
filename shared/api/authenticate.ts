/**
 * REST authentication: an automation key from RELAIS_API_KEYS (`X-Api-Key`, or
 * `Authorization: Bearer <key>`), a Teams tab SSO token (`Authorization: Bearer <jwt>`), or the
 * standalone console's session cookie (shared/signin), which requires its CSRF token on every
 * state-changing request. A request naming a key or a token is judged by it alone.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { Principal } from '../auth/principal.js';
import type { SsoVerifier } from '../auth/sso-verifier.js';
import { AppError } from '../errors/errors.js';
import type { PeopleService } from '../people/people-service.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

export interface Authenticator {
  authenticate(req: Request): Promise<Principal>;
}

export function createAuthenticator(deps: {
  apiKeys: string[];
  sso?: SsoVerifier;
  people: PeopleService;
  /** the console session of the request's cookie, if any */
  session?: (req: Request) => Promise<Principal | undefined>;
}): Authenticator {
  // compare digests so neither the length nor the content of a key leaks through timing
  const keys = deps.apiKeys.map((key) => ({
    digest: digest(key),
    id: digest(key).toString('hex').slice(0, 8),
  }));
  const matchKey = (candidate: string) => {
    const d = digest(candidate);
    return keys.find((k) => timingSafeEqual(k.digest, d));
  };

  return {
    async authenticate(req) {
      const header = req.headers.authorization;
      const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
      const apiKey = (req.headers['x-api-key'] as string | undefined) ?? bearer;
      if (!header && !apiKey) {
        const signedIn = await deps.session?.(req);
        if (signedIn) return signedIn;
        throw new AppError(
          'unauthenticated',
          'missing credentials: sign in, or send X-Api-Key or a bearer token',
        );
      }
      const key = apiKey ? matchKey(apiKey) : undefined;
      if (key) return { kind: 'automation', keyId: key.id };
      if (bearer && bearer.split('.').length === 3 && deps.sso) {
        const claims = await deps.sso.verify(bearer);
        const person = await deps.people.signIn(claims);
        if (!person.active) throw new AppError('forbidden', 'this account is deactivated');
        return { kind: 'person', person, source: 'sso' };
      }
      throw new AppError('unauthenticated', 'invalid credentials');
    },
  };
}
