/**
 * Builds Slack requests the way Slack sends them: Events API JSON, slash-command forms and
 * interactivity forms (`payload=<json>`), each signed with `v0=` HMAC-SHA256 over
 * `v0:{timestamp}:{raw body}`. The timestamp and the secret are the test's to choose, so
 * replayed, stale and forged requests can be built as easily as good ones.
 */
import { createHmac, randomUUID } from 'node:crypto';

export interface SignOptions {
  secret: string;
  /** seconds since the epoch; default now */
  timestamp?: number;
  /** extra headers, e.g. X-Slack-Retry-Num */
  headers?: Record<string, string>;
}

export interface SlackRequest {
  body: string;
  headers: Record<string, string>;
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function signedRequest(body: string, contentType: string, options: SignOptions): SlackRequest {
  const timestamp = options.timestamp ?? nowSeconds();
  return {
    body,
    headers: {
      'Content-Type': contentType,
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': slackSignature(options.secret, timestamp, body),
      ...options.headers,
    },
  };
}

/** An Events API delivery (event_callback or url_verification), as JSON. */
export function eventRequest(envelope: Record<string, unknown>, options: SignOptions): SlackRequest {
  return signedRequest(JSON.stringify(envelope), 'application/json', options);
}

/** A slash command, form-encoded like Slack sends it. */
export function slashCommandRequest(fields: Record<string, string>, options: SignOptions): SlackRequest {
  return signedRequest(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
}

/** An interactivity payload (block_actions, view_submission...), as `payload=<json>` form. */
export function interactionRequest(payload: Record<string, unknown>, options: SignOptions): SlackRequest {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return signedRequest(body, 'application/x-www-form-urlencoded', options);
}

/** Sends a built request to a Relais server's Slack endpoint. */
export function postToSlackEndpoint(baseUrl: string, request: SlackRequest, path = '/slack/events') {
  return fetch(`${baseUrl}${path}`, { method: 'POST', headers: request.headers, body: request.body });
}

// ---- payload builders with Slack's field names ------------------------------------------------

export interface EventCallbackOptions {
  teamId: string;
  event: Record<string, unknown>;
  eventId?: string;
  apiAppId?: string;
  /** the Grid org of an org-wide install: authorizations name the org, not the workspace */
  enterpriseId?: string;
}

export function eventCallback({
  teamId,
  event,
  eventId,
  apiAppId = 'A0FAKE',
  enterpriseId,
}: EventCallbackOptions) {
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    // an org-wide app (Enterprise Grid) is authorized for the organisation, not the workspace
    ...(enterpriseId && { enterprise_id: enterpriseId }),
    api_app_id: apiAppId,
    event: { event_ts: `${nowSeconds()}.000100`, ...event },
    type: 'event_callback',
    event_id: eventId ?? `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`,
    event_time: nowSeconds(),
    authorizations: [
      enterpriseId
        ? {
            enterprise_id: enterpriseId,
            team_id: null,
            user_id: 'UBOT',
            is_bot: true,
            is_enterprise_install: true,
          }
        : {
            enterprise_id: null,
            team_id: teamId,
            user_id: 'UBOT',
            is_bot: true,
            is_enterprise_install: false,
          },
    ],
    is_ext_shared_channel: false,
  };
}

export interface SlashCommandOptions {
  teamId: string;
  userId: string;
  text: string;
  responseUrl: string;
  channelId?: string;
  command?: string;
}

export function slashCommand({
  teamId,
  userId,
  text,
  responseUrl,
  channelId = 'C0GENERAL',
  command = '/relais',
}: SlashCommandOptions) {
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    team_domain: teamId.toLowerCase(),
    channel_id: channelId,
    channel_name: 'general',
    user_id: userId,
    user_name: userId.toLowerCase(),
    command,
    text,
    api_app_id: 'A0FAKE',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    // Slack's trigger_id is unique per invocation: the same command typed twice gets two
    trigger_id: `${nowSeconds()}.${randomUUID()}.trigger`,
  };
}

export interface BlockActionOptions {
  teamId: string;
  userId: string;
  /** the clicked element as Slack reports it (action_id, value, type, block_id) */
  action: Record<string, unknown>;
  channelId?: string;
  messageTs?: string;
  ephemeral?: boolean;
  responseUrl?: string;
  actionTs?: string;
  /** the click's trigger_id (default: a fresh one), which views.open names */
  triggerId?: string;
  /** the clicked message's blocks (Slack sends them back) */
  blocks?: unknown[];
  /** the message's input values as Slack sends them: state.values, by block id then action id */
  state?: Record<string, Record<string, unknown>>;
}

export function blockActions(options: BlockActionOptions) {
  const { teamId, userId, action, channelId = 'C0GENERAL', messageTs = '1700000000.000100' } = options;
  return {
    type: 'block_actions',
    user: { id: userId, username: userId.toLowerCase(), team_id: teamId },
    api_app_id: 'A0FAKE',
    token: 'legacy-verification-token',
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: channelId,
      is_ephemeral: Boolean(options.ephemeral),
    },
    // unique per click like Slack's, so the modal a click opened is found by it
    trigger_id: options.triggerId ?? `${nowSeconds()}.${randomUUID()}.trigger`,
    team: { id: teamId, domain: teamId.toLowerCase() },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channelId, name: 'general' },
    ...(options.ephemeral
      ? {}
      : { message: { type: 'message', ts: messageTs, text: 'card', blocks: options.blocks ?? [] } }),
    ...(options.responseUrl ? { response_url: options.responseUrl } : {}),
    ...(options.state ? { state: { values: options.state } } : {}),
    actions: [
      { block_id: 'b0', type: 'button', action_ts: options.actionTs ?? `${nowSeconds()}.123456`, ...action },
    ],
  };
}
