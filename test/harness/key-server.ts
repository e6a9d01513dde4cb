/**
 * A local OpenID key server: serves OpenID metadata and a JWKS over HTTP on 127.0.0.1 and signs
 * tokens with its private key, so tests exercise real token validation (Bot Framework inbound
 * tokens, Teams tab SSO tokens) without reaching Microsoft.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose';

export interface KeyServer {
  url: string;
  /** the OpenID metadata document URL (…/.well-known/openid-configuration) */
  metadataUrl: string;
  jwksUrl: string;
  issuer: string;
  /** signs a token with the served key (or with a key nobody serves, for forgery tests) */
  sign(
    claims: JWTPayload,
    options?: { expiresIn?: string | number; forged?: boolean; kid?: string },
  ): Promise<string>;
  /** how many times the JWKS was fetched */
  jwksHits(): number;
  close(): Promise<void>;
}

export async function startKeyServer(
  options: { issuer?: string; endorsements?: string[] } = {},
): Promise<KeyServer> {
  const kid = 'relais-test-key';
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const forger = await generateKeyPair('RS256');
  const jwk: JWK & { endorsements?: string[] } = {
    ...(await exportJWK(publicKey)),
    kid,
    alg: 'RS256',
    use: 'sig',
  };
  // Bot Framework keys list the channels they endorse; botbuilder checks 'msteams' is among them.
  jwk.endorsements = options.endorsements ?? ['msteams', 'emulator', 'webchat'];
  let hits = 0;

  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url?.startsWith('/.well-known/openid')) {
      res.setHeader('Content-Type', 'application/json');
      res.end(
        JSON.stringify({
          issuer: options.issuer ?? base,
          jwks_uri: `${base}/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['private_key_jwt'],
        }),
      );
      return;
    }
    if (req.url === '/keys') {
      hits += 1;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = options.issuer ?? url;

  return {
    url,
    metadataUrl: `${url}/.well-known/openid-configuration`,
    jwksUrl: `${url}/keys`,
    issuer,
    async sign(claims, signOptions = {}) {
      const jwt = new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: signOptions.kid ?? kid, typ: 'JWT' })
        .setIssuedAt()
        .setNotBefore(Math.floor(Date.now() / 1000) - 60);
      if (!claims.iss) jwt.setIssuer(issuer);
      if (signOptions.expiresIn !== undefined) {
        jwt.setExpirationTime(signOptions.expiresIn);
      } else if (!claims.exp) {
        jwt.setExpirationTime('1h');
      }
      return jwt.sign(signOptions.forged ? forger.privateKey : privateKey);
    },
    jwksHits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
