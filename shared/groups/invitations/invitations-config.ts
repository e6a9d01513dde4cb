/**
 * Group invitation settings, spread into the one config schema (shared/config). The Graph side
 * uses the directory's GRAPH_API_URL, ENTRA_AUTHORITY_URL and credentials, the Slack side
 * SLACK_API_URL and SLACK_BOT_TOKEN; only what is the invitations' own is here.
 */
import { z } from 'zod';

export const groupInvitationsEnvSchema = {
  // where a guest lands after redeeming an Entra B2B invitation (inviteRedirectUrl)
  GROUP_INVITE_REDIRECT_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Graph calls per second per tenant for invitations and team members (Graph publishes no figure
  // for POST /invitations; its Teams APIs outside messaging take about 30/s per app and tenant)
  GROUP_INVITE_GRAPH_RATE_PER_SECOND: z.coerce.number().positive().max(30).default(5),
  // conversations.inviteShared is Tier 2: 20+ per minute per workspace
  GROUP_INVITE_SLACK_RATE_PER_MINUTE: z.coerce.number().positive().max(6000).default(20),
  // tries of one invitation before it is marked failed (429s, 5xx, unreachable platform)
  GROUP_INVITE_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
};

export interface GroupInvitationsConfig {
  redirectUrl: string;
  graphPerSecond: number;
  slackPerMinute: number;
  maxAttempts: number;
}

type Env = {
  GROUP_INVITE_REDIRECT_URL?: string;
  GROUP_INVITE_GRAPH_RATE_PER_SECOND: number;
  GROUP_INVITE_SLACK_RATE_PER_MINUTE: number;
  GROUP_INVITE_MAX_ATTEMPTS: number;
  PUBLIC_URL?: string;
};

export const groupInvitationsConfigFrom = (e: Env): GroupInvitationsConfig => ({
  redirectUrl: e.GROUP_INVITE_REDIRECT_URL ?? 'https://teams.microsoft.com',
  graphPerSecond: e.GROUP_INVITE_GRAPH_RATE_PER_SECOND,
  slackPerMinute: e.GROUP_INVITE_SLACK_RATE_PER_MINUTE,
  maxAttempts: e.GROUP_INVITE_MAX_ATTEMPTS,
});
