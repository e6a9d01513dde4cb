/**
 * Web API clients for outbound work (the Messenger, profile lookups outside a Bolt listener):
 * one WebClient per bot token, on SLACK_API_URL, that rejects 429s at once instead of pausing
 * and retrying for up to half an hour, and never retries by itself — the job queue owns delays.
 * Tokens come from SLACK_BOT_TOKEN (single workspace) or from the installation (OAuth).
 */
import type { InstallProvider } from '@slack/oauth';
import { WebClient } from '@slack/web-api';
import type { Config } from '../../shared/config/config.js';
import { DeliveryError } from '../../shared/errors/errors.js';
import type { Logger } from '../../shared/logging/logger.js';
import { createBoltLogger } from './bolt-logger.js';

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
  const byToken = new Map<string, WebClient>();
  const slackLogger = createBoltLogger(logger);

  const clientFor = (token: string): WebClient => {
    let client = byToken.get(token);
    if (!client) {
      client = new WebClient(token, {
        slackApiUrl: config.slack.apiUrl,
        logger: slackLogger,
        rejectRateLimitedCalls: true,
        retryConfig: { retries: 0 },
        timeout: 30_000,
      });
      byToken.set(token, client);
    }
    return client;
  };

  return {
    async forWorkspace({ teamId, enterpriseId }) {
      if (!installer) {
        if (!config.slack.botToken) throw new DeliveryError('unreachable', 'SLACK_BOT_TOKEN is not set');
        return clientFor(config.slack.botToken);
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
      return clientFor(auth.botToken);
    },
  };
}

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
