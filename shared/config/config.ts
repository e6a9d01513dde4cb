/**
 * One typed configuration, read from the environment (or explicit options in tests) and
 * validated at start: a bad value stops the server with a message naming the variable.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import {
  type AmbassadorConfig,
  ambassadorConfigFrom,
  ambassadorEnvSchema,
} from '../ambassadors/ambassador-config.js';
import {
  checkDirectory,
  type DirectoryConfig,
  directoryConfigFrom,
  directoryEnvSchema,
} from '../directory/directory-config.js';
import { AppError } from '../errors/errors.js';
import {
  type GroupInvitationsConfig,
  groupInvitationsConfigFrom,
  groupInvitationsEnvSchema,
} from '../groups/invitations/invitations-config.js';
import { type InsightsConfig, insightsConfigFrom, insightsEnvSchema } from '../insights/insights-config.js';
import { type NewsConfig, newsConfigFrom, newsEnvSchema } from '../news/news-config.js';
import { type PollConfig, pollConfigFrom, pollEnvSchema } from '../polls/poll-config.js';
import {
  checkSignin,
  type SigninConfig,
  signinConfigFrom,
  signinEnvSchema,
} from '../signin/signin-config.js';
import { type TourSettings, tourEnvSchema, tourSettingsFrom } from '../tours/tour-config.js';

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

/** '1'/'true' or '0'/'false' (unset = false) */
const flag = z
  .enum(['', '0', '1', 'false', 'true'], { message: 'must be 1 or 0' })
  .optional()
  .transform((v) => v === '1' || v === 'true');

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    // interface to listen on; unset → 127.0.0.1 while Teams runs unauthenticated, else 0.0.0.0
    HOST: optionalString,
    PUBLIC_URL: url.optional(),
    // which proxies' X-Forwarded-* headers to believe: express's trust proxy values
    TRUST_PROXY: z
      .string()
      .regex(
        /^(true|false|\d{1,2}|[\w.:/-]+(\s*,\s*[\w.:/-]+)*)$/,
        'must be true, false, a hop count, or a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal',
      )
      .default('loopback, linklocal, uniquelocal'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    // 0 behind a transaction-mode pooler that cannot keep a session's named statements
    DATABASE_PREPARED_STATEMENTS: z
      .enum(['', '0', '1', 'false', 'true'], { message: 'must be 1 or 0' })
      .optional()
      .transform((v) => v !== '0' && v !== 'false'),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
    // BullMQ key prefix: deployments (or test servers) sharing one Redis keep their queues apart
    REDIS_QUEUE_PREFIX: z
      .string()
      .regex(/^[\w.-]{1,40}$/, 'letters, digits, _ . - (at most 40)')
      .default('relais'),
    MICROSOFT_APP_ID: optionalString,
    MICROSOFT_APP_PASSWORD: optionalString,
    MICROSOFT_APP_TENANT_ID: optionalString,
    MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
    BOT_OPENID_METADATA_URL: url.default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
    BOT_TOKEN_ISSUER: z.string().default('https://api.botframework.com'),
    TEAMS_SERVICE_URL: url.default('https://smba.trafficmanager.net/teams/'),
    // tenants whose Teams activities are served besides MICROSOFT_APP_TENANT_ID (SingleTenant)
    TEAMS_ALLOWED_TENANTS: list,
    // run Teams without authentication although HOST is not loopback or PUBLIC_URL is https: the
    // Agents Playground reached through an https tunnel or another local interface. Real Teams
    // cannot use this mode anyway: its serviceUrls are never loopback, and only those are answered
    TEAMS_ALLOW_UNAUTHENTICATED: flag,
    // 0 for a Slack-only deployment: no Teams endpoint at all
    TEAMS_ENABLED: z
      .enum(['', '0', '1', 'false', 'true'], { message: 'must be 1 or 0' })
      .optional()
      .transform((v) => v !== '0' && v !== 'false'),
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_BOT_TOKEN: optionalString,
    SLACK_CLIENT_ID: optionalString,
    SLACK_CLIENT_SECRET: optionalString,
    SLACK_STATE_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString,
    SLACK_API_URL: url.default('https://slack.com/api/'),
    // Slack workspaces (T…) or Enterprise Grid organisations (E…) allowed to install and call
    SLACK_ALLOWED_TEAM_IDS: list,
    RELAIS_API_KEYS: list,
    // bearer token Prometheus sends to scrape /metrics; unset = /metrics is off
    METRICS_TOKEN: z
      .string()
      .optional()
      .transform((v) => v || undefined)
      .pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    TAB_SSO_CLIENT_ID: optionalString,
    TAB_SSO_ISSUER: optionalString,
    TAB_SSO_JWKS_URL: optionalString.pipe(url.optional()),
    // the App ID URI (api://host/clientId) v1 access tokens carry as their audience
    TAB_SSO_APP_ID_URI: optionalString,
    // Entra tenants whose people may sign in; required when TAB_SSO_ISSUER has {tenantid}
    TAB_SSO_ALLOWED_TENANTS: list,
    // extra Teams host origins the tab trusts (teams-js already trusts Microsoft's own hosts)
    TAB_ALLOWED_HOST_ORIGINS: list.refine(
      (origins) => origins.every((o) => /^https?:\/\/[^/?#\s]+$/.test(o)),
      'must be comma-separated origins such as https://teams.example.com (no path)',
    ),
    // who people write to about their personal data (an email, a URL or a name), shown on /tabs/privacy
    RELAIS_PRIVACY_CONTACT: optionalString.pipe(z.string().trim().max(300).optional()),
    ...pollEnvSchema,
    // outbound pacing (architecture: Sending at platform speed): Teams per tenant, never above 50/s
    TEAMS_RATE_PER_SECOND: z.coerce
      .number()
      .positive()
      .max(50, 'must be at most 50 (the Teams per-tenant limit)')
      .default(40),
    // Slack per workspace: starts at SLACK_RATE_PER_SECOND, raised while no 429, halved on one
    SLACK_RATE_PER_SECOND: z.coerce.number().positive().max(100).default(2),
    SLACK_MAX_RATE_PER_SECOND: z.coerce.number().positive().max(100).default(10),
    // servers on this machine, one per core ('auto'): bots/server-processes.ts
    SERVER_PROCESSES: z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(64)], {
        message: "must be a number from 1 to 64, or 'auto' (one per core)",
      })
      .default(1)
      .transform((v) => (v === 'auto' ? os.availableParallelism() : v)),
    // delivery jobs one instance runs at once (also the most sends a crash can leave in flight)
    DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(16),
    ...newsEnvSchema,
    DEFAULT_LOCALE: z.enum(['fr', 'en']).default('fr'),
    ...tourEnvSchema,
    ...directoryEnvSchema,
    ...signinEnvSchema,
    ...ambassadorEnvSchema,
    ...insightsEnvSchema,
    ...groupInvitationsEnvSchema,
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
    // a managed identity lives in one tenant too: botbuilder asserts its tenant id, and it is the
    // tenant allowlist (an empty one would serve every tenant)
    if (env.MICROSOFT_APP_ID && env.MICROSOFT_APP_TYPE !== 'MultiTenant' && !env.MICROSOFT_APP_TENANT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['MICROSOFT_APP_TENANT_ID'],
        message: `is required for a ${env.MICROSOFT_APP_TYPE} bot`,
      });
    }
    if (env.SLACK_RATE_PER_SECOND > env.SLACK_MAX_RATE_PER_SECOND) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_RATE_PER_SECOND'],
        message: `must not exceed SLACK_MAX_RATE_PER_SECOND (${env.SLACK_MAX_RATE_PER_SECOND})`,
      });
    }
    checkTabSso(env, ctx);
    checkDirectory(env, ctx);
    checkSignin(env, ctx);
  });

/** Tab SSO is all three variables or none, and a multi-tenant issuer needs a tenant allowlist. */
function checkTabSso(
  env: {
    TAB_SSO_CLIENT_ID?: string;
    TAB_SSO_ISSUER?: string;
    TAB_SSO_JWKS_URL?: string;
    TAB_SSO_ALLOWED_TENANTS: string[];
    MICROSOFT_APP_TENANT_ID?: string;
  },
  ctx: z.RefinementCtx,
): void {
  const parts = ['TAB_SSO_CLIENT_ID', 'TAB_SSO_ISSUER', 'TAB_SSO_JWKS_URL'] as const;
  const given = parts.filter((name) => env[name]);
  if (given.length > 0 && given.length < parts.length) {
    for (const name of parts.filter((n) => !env[n])) {
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: `is required when ${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} set (tab SSO needs all three)`,
      });
    }
  }
  // "{tenantid}" accepts whichever tenant signed the token: without a list, every Entra tenant
  // in the world could sign in and be matched to our people by email
  if (
    env.TAB_SSO_ISSUER?.includes('{tenantid}') &&
    env.TAB_SSO_ALLOWED_TENANTS.length === 0 &&
    !env.MICROSOFT_APP_TENANT_ID
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['TAB_SSO_ALLOWED_TENANTS'],
      message:
        'is required when TAB_SSO_ISSUER contains {tenantid} (list the Entra tenant ids allowed to sign in, or set MICROSOFT_APP_TENANT_ID)',
    });
  }
}

export type RawEnv = z.input<typeof schema>;

export interface Config {
  port: number;
  /** HOST, else 127.0.0.1 while Teams is on and unauthenticated (nothing outside this machine reaches it) */
  listenHost: string;
  publicUrl: string;
  /**
   * TRUST_PROXY, as express's `trust proxy`: whose X-Forwarded-For/-Proto are believed. By default
   * only proxies on this machine or a private network (a container's ingress, a load balancer in
   * the same network); a client on the internet cannot claim https or another address.
   */
  trustProxy: boolean | number | string;
  /** SERVER_PROCESSES: Relais servers this start runs on its port (bots/server-processes.ts) */
  serverProcesses: number;
  dataDir: string;
  databaseUrl?: string;
  /** DATABASE_PREPARED_STATEMENTS: PostgreSQL statements named per text (prepared-statements-pool.ts) */
  databasePreparedStatements: boolean;
  redisUrl?: string;
  /** REDIS_QUEUE_PREFIX: key prefix of the BullMQ queues */
  redisQueuePrefix: string;
  teams: {
    /** TEAMS_ENABLED: false for a Slack-only deployment */
    enabled: boolean;
    appId?: string;
    appPassword?: string;
    tenantId?: string;
    appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
    openIdMetadataUrl: string;
    tokenIssuer: string;
    serviceUrl: string;
    /** tenants whose activities are served (empty: any): MICROSOFT_APP_TENANT_ID unless MultiTenant, plus TEAMS_ALLOWED_TENANTS */
    allowedTenants: string[];
    /** TEAMS_ALLOW_UNAUTHENTICATED: unauthenticated mode although HOST is not loopback or PUBLIC_URL is https */
    allowUnauthenticated: boolean;
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
    /** SLACK_ALLOWED_TEAM_IDS: team (T…) and enterprise (E…) ids; empty = any */
    allowedTeamIds: string[];
  };
  apiKeys: string[];
  /** METRICS_TOKEN: the bearer token /metrics (and /readyz details) require; unset = off */
  metricsToken?: string;
  tabSso: {
    clientId?: string;
    issuer?: string;
    jwksUrl?: string;
    appIdUri?: string;
    /** empty = any tenant the issuer accepts (only possible with a single-tenant issuer) */
    allowedTenants: string[];
  };
  tabAllowedHostOrigins: string[];
  /** RELAIS_PRIVACY_CONTACT: the deploying organisation's data protection contact */
  privacyContact?: string;
  /** polls: the anonymity key, the debounce of shared cards (POLL_*) */
  polls: PollConfig;
  /** news: approval of organisation-wide sends, reminders (NEWS_*) */
  news: NewsConfig;
  defaultLocale: 'fr' | 'en';
  logLevel: string;
  /** welcome tours: time zone fallback, working days, quiet hours, default step time */
  tours: TourSettings;
  /** directory sync from Entra ID and Slack (DIRECTORY_*, GRAPH_API_URL, ENTRA_AUTHORITY_URL) */
  directory: DirectoryConfig;
  /** console sign-in: OpenID Connect providers and session timeouts (SIGNIN_*, SESSION_*) */
  signin: SigninConfig;
  /** ambassadors: digest size, inactivity, relay cap (AMBASSADOR_*) */
  ambassadors?: AmbassadorConfig;
  /** adoption insights: smallest segment shown, raw event retention (INSIGHTS_*) */
  insights?: InsightsConfig;
  /** group invitations: redirect URL, invitation budgets, tries (GROUP_INVITE_*) */
  groupInvitations: GroupInvitationsConfig;
  /** outbound pacing and fan-out */
  delivery: {
    /** TEAMS_RATE_PER_SECOND: fixed, per tenant, ≤ 50 */
    teamsPerSecond: number;
    /** SLACK_RATE_PER_SECOND: the adaptive per-workspace rate starts here */
    slackStartPerSecond: number;
    /** SLACK_MAX_RATE_PER_SECOND: and is never raised above this */
    slackMaxPerSecond: number;
    /** DELIVERY_CONCURRENCY: delivery jobs run at once per instance */
    concurrency: number;
  };
}

/**
 * Variables whose value may carry a secret: a connection URL (with its password), a password, a
 * secret, a token, a key. A start-up error ends up in logs and CI output, so it names them and the
 * problem, never the value; so for any value that is a URL with credentials in it.
 */
const secretBearing = /^(DATABASE_URL|REDIS_URL)$|PASSWORD|SECRET|TOKEN$|KEYS?$/;
const hasCredentials = (value: string) => /^[a-z][\w+.-]*:\/\/[^/?#\s]*@/i.test(value);

/** `NAME="value"` for a harmless value, `NAME (value hidden)` for one that may be a secret. */
export function describeVariable(name: string, value: string | undefined): string {
  if (value === undefined) return name;
  if (secretBearing.test(name) || hasCredentials(value)) return `${name} (value hidden)`;
  return `${name}=${JSON.stringify(value)}`;
}

/** Reads and validates the configuration; throws AppError('config_invalid') naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'configuration');
      return `${describeVariable(name, env[name])}: ${issue.message}`;
    });
    throw new AppError('config_invalid', `Invalid configuration:\n  ${lines.join('\n  ')}`, lines);
  }
  const e = result.data;
  const withSlash = (u: string) => (u.endsWith('/') ? u : `${u}/`);
  const ssoMultiTenant = Boolean(e.TAB_SSO_ISSUER?.includes('{tenantid}'));
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    listenHost: e.HOST ?? (e.MICROSOFT_APP_ID || !e.TEAMS_ENABLED ? '0.0.0.0' : '127.0.0.1'),
    publicUrl,
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    serverProcesses: e.SERVER_PROCESSES,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePreparedStatements: e.DATABASE_PREPARED_STATEMENTS,
    redisUrl: e.REDIS_URL,
    redisQueuePrefix: e.REDIS_QUEUE_PREFIX,
    teams: {
      enabled: e.TEAMS_ENABLED,
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      appType: e.MICROSOFT_APP_TYPE,
      openIdMetadataUrl: e.BOT_OPENID_METADATA_URL,
      tokenIssuer: e.BOT_TOKEN_ISSUER,
      serviceUrl: withSlash(e.TEAMS_SERVICE_URL),
      allowedTenants: unique([
        ...(e.MICROSOFT_APP_TYPE !== 'MultiTenant' && e.MICROSOFT_APP_TENANT_ID
          ? [e.MICROSOFT_APP_TENANT_ID]
          : []),
        ...e.TEAMS_ALLOWED_TENANTS,
      ]),
      allowUnauthenticated: e.TEAMS_ALLOW_UNAUTHENTICATED,
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
      allowedTeamIds: e.SLACK_ALLOWED_TEAM_IDS,
    },
    apiKeys: e.RELAIS_API_KEYS,
    metricsToken: e.METRICS_TOKEN,
    tabSso: {
      clientId: e.TAB_SSO_CLIENT_ID,
      issuer: e.TAB_SSO_ISSUER,
      jwksUrl: e.TAB_SSO_JWKS_URL,
      appIdUri: e.TAB_SSO_APP_ID_URI,
      allowedTenants:
        e.TAB_SSO_ALLOWED_TENANTS.length > 0 || !ssoMultiTenant
          ? e.TAB_SSO_ALLOWED_TENANTS
          : [e.MICROSOFT_APP_TENANT_ID!],
    },
    tabAllowedHostOrigins: e.TAB_ALLOWED_HOST_ORIGINS,
    privacyContact: e.RELAIS_PRIVACY_CONTACT || undefined,
    polls: pollConfigFrom(e),
    news: newsConfigFrom(e),
    defaultLocale: e.DEFAULT_LOCALE,
    logLevel: e.LOG_LEVEL,
    tours: tourSettingsFrom(e),
    directory: directoryConfigFrom(e),
    signin: signinConfigFrom(e),
    ambassadors: ambassadorConfigFrom(e),
    insights: insightsConfigFrom(e),
    groupInvitations: groupInvitationsConfigFrom(e),
    delivery: {
      teamsPerSecond: e.TEAMS_RATE_PER_SECOND,
      slackStartPerSecond: e.SLACK_RATE_PER_SECOND,
      slackMaxPerSecond: e.SLACK_MAX_RATE_PER_SECOND,
      concurrency: e.DELIVERY_CONCURRENCY,
    },
  };
}

const unique = (values: string[]) => [...new Set(values)];

/** express's `trust proxy` value from the setting's text */
function trustProxyOf(text: string): boolean | number | string {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}
