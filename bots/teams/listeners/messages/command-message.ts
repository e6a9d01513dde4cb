/**
 * A message to the bot is a chat command (`help`, `aide`, `news`...): the core answers with a
 * card, sent back as an Adaptive Card. In channels and group chats the text starts with the
 * bot's @mention, which is removed first.
 */
import { type TurnContext, TurnContext as TurnContextClass } from 'botbuilder';
import type { Core } from '../../../../shared/core.js';
import { cardActivity } from '../../messaging/card-activity.js';
import { conversationKindOf, conversationTargetOf } from '../../turn/teams-activity-facts.js';
import { turnLocale, turnPerson } from '../../turn/turn-person.js';

export const commandMessage =
  (core: Core) =>
  async (context: TurnContext, next: () => Promise<void>): Promise<void> => {
    const actor = turnPerson(context);
    if (!actor) return next(); // a message from the bot itself or another bot: nothing to answer
    await core.events.track({
      type: 'message.received',
      personId: actor.id,
      platform: 'teams',
      subjectType: 'conversation',
      subjectId: context.activity.conversation.id,
      data: { kind: conversationKindOf(context.activity) },
    });
    const text = TurnContextClass.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const card = await core.commands.run({
      text,
      actor,
      locale: turnLocale(core, context),
      platform: 'teams',
      conversation: conversationTargetOf(context.activity),
    });
    await context.sendActivity(cardActivity(card));
    await next();
  };
