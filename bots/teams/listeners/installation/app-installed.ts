/** installationUpdate add: record the install; in a 1:1 chat, greet the person with the help card. */
import type { TurnContext } from 'botbuilder';
import type { Core } from '../../../../shared/core.js';
import { translator } from '../../../../shared/i18n/i18n.js';
import { cardActivity } from '../../messaging/card-activity.js';
import { conversationKindOf } from '../../turn/teams-activity-facts.js';
import { turnLocale, turnPerson } from '../../turn/turn-person.js';

export const appInstalled =
  (core: Core) =>
  async (context: TurnContext, next: () => Promise<void>): Promise<void> => {
    const person = turnPerson(context);
    const kind = conversationKindOf(context.activity);
    await core.events.track({
      type: 'app.installed',
      personId: person?.id,
      platform: 'teams',
      subjectType: 'conversation',
      subjectId: context.activity.conversation.id,
      data: { kind },
    });
    if (kind === 'personal') {
      const locale = turnLocale(core, context);
      const t = translator(locale);
      const card = core.commands.helpCard(locale, person?.displayName ?? '');
      await context.sendActivity(cardActivity(card, t('install.welcome')));
    }
    await next();
  };
