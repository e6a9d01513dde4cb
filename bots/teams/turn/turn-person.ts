/**
 * Every turn starts here: the sender is learned as a person (with their email and guest status
 * when Teams tells them), the conversation reference is saved for proactive sends, and both are
 * kept on the turn so listeners and the error handler can use them.
 */
import { ActivityTypes, type TurnContext, TurnContext as TurnContextClass } from 'botbuilder';
import type { Core } from '../../../shared/core.js';
import { type Locale, resolveLocale } from '../../../shared/i18n/i18n.js';
import type { Person } from '../../../shared/people/person.js';
import { memberProfile } from './member-profile.js';
import { channelIdOf, conversationKindOf, senderIdentityOf, tenantIdOf } from './teams-activity-facts.js';

const personKey = Symbol('relais.teams.person');

export async function rememberTurn(core: Core, context: TurnContext): Promise<Person | undefined> {
  const { activity } = context;
  const identity = senderIdentityOf(activity);
  let person: Person | undefined;
  if (identity) {
    // After an uninstall the connector no longer answers for this conversation.
    const removed =
      activity.type === ActivityTypes.InstallationUpdate && activity.action?.startsWith('remove');
    const member = removed ? {} : await memberProfile(core, context, identity);
    person = await core.people.learn(identity, {
      displayName: activity.from.name || undefined,
      ...member,
      locale: activity.locale || undefined,
    });
    context.turnState.set(personKey, person);
  }
  if (activity.conversation?.id) {
    const kind = conversationKindOf(activity);
    const reference = TurnContextClass.getConversationReference(activity);
    // A channel message's conversation id names its thread (`19:…@thread.tacv2;messageid=…`);
    // the channel itself is what proactive posts address, so that is what is saved.
    const conversationId =
      kind === 'channel' ? channelIdOf(activity.conversation.id) : activity.conversation.id;
    await core.conversations.save({
      platform: 'teams',
      tenantId: tenantIdOf(activity),
      conversationId,
      kind,
      personId: kind === 'personal' ? (person?.id ?? null) : null,
      reference: {
        ...reference,
        activityId: undefined,
        conversation: { ...reference.conversation, id: conversationId },
      },
    });
  }
  return person;
}

/** The person behind this turn, once rememberTurn ran. */
export const turnPerson = (context: TurnContext): Person | undefined => context.turnState.get(personKey);

/** The person's own locale, then the activity's, then DEFAULT_LOCALE. */
export const turnLocale = (core: Pick<Core, 'config'>, context: TurnContext): Locale =>
  resolveLocale(turnPerson(context)?.locale, context.activity.locale, core.config.defaultLocale);
