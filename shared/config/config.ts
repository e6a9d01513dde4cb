/**
 * One typed configuration, read from the environment (or explicit options in tests) and
 * validated at start: a bad value stops the server with a message naming the variable.
 */
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors/errors.js';

const url = z.url({ protocol: /^https?$/ });
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));
const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    PUBLIC_URL: url.optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
    MICROSOFT_APP_ID: optionalString,
    MICROSOFT_APP_PASSWORD: optionalString,
    MICROSOFT_APP_TENANT_ID: optionalString,
    MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
    BOT_OPENID_METADATA_URL: url.default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
    BOT_TOKEN_ISSUER: z.string().default('https://api.botframework.com'),
    TEAMS_SERVICE_URL: url.default('https://smba.trafficmanager.net/teams/'),
    TEAMS_RATE_PER_SECOND: z.coerce.number().positive().max(50).default(40),
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_BOT_TOKEN: optionalString,
    SLACK_CLIENT_ID: optionalString,
    SLACK_CLIENT_SECRET: optionalString,
    SLACK_STATE_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString,
    SLACK_API_URL: url.default('https://slack.com/api/'),
    RELAIS_API_KEYS: list,
    TAB_SSO_CLIENT_ID: optionalString,
    TAB_SSO_ISSUER: optionalString,
    TAB_SSO_JWKS_URL: url.optional(),
    // extra Teams host origins the tab trusts (teams-js already trusts Microsoft's own hosts)
    TAB_ALLOWED_HOST_ORIGINS: list.refine(
      (origins) => origins.every((o) => /^https?:\/\/[^/?#\s]+$/.test(o)),
      'must be comma-separated origins such as https://teams.example.com (no path)',
    ),
    // who people write to about their personal data (an email, a URL or a name), shown on /tabs/privacy
    RELAIS_PRIVACY_CONTACT: optionalString.pipe(z.string().trim().max(300).optional()),
    DEFAULT_LOCALE: z.enum(['fr', 'en']).default('fr'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'is required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)',
      });
    }
    if (
      env.SLACK_CLIENT_ID &&
      (!env.SLACK_CLIENT_SECRET || !env.SLACK_STATE_SECRET || !env.SLACK_SIGNING_SECRET)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_CLIENT_ID'],
        message:
          'needs SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and SLACK_SIGNING_SECRET for the OAuth install',
      });
    }
    if (env.MICROSOFT_APP_ID && env.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !env.MICROSOFT_APP_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['MICROSOFT_APP_PASSWORD'],
        message: 'is required when MICROSOFT_APP_ID is set',
      });
    }
    if (env.MICROSOFT_APP_ID && env.MICROSOFT_APP_TYPE === 'SingleTenant' && !env.MICROSOFT_APP_TENANT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['MICROSOFT_APP_TENANT_ID'],
        message: 'is required for a SingleTenant bot',
      });
    }
  });

export type RawEnv = z.input<typeof schema>;

export interface Config {
  port: number;
  publicUrl: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  teams: {
    appId?: string;
    appPassword?: string;
    tenantId?: string;
    appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
    openIdMetadataUrl: string;
    tokenIssuer: string;
    serviceUrl: string;
    ratePerSecond: number;
  };
  slack: {
    enabled: boolean;
    signingSecret?: string;
    botToken?: string;
    clientId?: string;
    clientSecret?: string;
    stateSecret?: string;
    appToken?: string;
    apiUrl: string;
  };
  apiKeys: string[];
  tabSso: { clientId?: string; issuer?: string; jwksUrl?: string };
  tabAllowedHostOrigins: string[];
  /** RELAIS_PRIVACY_CONTACT: the deploying organisation's data protection contact */
  privacyContact?: string;
  defaultLocale: 'fr' | 'en';
  logLevel: string;
}

/** Reads and validates the configuration; throws AppError('config_invalid') naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'configuration');
      const value = env[name];
      return `${name}${value !== undefined ? `=${JSON.stringify(value)}` : ''}: ${issue.message}`;
    });
    throw new AppError('config_invalid', `Invalid configuration:\n  ${lines.join('\n  ')}`, lines);
  }
  const e = result.data;
  const withSlash = (u: string) => (u.endsWith('/') ? u : `${u}/`);
  return {
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    teams: {
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      appType: e.MICROSOFT_APP_TYPE,
      openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
      tokenIssuer: e.BOT_TOKEN_ISSUER,
      serviceUrl: withSlash(e.TEAMS_SERVICE_URL),
      ratePerSecond: e.TEAMS_RATE_PER_SECOND,
    },
    slack: {
      enabled: Boolean(e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN),
      signingSecret: e.SLACK_SIGNING_SECRET,
      botToken: e.SLACK_BOT_TOKEN,
      clientId: e.SLACK_CLIENT_ID,
      clientSecret: e.SLACK_CLIENT_SECRET,
      stateSecret: e.SLACK_STATE_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: withSlash(e.SLACK_API_URL),
    },
    apiKeys: e.RELAIS_API_KEYS,
    tabSso: { clientId: e.TAB_SSO_CLIENT_ID, issuer: e.TAB_SSO_ISSUER, jwksUrl: e.TAB_SSO_JWKS_URL },
    tabAllowedHostOrigins: e.TAB_ALLOWED_HOST_ORIGINS,
    privacyContact: e.RELAIS_PRIVACY_CONTACT || undefined,
    defaultLocale: e.DEFAULT_LOCALE,
    logLevel: e.LOG_LEVEL,
  };
}
