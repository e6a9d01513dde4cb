/**
 * A signed interactive payload (`block_actions`, `view_submission`, shortcuts...) that carries no
 * `user`. Slack never sends one, but Bolt reads `body.user.id` to build the listener context
 * before any middleware runs, so such a payload throws inside Bolt and would be answered 500 —
 * which Slack treats as a failure and retries. It is acknowledged instead, with a warning, and
 * nothing else happens. This is the receiver's processEventErrorHandler: it only sees requests
 * whose signature Bolt has already verified; every other error keeps Bolt's default handling.
 */
import {
  type Logger as BoltLogger,
  HTTPModuleFunctions,
  type ReceiverProcessEventErrorHandlerArgs,
} from '@slack/bolt';
import type { Logger } from '../../../shared/logging/logger.js';

const interactiveTypes = new Set([
  'block_actions',
  'block_suggestion',
  'interactive_message',
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
  'dialog_submission',
]);

/** The payload as Bolt parsed it onto the request (`payload=` forms become the JSON object). */
type ParsedRequest = ReceiverProcessEventErrorHandlerArgs['request'] & { body?: unknown };

/** An interactive payload with no `user.id`: the one shape Bolt cannot route. */
export function isInteractiveWithoutUser(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { type, user } = body as { type?: unknown; user?: { id?: unknown } | null };
  return typeof type === 'string' && interactiveTypes.has(type) && typeof user?.id !== 'string';
}

export function processEventErrorHandler(logger: Logger) {
  return async (args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
    const { request, response } = args;
    const body = (request as ParsedRequest).body;
    if (!response.headersSent && isInteractiveWithoutUser(body)) {
      const { type, team } = body as { type: string; team?: { id?: string } | null };
      logger.warn({ slack: { type, teamId: team?.id } }, 'Slack interactive payload without a user ignored');
      response.writeHead(200);
      response.end();
      return true;
    }
    return HTTPModuleFunctions.defaultProcessEventErrorHandler(args as typeof args & { logger: BoltLogger });
  };
}
