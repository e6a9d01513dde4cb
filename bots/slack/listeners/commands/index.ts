/** Slash commands. */
import type { App } from '@slack/bolt';
import { SLASH_COMMAND, type SlackDeps } from '../slack-deps.js';
import { relaisCommand } from './relais-command.js';

export function register(app: App, deps: SlackDeps): void {
  app.command(SLASH_COMMAND, relaisCommand(deps));
}
