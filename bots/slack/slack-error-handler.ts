/**
 * The Slack boundary's one error handler (Bolt's app.error, extended form): every error a
 * listener or middleware throws lands here, is logged with what Slack was asking, and — when
 * the request came from a person with a response_url — they are told, in their language, that
 * something went wrong. Bolt has already acknowledged the request.
 */
import type { CodedError, Context } from '@slack/bolt';
import type { Core } from '../../shared/core.js';
import { translate } from '../../shared/i18n/i18n.js';
import type { SlackPeople } from './slack-people.js';

interface RequestShape {
  type?: string;
  command?: string;
  team_id?: string;
  user_id?: string;
  response_url?: string;
  team?: { id?: string } | null;
  user?: { id?: string };
  event?: { type?: string };
  event_id?: string;
  actions?: { action_id?: string }[];
}

/** Bolt's ExtendedErrorHandlerArgs, which its index does not export. */
interface ErrorArgs {
  error: CodedError & { original?: unknown };
  body: unknown;
  context?: Context;
}

export function slackErrorHandler(core: Core, people: SlackPeople) {
  return async ({ error, body, context }: ErrorArgs): Promise<void> => {
    const request = (body ?? {}) as RequestShape;
    const teamId = context?.teamId ?? request.team_id ?? request.team?.id;
    const userId = request.user_id ?? request.user?.id;
    core.logger.error(
      {
        err: error.original ?? error,
        code: error.code,
        slack: {
          type: request.type ?? (request.command ? 'slash_command' : undefined),
          command: request.command,
          event: request.event?.type,
          eventId: request.event_id,
          action: request.actions?.[0]?.action_id,
          teamId,
          userId,
          retryNum: context?.retryNum,
        },
      },
      'Slack request failed',
    );
    if (!request.response_url) return;
    const locale =
      (teamId && userId ? await people.cachedLocale(teamId, userId) : undefined) ?? core.config.defaultLocale;
    const reply = await fetch(request.response_url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        response_type: 'ephemeral',
        replace_original: false,
        text: translate(locale, 'error.generic'),
      }),
    }).catch((cause: unknown) => cause);
    if (!(reply instanceof Response) || !reply.ok) {
      core.logger.warn(
        { err: reply instanceof Response ? undefined : reply },
        'could not tell the person about the error',
      );
    }
  };
}
