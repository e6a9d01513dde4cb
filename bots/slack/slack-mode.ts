/**
 * Which Slack setup the configuration asks for: off, single workspace (one bot token) or
 * multi-workspace OAuth install, over HTTP (Events API) or Socket Mode. One place decides it,
 * so the surface, the messenger and the start banner agree.
 */
import type { Config } from '../../shared/config/config.js';

export type SlackMode =
  | { enabled: false; reason: string }
  | {
      enabled: true;
      transport: 'http' | 'socket';
      /** OAuth install: tokens come from the installation store, per workspace */
      install: 'oauth' | 'single';
    };

export function slackMode(config: Config): SlackMode {
  const slack = config.slack;
  if (!slack.enabled) {
    return {
      enabled: false,
      reason: 'Slack: off (set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to enable it)',
    };
  }
  const install = slack.clientId ? 'oauth' : 'single';
  if (install === 'single' && !slack.botToken) {
    return {
      enabled: false,
      reason: 'Slack: off (SLACK_BOT_TOKEN, or SLACK_CLIENT_ID for the multi-workspace install, is missing)',
    };
  }
  return { enabled: true, transport: slack.appToken ? 'socket' : 'http', install };
}

/** One line for the start banner, whether Slack is on or off. */
export function describeSlack(config: Config): string {
  const mode = slackMode(config);
  if (!mode.enabled) return mode.reason;
  const where =
    mode.transport === 'socket' ? 'Socket Mode (no public URL needed)' : `${config.publicUrl}/slack/events`;
  const install =
    mode.install === 'oauth' ? `, install at ${config.publicUrl}/slack/install` : ', single workspace';
  return `Slack: ${where}${install}`;
}
