/**
 * Multi-workspace install (SLACK_CLIENT_ID set): @slack/oauth's InstallProvider behind
 * GET /slack/install (redirects to Slack's authorize page with a signed state, also kept in a
 * cookie) and GET /slack/oauth_redirect (trades the code through oauth.v2.access on
 * SLACK_API_URL, stores the installation in the kv). One provider serves both transports: its
 * routes live on our express router (Socket Mode's receiver would open a second HTTP server)
 * and its authorize() gives Bolt and the messenger each workspace's token, rotating if needed.
 * With SLACK_ALLOWED_TEAM_IDS, an install into any other workspace is refused before it is
 * stored, and the tokens Slack just granted are revoked so the app does not stay installed there.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Installation, type InstallationStore, InstallProvider } from '@slack/oauth';
import { WebClient } from '@slack/web-api';
import { Router } from 'express';
import { slackBotScopes } from '../../manifests/slack/manifest.js';
import type { Core } from '../../shared/core.js';
import { resolveLocale, translate } from '../../shared/i18n/i18n.js';
import { createBoltLogger } from './bolt-logger.js';
import { createWorkspaceAllowlist, type WorkspaceAllowlist } from './middleware/workspace-allowlist.js';

/** The bot scopes Relais asks for: the manifest's list, so the two cannot drift. */
export const SLACK_BOT_SCOPES: string[] = [...slackBotScopes];

export function createInstallProvider(core: Core, installationStore: InstallationStore): InstallProvider {
  const { slack } = core.config;
  return new InstallProvider({
    clientId: slack.clientId!,
    clientSecret: slack.clientSecret!,
    stateSecret: slack.stateSecret!,
    installationStore,
    // straight to Slack's consent page: no intermediate "Add to Slack" page to localise
    directInstall: true,
    logger: createBoltLogger(core.logger),
    clientOptions: { slackApiUrl: slack.apiUrl },
  });
}

export function createOAuthRouter(
  core: Core,
  installer: InstallProvider,
  allowlist: WorkspaceAllowlist = createWorkspaceAllowlist({ configured: core.config.slack.allowedTeamIds }),
): Router {
  const router = Router();
  const installUrlOptions = {
    scopes: SLACK_BOT_SCOPES,
    redirectUri: `${core.config.publicUrl}/slack/oauth_redirect`,
  };

  router.get('/slack/install', async (req, res) => {
    await installer.handleInstallPath(req, res, {}, installUrlOptions);
  });

  router.get('/slack/oauth_redirect', async (req, res) => {
    await installer.handleCallback(req, res, {
      afterInstallation: async (installation, _options, callbackReq, callbackRes) => {
        const workspace = { teamId: installation.team?.id, enterpriseId: installation.enterprise?.id };
        if (await allowlist.permits(workspace)) return true;
        core.logger.warn(workspace, 'Slack install into a workspace that is not allowed refused');
        await revokeTokens(core, installation);
        page(core, callbackReq, callbackRes, 403, 'slack.install.failure');
        return false;
      },
      successAsync: async (installation, _options, callbackReq, callbackRes) => {
        await core.events.track({
          type: 'app.installed',
          platform: 'slack',
          subjectType: installation.isEnterpriseInstall ? 'enterprise' : 'workspace',
          subjectId: installation.isEnterpriseInstall ? installation.enterprise?.id : installation.team?.id,
        });
        page(core, callbackReq, callbackRes, 200, 'slack.install.success');
      },
      failure: (error, _options, callbackReq, callbackRes) => {
        core.logger.warn({ err: error, code: error.code }, 'Slack install failed');
        page(core, callbackReq, callbackRes, 400, 'slack.install.failure');
      },
    });
  });
  return router;
}

/** Gives back what Slack granted to a refused install (auth.revoke), so it is not left installed. */
async function revokeTokens(core: Core, installation: Installation<'v1' | 'v2', boolean>): Promise<void> {
  for (const token of [installation.bot?.token, installation.user?.token]) {
    if (!token) continue;
    try {
      await new WebClient(token, {
        slackApiUrl: core.config.slack.apiUrl,
        logger: createBoltLogger(core.logger),
        retryConfig: { retries: 0 },
      }).auth.revoke();
    } catch (error) {
      core.logger.warn({ err: error }, 'could not revoke the tokens of a refused Slack install');
    }
  }
}

function page(
  core: Core,
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  key: 'slack.install.success' | 'slack.install.failure',
): void {
  const locale = resolveLocale(undefined, req.headers['accept-language'], core.config.defaultLocale);
  const text = translate(locale, key);
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(
    `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>Relais</title><p>${text}</p></html>`,
  );
}
