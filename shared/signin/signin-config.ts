/**
 * Console sign-in settings from the environment, spread into the one config schema (shared/config):
 * OpenID Connect with Microsoft Entra ID (SIGNIN_ENTRA_*) and Sign in with Slack (SIGNIN_SLACK_*),
 * each on only when its issuer (Slack's defaults to https://slack.com), client id and secret are
 * set; the session's idle and absolute timeouts. Redirect URLs default to PUBLIC_URL/auth/<provider>/callback.
 */
import { z } from 'zod';

const optional = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));
const optionalUrl = optional.pipe(z.url({ protocol: /^https?$/ }).optional());

export const signinEnvSchema = {
  SIGNIN_ENTRA_ISSUER: optionalUrl,
  SIGNIN_ENTRA_CLIENT_ID: optional,
  SIGNIN_ENTRA_CLIENT_SECRET: optional,
  SIGNIN_ENTRA_REDIRECT_URL: optionalUrl,
  SIGNIN_SLACK_ISSUER: optionalUrl,
  SIGNIN_SLACK_CLIENT_ID: optional,
  SIGNIN_SLACK_CLIENT_SECRET: optional,
  SIGNIN_SLACK_REDIRECT_URL: optionalUrl,
  // a console session ends after this long without a request, and after SESSION_MAX_HOURS anyway
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
};

export type SigninProviderName = 'entra' | 'slack';

export interface SigninProviderConfig {
  name: SigninProviderName;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** unset: PUBLIC_URL/auth/<name>/callback, PUBLIC_URL being the server's real address */
  redirectUrl?: string;
}

export interface SigninConfig {
  providers: SigninProviderConfig[];
  idleMs: number;
  absoluteMs: number;
}

type SigninEnv = {
  [K in keyof typeof signinEnvSchema]?: z.output<(typeof signinEnvSchema)[K]>;
} & { SESSION_IDLE_MINUTES: number; SESSION_MAX_HOURS: number };

/** The providers whose three settings are all given; a half-configured one is a start-up error. */
export function checkSignin(env: SigninEnv, ctx: z.RefinementCtx): void {
  for (const name of ['ENTRA', 'SLACK'] as const) {
    const id = env[`SIGNIN_${name}_CLIENT_ID`];
    const secret = env[`SIGNIN_${name}_CLIENT_SECRET`];
    const issuer = name === 'SLACK' ? 'https://slack.com' : env.SIGNIN_ENTRA_ISSUER;
    if ((id || secret) && !(id && secret && issuer)) {
      ctx.addIssue({
        code: 'custom',
        path: [`SIGNIN_${name}_CLIENT_ID`],
        message: `needs SIGNIN_${name}_CLIENT_ID, SIGNIN_${name}_CLIENT_SECRET${name === 'ENTRA' ? ' and SIGNIN_ENTRA_ISSUER' : ''} together`,
      });
    }
  }
}

export function signinConfigFrom(e: SigninEnv): SigninConfig {
  const providers: SigninProviderConfig[] = [];
  if (e.SIGNIN_ENTRA_ISSUER && e.SIGNIN_ENTRA_CLIENT_ID && e.SIGNIN_ENTRA_CLIENT_SECRET) {
    providers.push({
      name: 'entra',
      issuer: e.SIGNIN_ENTRA_ISSUER,
      clientId: e.SIGNIN_ENTRA_CLIENT_ID,
      clientSecret: e.SIGNIN_ENTRA_CLIENT_SECRET,
      redirectUrl: e.SIGNIN_ENTRA_REDIRECT_URL,
    });
  }
  if (e.SIGNIN_SLACK_CLIENT_ID && e.SIGNIN_SLACK_CLIENT_SECRET) {
    providers.push({
      name: 'slack',
      issuer: e.SIGNIN_SLACK_ISSUER ?? 'https://slack.com',
      clientId: e.SIGNIN_SLACK_CLIENT_ID,
      clientSecret: e.SIGNIN_SLACK_CLIENT_SECRET,
      redirectUrl: e.SIGNIN_SLACK_REDIRECT_URL,
    });
  }
  return {
    providers,
    idleMs: e.SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: e.SESSION_MAX_HOURS * 3_600_000,
  };
}
