/** installationUpdate add in a 1:1 chat: the person's first contact starts their welcome tour. */
import type { TurnContext } from 'botbuilder';
import type { Core } from '../../../../shared/core.js';
import { startOnFirstContact } from '../../../../shared/tours/triggers/start-from-platform.js';
import { conversationKindOf, tenantIdOf } from '../../turn/teams-activity-facts.js';
import { turnPerson } from '../../turn/turn-person.js';

export const personalInstall =
  (core: Core) =>
  async (context: TurnContext, next: () => Promise<void>): Promise<void> => {
    const person = turnPerson(context);
    if (person && conversationKindOf(context.activity) === 'personal') {
      await startOnFirstContact(core, person.id, 'teams', {
        kind: 'conversation',
        platform: 'teams',
        tenantId: tenantIdOf(context.activity),
        conversationId: context.activity.conversation.id,
      });
    }
    await next();
  };
