/**
 * OpenID Connect sign-in (authorization code + PKCE, through openid-client) with Microsoft Entra
 * ID or Slack. `begin` records the attempt (state digest, nonce, PKCE verifier) and gives the
 * provider's URL; `finish` spends the attempt once, lets openid-client check the state, the code
 * exchange, the ID token's signature, issuer, audience and nonce, then names the account by its
 * immutable ids only: Entra's tenant + object id, Slack's team + user id. A token's email never
 * names anyone. An issuer on http is accepted only on loopback (a local provider in tests).
 */
import * as client from 'openid-client';
import { digestOf } from './session-store.js';
import type { SigninProviderConfig, SigninProviderName } from './signin-config.js';
import type { SigninDb } from './signin-tables.js';

/** How long the provider may keep the person before coming back: then the attempt is stale. */
export const attemptLifetimeMs = 10 * 60_000;

export type SigninAccount =
  | { provider: 'entra'; tenantId: string; objectId: string; name: string }
  | { provider: 'slack'; teamId: string; userId: string; name: string };

export class SigninRefused extends Error {
  constructor(readonly reason: 'attempt' | 'provider' | 'claims') {
    super(`sign-in refused: ${reason}`);
  }
}

const isLoopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

export interface OidcSignIn {
  begin(provider: SigninProviderName): Promise<{ url: string; state: string }>;
  finish(
    provider: SigninProviderName,
    callbackUrl: URL,
    cookieState: string | undefined,
  ): Promise<SigninAccount>;
}

export function createOidcSignIn(deps: {
  db: SigninDb;
  providers: SigninProviderConfig[];
  /** where the server is reached: the default redirect URLs hang from it */
  baseUrl: () => string;
  now: () => number;
}): OidcSignIn {
  const discovered = new Map<SigninProviderName, Promise<client.Configuration>>();
  const settingsOf = (name: SigninProviderName) => {
    const settings = deps.providers.find((p) => p.name === name);
    if (!settings) throw new SigninRefused('provider');
    return settings;
  };
  const redirectOf = (p: SigninProviderConfig) =>
    p.redirectUrl ?? `${deps.baseUrl()}/auth/${p.name}/callback`;
  const configOf = (p: SigninProviderConfig) => {
    let config = discovered.get(p.name);
    if (!config) {
      const issuer = new URL(p.issuer);
      config = client.discovery(issuer, p.clientId, p.clientSecret, undefined, {
        execute: isLoopback(issuer) ? [client.allowInsecureRequests] : [],
      });
      // a failed discovery (provider down) is tried again by the next sign-in
      config.catch(() => discovered.delete(p.name));
      discovered.set(p.name, config);
    }
    return config;
  };

  return {
    async begin(name) {
      const p = settingsOf(name);
      const config = await configOf(p);
      const state = client.randomState();
      const nonce = client.randomNonce();
      const verifier = client.randomPKCECodeVerifier();
      // attempts abandoned at the provider: each new one sweeps the stale ones
      await deps.db
        .deleteFrom('signin_attempts')
        .where('created_ms', '<', deps.now() - attemptLifetimeMs)
        .execute();
      await deps.db
        .insertInto('signin_attempts')
        .values({
          state_digest: digestOf(state),
          provider: name,
          nonce,
          code_verifier: verifier,
          created_ms: deps.now(),
        })
        .execute();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectOf(p),
        scope: 'openid profile',
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, state };
    },

    async finish(name, callbackUrl, cookieState) {
      const p = settingsOf(name);
      const state = callbackUrl.searchParams.get('state');
      // the state must come back to the browser that started: a link from someone else's attempt fails here
      if (!state || !cookieState || state !== cookieState) throw new SigninRefused('attempt');
      const attempt = await deps.db
        .deleteFrom('signin_attempts')
        .where('state_digest', '=', digestOf(state))
        .returningAll()
        .executeTakeFirst();
      if (
        !attempt ||
        attempt.provider !== name ||
        deps.now() - Number(attempt.created_ms) > attemptLifetimeMs
      )
        throw new SigninRefused('attempt');
      const config = await configOf(p);
      // openid-client compares the redirect URL it builds from this one with the authorization request's
      const current = new URL(redirectOf(p));
      current.search = callbackUrl.search;
      let claims: client.IDToken | undefined;
      try {
        const tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: attempt.code_verifier,
          expectedState: state,
          expectedNonce: attempt.nonce,
          idTokenExpected: true,
        });
        claims = tokens.claims();
      } catch {
        throw new SigninRefused('provider');
      }
      if (!claims) throw new SigninRefused('claims');
      return accountOf(name, claims);
    },
  };
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

function accountOf(provider: SigninProviderName, claims: client.IDToken): SigninAccount {
  const name = text(claims.name) ?? '';
  if (provider === 'entra') {
    const tenantId = text(claims.tid);
    const objectId = text(claims.oid);
    if (!tenantId || !objectId) throw new SigninRefused('claims');
    return { provider, tenantId, objectId, name };
  }
  const teamId = text(claims['https://slack.com/team_id']);
  const userId = text(claims['https://slack.com/user_id']);
  if (!teamId || !userId) throw new SigninRefused('claims');
  return { provider, teamId, userId, name };
}
