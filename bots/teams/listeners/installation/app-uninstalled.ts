/** installationUpdate remove: record it (the saved reference stays; sends will report unreachable). */
import type { TurnContext } from 'botbuilder';
import type { Core } from '../../../../shared/core.js';
import { conversationKindOf } from '../../turn/teams-activity-facts.js';
import { turnPerson } from '../../turn/turn-person.js';

export const appUninstalled =
  (core: Core) =>
  async (context: TurnContext, next: () => Promise<void>): Promise<void> => {
    await core.events.track({
      type: 'app.uninstalled',
      personId: turnPerson(context)?.id,
      platform: 'teams',
      subjectType: 'conversation',
      subjectId: context.activity.conversation.id,
      data: { kind: conversationKindOf(context.activity) },
    });
    await next();
  };
