/**
 * Web API clients for outbound work (the Messenger, profile lookups outside a Bolt listener):
 * one WebClient per workspace (enterprise + team id), on SLACK_API_URL, that rejects 429s at once instead of pausing
 * and retrying for up to half an hour, and never retries by itself — the job queue owns delays.
 * Tokens come from SLACK_BOT_TOKEN (single workspace) or from the installation (OAuth). With
 * token rotation a workspace's token changes every few hours: its client is then replaced, so
 * the cache holds one client per workspace, never one per token ever seen.
 */
import type { InstallProvider } from '@slack/oauth';
import { WebClient } from '@slack/web-api';
import type { Config } from '../../shared/config/config.js';
import { DeliveryError } from '../../shared/errors/errors.js';
import type { Logger } from '../../shared/logging/logger.js';
import { createBoltLogger } from './bolt-logger.js';
import { keepAliveFetch } from './keep-alive-fetch.js';

export interface Workspace {
  teamId: string;
  enterpriseId?: string;
}

export interface SlackClients {
  /** the outbound client for a workspace's bot token */
  forWorkspace(workspace: Workspace): Promise<WebClient>;
}

export function createSlackClients(
  config: Config,
  logger: Logger,
  installer: InstallProvider | undefined,
): SlackClients {
  const byWorkspace = new Map<string, WebClient>();
  const slackLogger = createBoltLogger(logger);

  /** the workspace's client, replaced when its token changed (rotation, reinstall) */
  const clientFor = (workspaceKey: string, token: string): WebClient => {
    const cached = byWorkspace.get(workspaceKey);
    if (cached?.token === token) return cached;
    const client = new WebClient(token, {
      slackApiUrl: config.slack.apiUrl,
      logger: slackLogger,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      timeout: 30_000,
      // one call per recipient in a broadcast: the lean transport (see keep-alive-fetch.ts)
      fetch: keepAliveFetch,
    });
    byWorkspace.set(workspaceKey, client);
    return client;
  };

  return {
    async forWorkspace({ teamId, enterpriseId }) {
      if (!installer) {
        if (!config.slack.botToken) throw new DeliveryError('unreachable', 'SLACK_BOT_TOKEN is not set');
        return clientFor('single-workspace', config.slack.botToken);
      }
      // authorize() fetches the installation and refreshes a rotated token when it is expiring
      const auth = await installer
        .authorize({ teamId, enterpriseId, isEnterpriseInstall: false })
        .catch((error: unknown) => {
          throw new DeliveryError('unreachable', `Relais is not installed in Slack workspace ${teamId}`, {
            platformCode: errorCode(error),
          });
        });
      if (!auth.botToken)
        throw new DeliveryError('unreachable', `no bot token for Slack workspace ${teamId}`);
      return clientFor(`${enterpriseId ?? ''}:${teamId}`, auth.botToken);
    },
  };
}

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
