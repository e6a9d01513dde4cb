/**
 * Every turn starts here: the sender is learned as a person (with their email and guest status
 * when Teams tells them), the conversation reference is saved for proactive sends (when it is new
 * or its route changed, never naming who acted last), and both are kept on the turn so listeners
 * and the error handler can use them.
 */
import {
  type Activity,
  ActivityTypes,
  type ConversationReference,
  type TurnContext,
  TurnContext as TurnContextClass,
} from 'botbuilder';
import type { ConversationRecord } from '../../../shared/conversations/conversation-store.js';
import type { Core } from '../../../shared/core.js';
import { type Locale, resolveLocale } from '../../../shared/i18n/i18n.js';
import type { Person } from '../../../shared/people/person.js';
import { knownConversationsOf } from './known-conversations.js';
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
    // A channel message's conversation id names its thread (`19:…@thread.tacv2;messageid=…`);
    // the channel itself is what proactive posts address, so that is what is saved.
    const conversationId =
      kind === 'channel' ? channelIdOf(activity.conversation.id) : activity.conversation.id;
    const record: ConversationRecord = {
      platform: 'teams',
      tenantId: tenantIdOf(activity),
      conversationId,
      kind,
      personId: kind === 'personal' ? (person?.id ?? null) : null,
      reference: routingReference(activity, conversationId, kind),
    };
    // A click (an invoke) never rewrites a known row: votes come that way, and the 1:1 a poll was
    // delivered into was saved with TEAMS_SERVICE_URL, which may not be the URL the click brings.
    // The next message or install in the conversation refreshes the route. So a click in a
    // conversation this instance already knows to be saved has nothing to read or write.
    const known = knownConversationsOf(core);
    const invoke = activity.type === ActivityTypes.Invoke;
    if (invoke && known.has(conversationId)) return person;
    const saved = await core.conversations.get('teams', conversationId);
    const rewrite = saved && !invoke && routeChanged(saved, record);
    if (!saved || rewrite) await core.conversations.save(keepNames(record, saved));
    known.add(conversationId);
  }
  return person;
}

/**
 * What a proactive send needs to reach the conversation, and nothing about who acted in it: a
 * channel or group chat keeps no `user` (botbuilder's reference names the sender of this turn)
 * and no locale (the sender's). A 1:1 keeps its owner, who is the row's person anyway.
 */
function routingReference(
  activity: Activity,
  conversationId: string,
  kind: ConversationRecord['kind'],
): Record<string, unknown> {
  const reference = TurnContextClass.getConversationReference(activity);
  // names only for the console's "post into…" list (GET /conversations): a channel's and its
  // team's from channelData, a group chat's from the conversation; never a person's
  const data = (activity.channelData ?? {}) as {
    channel?: { name?: string };
    team?: { id?: string; name?: string; aadGroupId?: string };
  };
  const name =
    kind === 'channel' ? (data.channel?.name ?? reference.conversation?.name) : reference.conversation?.name;
  return {
    channelId: reference.channelId,
    serviceUrl: reference.serviceUrl,
    bot: reference.bot,
    conversation: {
      ...reference.conversation,
      id: conversationId,
      ...(name && kind !== 'personal' ? { name } : {}),
    },
    ...(kind === 'channel' && data.team?.name ? { teamName: data.team.name } : {}),
    // the team a channel belongs to: a group whose space is that team owns its every channel
    ...(kind === 'channel' && data.team?.id ? { teamId: data.team.id } : {}),
    // and its Entra group id: Graph knows the team by it (guest invitations add members there)
    ...(kind === 'channel' && data.team?.aadGroupId ? { aadGroupId: data.team.aadGroupId } : {}),
    ...(kind === 'personal' ? { user: reference.user } : {}),
  };
}

/**
 * Whether the saved row must be rewritten. Only when the way to reach the conversation changed:
 * rewriting on every turn would stamp the row with the moment someone acted (a vote in an
 * anonymous poll included), beside the vote event of that moment. A channel or group row saved
 * before this rule, naming its last sender, is rewritten without them at its next message.
 */
function routeChanged(saved: ConversationRecord, next: ConversationRecord): boolean {
  const before = saved.reference as Partial<ConversationReference>;
  const after = next.reference as Partial<ConversationReference>;
  return (
    saved.tenantId !== next.tenantId ||
    saved.kind !== next.kind ||
    (next.personId !== null && saved.personId !== next.personId) ||
    before.serviceUrl !== after.serviceUrl ||
    before.bot?.id !== after.bot?.id ||
    (next.kind !== 'personal' && before.user !== undefined) ||
    // a channel's team told for the first time (a row saved before teams were kept, or a reply)
    (teamIdOf(next.reference) !== undefined && teamIdOf(saved.reference) !== teamIdOf(next.reference)) ||
    (aadGroupIdOf(next.reference) !== undefined &&
      aadGroupIdOf(saved.reference) !== aadGroupIdOf(next.reference)) ||
    // a channel or chat renamed (or named for the first time): the console lists it by name
    (next.kind !== 'personal' &&
      after.conversation?.name !== undefined &&
      before.conversation?.name !== after.conversation.name)
  );
}

const teamIdOf = (reference: Record<string, unknown>): string | undefined =>
  typeof reference.teamId === 'string' ? reference.teamId : undefined;
const aadGroupIdOf = (reference: Record<string, unknown>): string | undefined =>
  typeof reference.aadGroupId === 'string' ? reference.aadGroupId : undefined;

/** The person behind this turn, once rememberTurn ran. */
export const turnPerson = (context: TurnContext): Person | undefined => context.turnState.get(personKey);

/** The person's own locale, then the activity's, then DEFAULT_LOCALE. */
export const turnLocale = (core: Pick<Core, 'config'>, context: TurnContext): Locale =>
  resolveLocale(turnPerson(context)?.locale, context.activity.locale, core.config.defaultLocale);

/**
 * A rewrite keeps the names an earlier activity told (a thread reply carries no channel name):
 * the console's "post into…" list shows channels by them.
 */
function keepNames(next: ConversationRecord, saved: ConversationRecord | undefined): ConversationRecord {
  if (!saved || next.kind === 'personal') return next;
  const before = saved.reference as { conversation?: { name?: string }; teamName?: string };
  const after = next.reference as { conversation?: Record<string, unknown>; teamName?: string };
  const name = after.conversation?.name ?? before.conversation?.name;
  const teamName = after.teamName ?? before.teamName;
  const teamId = teamIdOf(next.reference) ?? teamIdOf(saved.reference);
  const aadGroupId = aadGroupIdOf(next.reference) ?? aadGroupIdOf(saved.reference);
  return {
    ...next,
    reference: {
      ...next.reference,
      conversation: { ...after.conversation, ...(name ? { name } : {}) },
      ...(teamName ? { teamName } : {}),
      ...(teamId ? { teamId } : {}),
      ...(aadGroupId ? { aadGroupId } : {}),
    },
  };
}
