/**
 * The Slack chat surface: a Bolt App whose requests arrive either over HTTP (our own receiver at
 * POST /slack/events: it reads, verifies (signature, 5-minute window both ways) and parses each
 * body once and acknowledges a signed request Bolt could not route) or over Socket Mode (SLACK_APP_TOKEN),
 * with the OAuth install routes when SLACK_CLIENT_ID is set, the listeners, the workspace
 * allowlist, one dedupe middleware, one error handler, and the Slack Messenger. Returns undefined
 * when Slack is off; describeSlack(config) then tells why.
 */
import { App, type Receiver, SocketModeReceiver } from '@slack/bolt';
import { WebClient, type WebClientOptions } from '@slack/web-api';
import { Router } from 'express';
import type { Core } from '../../shared/core.js';
import type { ChatSurface } from '../../shared/http/chat-surface.js';
import { createBoltLogger } from './bolt-logger.js';
import { SlackEventsReceiver } from './http/events-receiver.js';
import { lateAckHandler } from './http/late-ack.js';
import { processEventErrorHandler } from './http/payload-without-user.js';
import { createKvInstallationStore } from './installation-store.js';
import { register as registerActions } from './listeners/actions/index.js';
import { register as registerCommands } from './listeners/commands/index.js';
import { register as registerEvents } from './listeners/events/index.js';
import { register as registerShortcuts } from './listeners/shortcuts/index.js';
import type { SlackDeps } from './listeners/slack-deps.js';
import { register as registerViews } from './listeners/views/index.js';
import { dedupeMiddleware } from './middleware/dedupe.js';
import {
  createWorkspaceAllowlist,
  guardAuthorize,
  ownWorkspace,
  workspaceAllowlistMiddleware,
} from './middleware/workspace-allowlist.js';
import { createInstallProvider, createOAuthRouter } from './oauth-install.js';
import { singleWorkspaceAuthorize } from './single-workspace-authorize.js';
import { createSlackClients } from './slack-clients.js';
import { slackErrorHandler } from './slack-error-handler.js';
import { createSlackMessenger } from './slack-messenger.js';
import { describeSlack, slackMode } from './slack-mode.js';
import { createSlackPeople } from './slack-people.js';

export { describeSlack } from './slack-mode.js';

export const SLACK_EVENTS_PATH = '/slack/events';

export async function createSlackSurface(core: Core): Promise<ChatSurface | undefined> {
  const mode = slackMode(core.config);
  if (!mode.enabled) return undefined;
  const { slack } = core.config;
  const logger = createBoltLogger(core.logger);

  const installations = mode.install === 'oauth' ? createKvInstallationStore(core.kv) : undefined;
  const installer = installations ? createInstallProvider(core, installations) : undefined;
  const router = Router();
  if (installer) router.use(createOAuthRouter(core, installer));

  // Listener-time calls (users.info, chat.update, views.publish) answer a person who is
  // waiting: fail fast on 429 rather than let the client sleep for Retry-After and try again.
  const clientOptions: WebClientOptions = {
    slackApiUrl: slack.apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1_000 },
  };

  let receiver: Receiver;
  if (mode.transport === 'socket') {
    receiver = new SocketModeReceiver({
      appToken: slack.appToken!,
      logger,
      installerOptions: { clientOptions },
    });
  } else {
    const slackLogger = core.logger.child({ part: 'slack' });
    const events = new SlackEventsReceiver({
      signingSecret: slack.signingSecret!,
      boltLogger: logger,
      logger: slackLogger,
      processEventErrorHandler: processEventErrorHandler(slackLogger),
      unhandledRequestHandler: lateAckHandler(slackLogger),
    });
    router.post(SLACK_EVENTS_PATH, events.handler);
    receiver = events;
  }

  const authClient = new WebClient(undefined, { ...clientOptions, logger });
  const allowlist = createWorkspaceAllowlist({
    configured: slack.allowedTeamIds,
    own: installer ? undefined : ownWorkspace(authClient, slack.botToken!),
  });
  const app = new App({
    receiver,
    logger,
    clientOptions,
    authorize: guardAuthorize(
      allowlist,
      installer
        ? (source) => installer.authorize(source)
        : singleWorkspaceAuthorize(authClient, slack.botToken!),
    ),
    extendedErrorHandler: true,
    // Bolt's in-memory conversation store is per instance; state lives in the kv instead
    convoStore: false,
  });

  const people = createSlackPeople(core, core.kv);
  const deps: SlackDeps = { core, people, installations };
  app.use(workspaceAllowlistMiddleware(allowlist, core.logger.child({ part: 'slack' })));
  app.use(
    dedupeMiddleware(
      core.once,
      core.logger.child({ part: 'slack' }),
      core.config.slack.signingSecret ?? core.config.slack.appToken,
    ),
  );
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  registerShortcuts(app, deps);
  registerViews(app, deps);
  app.error(slackErrorHandler(core, people));

  return {
    name: 'slack',
    router,
    messenger: createSlackMessenger(createSlackClients(core.config, core.logger, installer), core.kv),
    describe: () => describeSlack(core.config),
    ...(mode.transport === 'socket'
      ? {
          start: async () => {
            await app.start();
          },
          stop: async () => {
            await app.stop();
          },
        }
      : {}),
  };
}
