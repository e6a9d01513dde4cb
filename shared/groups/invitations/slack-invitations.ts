/**
 * Slack Connect: `conversations.inviteShared` invites one address per call to the group's
 * channel (Tier 2, 20+/min per workspace, scope conversations.connect:write); `conversations.kick`
 * removes. Every call takes a slot of the workspace's invitation budget; a 429 pauses the budget
 * for every instance for its Retry-After and the call is tried again, as a 5xx is after a jittered
 * backoff, a bounded number of times. Slack's `{ ok: false, error }` is the answer recorded.
 */
import { retryAfterMs } from '../../directory/graph-service.js';
import type { GuestInvitations, InviteOutcome } from './guest-invitations.js';
import type { InvitationPacing } from './invitation-pacing.js';

export interface SlackInvitationsOptions {
  apiUrl: string;
  botToken: string;
  pacing: InvitationPacing;
  maxRetries: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Slack's errors that say "later", not "no" */
const transientErrors = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
  'unreachable',
]);

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const backoff = (attempt: number) => Math.min(30_000, 1000 * 2 ** attempt) * (0.5 + Math.random() / 2);

export function createSlackInvitations(options: SlackInvitationsOptions): GuestInvitations {
  const sleep = options.sleep ?? realSleep;
  const base = options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`;

  /** one paced Web API call: Slack's body, or `{ ok: false, error }` once the retries are spent */
  async function call(
    teamId: string,
    method: string,
    args: Record<string, string>,
  ): Promise<Record<string, unknown> & { retryAfterMs?: number }> {
    let lastWait: number | undefined;
    for (let attempt = 0; ; attempt += 1) {
      await options.pacing.slot('slack', teamId);
      let response: Response;
      try {
        response = await fetch(`${base}${method}`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${options.botToken}`,
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          body: new URLSearchParams(args).toString(),
        });
      } catch (error) {
        if (attempt >= options.maxRetries)
          return { ok: false, error: 'unreachable', message: (error as Error).message };
        await sleep(backoff(attempt));
        continue;
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        const wait = retryAfterMs(response.headers.get('retry-after')) ?? backoff(attempt);
        lastWait = wait;
        if (response.status === 429) await options.pacing.throttled('slack', teamId, wait);
        if (attempt >= options.maxRetries)
          return {
            ok: false,
            error: response.status === 429 ? 'ratelimited' : `http_${response.status}`,
            retryAfterMs: lastWait,
          };
        // a 429 already paused the budget: the next slot comes after it
        if (response.status !== 429) await sleep(wait);
        continue;
      }
      try {
        return (await response.json()) as Record<string, unknown>;
      } catch {
        return { ok: false, error: 'malformed_response' };
      }
    }
  }

  return {
    platform: 'slack',
    async invite(space, guest): Promise<InviteOutcome> {
      if (!space.slack)
        return { kind: 'refused', code: 'no_slack_space', message: 'the group has no Slack channel' };
      const body = await call(space.slack.teamId, 'conversations.inviteShared', {
        channel: space.slack.channelId,
        emails: guest.address,
      });
      if (body.ok === true) {
        const inviteId = typeof body.invite_id === 'string' ? body.invite_id : '';
        return { kind: 'invited', invitedUserId: inviteId, code: 'ok' };
      }
      const error = String(body.error ?? 'unknown_error');
      if (error === 'already_in_channel') return { kind: 'invited', invitedUserId: '', code: error };
      if (transientErrors.has(error) || error.startsWith('http_'))
        return {
          kind: 'transient',
          code: error,
          message: String(body.message ?? ''),
          retryAfterMs: body.retryAfterMs,
        };
      return { kind: 'refused', code: error, message: String(body.needed ? `needs ${body.needed}` : '') };
    },
    // Slack lists no pending Connect invitation by address: a crash's unknown stays unknown
    lookup: async () => undefined,
    async remove(space, member) {
      if (!space.slack) return { ok: false, code: 'no_slack_space' };
      if (!member.platformUserId)
        return { ok: false, code: 'no_slack_user', message: 'not seen in Slack yet' };
      const body = await call(space.slack.teamId, 'conversations.kick', {
        channel: space.slack.channelId,
        user: member.platformUserId,
      });
      if (body.ok === true) return { ok: true, code: 'ok' };
      const error = String(body.error ?? 'unknown_error');
      if (error === 'not_in_channel') return { ok: true, code: error };
      return { ok: false, code: error };
    },
  };
}
