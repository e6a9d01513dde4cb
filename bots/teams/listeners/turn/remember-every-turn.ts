/**
 * Runs before every activity's own listener: learns the sender and saves the conversation
 * reference (this is also what records installs in channels and group chats, which arrive as
 * conversationUpdate with the bot among membersAdded).
 */
import type { TurnContext } from 'botbuilder';
import type { Core } from '../../../../shared/core.js';
import { rememberTurn } from '../../turn/turn-person.js';

export const rememberEveryTurn =
  (core: Core) =>
  async (context: TurnContext, next: () => Promise<void>): Promise<void> => {
    await rememberTurn(core, context);
    await next();
  };
