/**
 * The platform implementations this server can use: Entra B2B when the directory's Graph
 * credentials are set (MICROSOFT_APP_TENANT_ID with DIRECTORY_CLIENT_ID/SECRET or the bot's app),
 * Slack Connect when SLACK_BOT_TOKEN is. Both on the invitation pacer's budgets.
 */
import type { Config } from '../../config/config.js';
import { directoryGraphClient } from '../../directory/graph-service.js';
import { createGraphInvitations } from './graph-invitations.js';
import type { GuestInvitations } from './guest-invitations.js';
import type { InvitationPacing } from './invitation-pacing.js';
import type { InvitationPlatform } from './invitation-tables.js';
import type { GroupInvitationsConfig } from './invitations-config.js';
import { createSlackInvitations } from './slack-invitations.js';

export function invitationPlatforms(
  directory: Config['directory'],
  config: GroupInvitationsConfig,
  pacing: InvitationPacing,
): Partial<Record<InvitationPlatform, GuestInvitations>> {
  const platforms: Partial<Record<InvitationPlatform, GuestInvitations>> = {};
  const tenantId = directory.tenantId ?? '';
  const graph = directoryGraphClient(directory, {
    beforeRequest: () => pacing.slot('teams', tenantId),
    onThrottled: (ms) => pacing.throttled('teams', tenantId, ms),
  });
  if (graph) {
    platforms.teams = createGraphInvitations({
      graph,
      graphApiUrl: directory.graphApiUrl,
      redirectUrl: config.redirectUrl,
    });
  }
  if (directory.slack.botToken) {
    platforms.slack = createSlackInvitations({
      apiUrl: directory.slack.apiUrl,
      botToken: directory.slack.botToken,
      pacing,
      maxRetries: directory.maxRetries,
    });
  }
  return platforms;
}
