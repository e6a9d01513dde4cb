/**
 * The "Open" button of a command that answers with a dialog where none can open at once (a
 * Teams message, a Slack DM): clicking it re-runs the command for the clicker, in the same
 * conversation, and opens its dialog.
 */
import type { ActionDispatcher } from '../actions/dispatcher.js';
import { AppError } from '../errors/errors.js';
import { type CommandRouter, commandDialogAction } from './commands.js';

export function registerCommandDialogs(dispatcher: ActionDispatcher, commands: CommandRouter): void {
  dispatcher.register(commandDialogAction, async (request) => {
    const text = request.payload.text;
    if (typeof text !== 'string')
      throw new AppError('bad_request', `${commandDialogAction}: payload text missing`);
    const result = await commands.execute({
      text,
      actor: request.actor,
      locale: request.locale,
      platform: request.platform,
      conversation: request.conversation,
    });
    return result.dialog ? { dialog: result.dialog } : { card: result.card };
  });
}
