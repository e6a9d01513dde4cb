/**
 * Directory settings from the environment, spread into the one config schema (shared/config).
 * Nothing here is on unless DIRECTORY_SOURCES lists `entra` and/or `slack`; without it the
 * import and first contact work alone, as before the directory existed.
 */
import { z } from 'zod';
import { parseDelayMs } from '../config/delay.js';

export const directorySources = ['entra', 'slack'] as const;
export type DirectorySource = (typeof directorySources)[number];

/** Graph attributes the site or the department may come from (or a directory extension). */
const attribute = (fallback: string, allowed: readonly string[]) =>
  z
    .string()
    .trim()
    .default(fallback)
    .refine((v) => allowed.includes(v) || /^extension_[0-9a-fA-F]{32}_\w+$/.test(v), {
      message: `must be ${allowed.join(', ')} or an extension attribute extension_<appId without dashes>_<name>`,
    });

/** http is accepted only for this machine (local fakes): a secret or token never travels in clear. */
const secureUrl = z.url({ protocol: /^https?$/ }).refine(
  (v) => {
    const u = new URL(v);
    return u.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  },
  { message: 'must be https (http only for 127.0.0.1 or localhost)' },
);

export const directoryEnvSchema = {
  DIRECTORY_SOURCES: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const names = (v ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
      const unknown = names.filter((n) => !(directorySources as readonly string[]).includes(n));
      if (unknown.length) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown source ${unknown.join(', ')}: use entra, slack or both`,
        });
        return z.NEVER;
      }
      return [...new Set(names)] as DirectorySource[];
    }),
  GRAPH_API_URL: secureUrl.default('https://graph.microsoft.com/v1.0'),
  ENTRA_AUTHORITY_URL: secureUrl.default('https://login.microsoftonline.com'),
  DIRECTORY_CLIENT_ID: z.string().trim().optional(),
  DIRECTORY_CLIENT_SECRET: z.string().optional(),
  DIRECTORY_SYNC_INTERVAL: z
    .string()
    .default('PT1H')
    .transform((v, ctx) => {
      const ms = parseDelayMs(v);
      if (ms === undefined || ms < 60_000) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be an ISO-8601 duration (PT1H) or hours (1), at least 1 minute',
        });
        return z.NEVER;
      }
      return ms;
    }),
  DIRECTORY_SITE_ATTRIBUTE: attribute('officeLocation', ['officeLocation', 'city']),
  DIRECTORY_DEPARTMENT_ATTRIBUTE: attribute('department', ['department']),
  // users per Graph page (Graph's maximum is 999)
  DIRECTORY_PAGE_SIZE: z.coerce.number().int().min(1).max(999).default(999),
  // tries of one Graph or Slack call answered 429/503/504 before the run stops
  DIRECTORY_MAX_RETRIES: z.coerce.number().int().min(0).max(20).default(6),
  // Slack custom profile fields (their labels in team.profile.get) holding the department and site
  DIRECTORY_SLACK_DEPARTMENT_FIELD: z.string().trim().optional(),
  // install Relais in the personal scope of synced Entra members not yet reached on Teams
  TEAMS_PROACTIVE_INSTALL: z
    .enum(['', '0', '1', 'false', 'true'], { message: 'must be 1 or 0' })
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  // the Relais app's id in the organisation's Teams app catalog (Graph appCatalogs/teamsApps)
  TEAMS_CATALOG_APP_ID: z.string().trim().optional(),
  // Graph's Teams APIs take about 30 requests/s per app and tenant
  TEAMS_INSTALL_RATE_PER_SECOND: z.coerce.number().positive().max(30).default(30),
  DIRECTORY_SLACK_SITE_FIELD: z.string().trim().optional(),
  // the workspaces of one Enterprise Grid org to read with an org-level token (unset: the token's own)
  DIRECTORY_SLACK_TEAMS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const ids = [
        ...new Set(
          (v ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ];
      const bad = ids.filter((id) => !/^T[A-Z0-9]{2,20}$/.test(id));
      if (bad.length || ids.length > 100) {
        ctx.addIssue({
          code: 'custom',
          message: 'must list at most 100 Slack workspace ids separated by commas (T0123ABCD,T0456EFGH)',
        });
        return z.NEVER;
      }
      return ids;
    }),
  // where a person on both platforms gets their one copy when they chose none and never spoke
  DEFAULT_PLATFORM: z.enum(['teams', 'slack'], { message: 'must be teams or slack' }).default('teams'),
};

export interface DirectoryConfig {
  sources: DirectorySource[];
  graphApiUrl: string;
  authorityUrl: string;
  /** tenant, application and secret the app-only Graph token is asked with (entra only) */
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  /** the settings the credentials came from, for error messages */
  clientIdSetting: string;
  clientSecretSetting: string;
  syncIntervalMs: number;
  siteAttribute: string;
  departmentAttribute: string;
  pageSize: number;
  maxRetries: number;
  slack: {
    apiUrl: string;
    botToken?: string;
    departmentField?: string;
    siteField?: string;
    /** DIRECTORY_SLACK_TEAMS: the Grid org's workspaces to read (empty: the token's own workspace) */
    teamIds?: string[];
  };
  /** TEAMS_PROACTIVE_INSTALL with TEAMS_CATALOG_APP_ID: install Relais for people not yet reached */
  proactiveInstall?: { catalogAppId: string; perSecond: number };
  /** DEFAULT_PLATFORM: a person on both platforms, with no preference and never seen, gets it here */
  defaultPlatform: 'teams' | 'slack';
}

type DirectoryEnv = {
  DIRECTORY_SOURCES: DirectorySource[];
  GRAPH_API_URL: string;
  ENTRA_AUTHORITY_URL: string;
  DIRECTORY_CLIENT_ID?: string;
  DIRECTORY_CLIENT_SECRET?: string;
  DIRECTORY_SYNC_INTERVAL: number;
  DIRECTORY_SITE_ATTRIBUTE: string;
  DIRECTORY_DEPARTMENT_ATTRIBUTE: string;
  DIRECTORY_PAGE_SIZE: number;
  DIRECTORY_MAX_RETRIES: number;
  DIRECTORY_SLACK_DEPARTMENT_FIELD?: string;
  DIRECTORY_SLACK_SITE_FIELD?: string;
  DIRECTORY_SLACK_TEAMS: string[];
  MICROSOFT_APP_ID?: string;
  MICROSOFT_APP_PASSWORD?: string;
  MICROSOFT_APP_TENANT_ID?: string;
  SLACK_BOT_TOKEN?: string;
  SLACK_API_URL: string;
  TEAMS_PROACTIVE_INSTALL: boolean;
  TEAMS_CATALOG_APP_ID?: string;
  TEAMS_INSTALL_RATE_PER_SECOND: number;
  DEFAULT_PLATFORM: 'teams' | 'slack';
};

/** The Entra sync needs a tenant and credentials; the Slack sync a bot token. */
export function checkDirectory(env: DirectoryEnv, ctx: z.RefinementCtx): void {
  const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (env.DIRECTORY_SOURCES.includes('entra')) {
    if (!env.MICROSOFT_APP_TENANT_ID)
      problem(
        'MICROSOFT_APP_TENANT_ID',
        'is required when DIRECTORY_SOURCES lists entra (the tenant to read)',
      );
    if (!env.DIRECTORY_CLIENT_ID && !env.MICROSOFT_APP_ID)
      problem('DIRECTORY_CLIENT_ID', 'or MICROSOFT_APP_ID is required when DIRECTORY_SOURCES lists entra');
    if (env.DIRECTORY_CLIENT_ID ? !env.DIRECTORY_CLIENT_SECRET : !env.MICROSOFT_APP_PASSWORD)
      problem(
        env.DIRECTORY_CLIENT_ID ? 'DIRECTORY_CLIENT_SECRET' : 'MICROSOFT_APP_PASSWORD',
        'is required when DIRECTORY_SOURCES lists entra (the secret of the directory app)',
      );
  }
  if (env.TEAMS_PROACTIVE_INSTALL && !env.TEAMS_CATALOG_APP_ID)
    problem(
      'TEAMS_CATALOG_APP_ID',
      'is required when TEAMS_PROACTIVE_INSTALL=1 (the Relais app id in the Teams app catalog)',
    );
  if (env.TEAMS_PROACTIVE_INSTALL && !env.DIRECTORY_SOURCES.includes('entra'))
    problem(
      'TEAMS_PROACTIVE_INSTALL',
      'needs DIRECTORY_SOURCES to list entra (people are installed for from the Entra sync)',
    );
  if (env.DIRECTORY_SOURCES.includes('slack') && !env.SLACK_BOT_TOKEN)
    problem('SLACK_BOT_TOKEN', 'is required when DIRECTORY_SOURCES lists slack');
  if (env.DIRECTORY_SLACK_TEAMS.length && !env.DIRECTORY_SOURCES.includes('slack'))
    problem('DIRECTORY_SLACK_TEAMS', 'needs DIRECTORY_SOURCES to list slack');
}

export const directoryConfigFrom = (e: DirectoryEnv): DirectoryConfig => {
  const own = Boolean(e.DIRECTORY_CLIENT_ID);
  return {
    sources: e.DIRECTORY_SOURCES,
    graphApiUrl: e.GRAPH_API_URL.replace(/\/$/, ''),
    authorityUrl: e.ENTRA_AUTHORITY_URL.replace(/\/$/, ''),
    tenantId: e.MICROSOFT_APP_TENANT_ID,
    clientId: own ? e.DIRECTORY_CLIENT_ID : e.MICROSOFT_APP_ID,
    clientSecret: own ? e.DIRECTORY_CLIENT_SECRET : e.MICROSOFT_APP_PASSWORD,
    clientIdSetting: own ? 'DIRECTORY_CLIENT_ID' : 'MICROSOFT_APP_ID',
    clientSecretSetting: own ? 'DIRECTORY_CLIENT_SECRET' : 'MICROSOFT_APP_PASSWORD',
    syncIntervalMs: e.DIRECTORY_SYNC_INTERVAL,
    siteAttribute: e.DIRECTORY_SITE_ATTRIBUTE,
    departmentAttribute: e.DIRECTORY_DEPARTMENT_ATTRIBUTE,
    pageSize: e.DIRECTORY_PAGE_SIZE,
    maxRetries: e.DIRECTORY_MAX_RETRIES,
    defaultPlatform: e.DEFAULT_PLATFORM,
    ...(e.TEAMS_PROACTIVE_INSTALL &&
      e.TEAMS_CATALOG_APP_ID && {
        proactiveInstall: {
          catalogAppId: e.TEAMS_CATALOG_APP_ID,
          perSecond: e.TEAMS_INSTALL_RATE_PER_SECOND,
        },
      }),
    slack: {
      apiUrl: e.SLACK_API_URL,
      botToken: e.SLACK_BOT_TOKEN,
      departmentField: e.DIRECTORY_SLACK_DEPARTMENT_FIELD || undefined,
      siteField: e.DIRECTORY_SLACK_SITE_FIELD || undefined,
      teamIds: e.DIRECTORY_SLACK_TEAMS,
    },
  };
};
