/** Interactivity: card buttons. */
import type { App, BlockAction } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';
import { cardAction } from './card-action.js';

export function register(app: App, deps: SlackDeps): void {
  // every button of every card: the action id inside says which core action it is
  app.action<BlockAction>({ type: 'block_actions' }, cardAction(deps));
}
