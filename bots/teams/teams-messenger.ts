/**
 * The core's Messenger port on Teams: proactive sends, updates and deletes through the Bot
 * Framework connector. A person is reached in their saved 1:1 conversation; a person never seen
 * gets one created on TEAMS_SERVICE_URL with their AAD object id and tenant (this works once the
 * app is installed for them), and its reference is saved for next time; a saved 1:1 the connector
 * no longer knows (404) is forgotten, so the next send creates it again. Sends, updates and
 * deletes in a known conversation call the connector directly (connector-clients.ts), without a
 * proactive turn per message. It also asks the connector who is in a conversation (isMember) and
 * how many people are (memberCount), and tells a team's two ids (teamIds, team-ids.ts).
 * Every failure is a DeliveryError, raised at once (no hidden retries: the job queue owns the
 * delays).
 */
import type { Activity, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';
import { TurnContext as TurnContextClass } from 'botbuilder';
import type { Card } from '../../shared/cards/model.js';
import type { Core } from '../../shared/core.js';
import { DeliveryError } from '../../shared/errors/errors.js';
import type {
  ConversationTarget,
  MessageTarget,
  Messenger,
  PlatformIdentity,
  SentMessage,
} from '../../shared/messaging/messenger.js';
import type { TeamsAdapter } from './adapter/create-teams-adapter.js';
import { cardActivity } from './messaging/card-activity.js';
import { activitiesPath, addressed, ConnectorClients } from './messaging/connector-clients.js';
import { isTeamsConversationMember } from './messaging/conversation-member.js';
import { countTeamsConversationMembers } from './messaging/conversation-member-count.js';
import { toDeliveryError } from './messaging/delivery-error.js';
import { hasLoneSurrogate } from './messaging/encodable-text.js';
import { lookupTeamsMember } from './messaging/member-lookup.js';
import { teamsTeamIds } from './messaging/team-ids.js';

type Reference = Partial<ConversationReference>;

export class TeamsMessenger implements Messenger {
  readonly platform = 'teams' as const;
  private readonly connectors: ConnectorClients;

  constructor(
    private readonly core: Pick<Core, 'config' | 'people' | 'conversations'>,
    private readonly teams: TeamsAdapter,
  ) {
    this.connectors = new ConnectorClients(teams);
  }

  async send(target: MessageTarget, content: Card): Promise<SentMessage> {
    const activity = encodableActivity(content);
    if (target.kind === 'conversation') {
      const reference = await this.referenceFor(target.conversationId, target.tenantId);
      const id = await this.post(reference, activity);
      return this.sent(target.tenantId, target.conversationId, id);
    }
    const { identity } = target;
    // the delivery workers know the person: one lookup (the saved conversation) instead of four
    const personId = target.personId ?? (await this.core.people.findByIdentity(identity))?.id;
    const saved = personId && (await this.core.conversations.findPersonal('teams', personId));
    if (saved) {
      const id = await this.post(saved.reference, activity).catch(async (error: unknown) => {
        // the person deleted the chat: Teams gives it back only through a new createConversation,
        // so the saved reference must not be used again (this send stays unreachable)
        if (error instanceof DeliveryError && error.status === 404)
          await this.core.conversations.forget('teams', saved.conversationId);
        throw error;
      });
      return this.sent(saved.tenantId, saved.conversationId, id);
    }
    return this.createAndSend(identity, personId ?? null, activity);
  }

  async update(message: SentMessage, content: Card): Promise<void> {
    const reference = await this.referenceFor(message.conversationId, message.tenantId);
    const activity = addressed({ ...encodableActivity(content), id: message.messageId }, reference);
    await this.call(reference, 'update', 'PUT', message.messageId, activity);
  }

  async delete(message: SentMessage): Promise<void> {
    const reference = await this.referenceFor(message.conversationId, message.tenantId);
    await this.call(reference, 'delete', 'DELETE', message.messageId);
  }

  /** Posts a new message (not a reply) into the referenced conversation; the connector's activity id. */
  private async post(reference: Reference, activity: Partial<Activity>): Promise<string | undefined> {
    const response = await this.call(reference, 'send', 'POST', undefined, addressed(activity, reference));
    return activityIdOf(response);
  }

  /** One connector call on the referenced conversation's activities; any failure as a DeliveryError. */
  private async call(
    reference: Reference,
    what: string,
    method: 'POST' | 'PUT' | 'DELETE',
    activityId: string | undefined,
    body?: Partial<Activity>,
  ): Promise<unknown> {
    const conversationId = reference.conversation?.id;
    try {
      if (!reference.serviceUrl || !conversationId)
        throw new Error('the conversation reference is incomplete');
      const path = activitiesPath(conversationId, activityId);
      return await this.connectors.call(reference.serviceUrl, method, path, body);
    } catch (error) {
      throw toDeliveryError(error, `${what} in ${conversationId}`);
    }
  }

  async isMember(conversation: ConversationTarget, identity: PlatformIdentity): Promise<boolean> {
    const reference = await this.referenceFor(conversation.conversationId, conversation.tenantId);
    return isTeamsConversationMember(
      (logic) => this.teams.adapter.continueConversationAsync(this.teams.botAppId, reference, logic),
      identity.userId,
    );
  }

  /** What Teams says of the person now, asked in their 1:1 (a first contact's failed lookup, again). */
  async lookupMember(identity: PlatformIdentity, conversation?: ConversationTarget) {
    if (!conversation) throw new DeliveryError('rejected', 'a Teams member lookup needs a conversation');
    const reference = await this.referenceFor(conversation.conversationId, conversation.tenantId);
    return lookupTeamsMember(
      (logic) => this.teams.adapter.continueConversationAsync(this.teams.botAppId, reference, logic),
      identity.userId,
      conversation.tenantId,
    );
  }

  /** The people in a conversation (a relay's reach): the connector's paged member list, counted. */
  async memberCount(conversation: ConversationTarget): Promise<number | undefined> {
    const reference = await this.referenceFor(conversation.conversationId, conversation.tenantId);
    return countTeamsConversationMembers((logic) =>
      this.teams.adapter.continueConversationAsync(this.teams.botAppId, reference, logic),
    );
  }

  /** A team's Entra group id and Bot Framework id, from the channels of it the bot has seen. */
  teamIds(ids: readonly string[]) {
    return teamsTeamIds(this.core.conversations, ids);
  }

  /** The saved reference, else one built from TEAMS_SERVICE_URL (Teams routes it to the tenant). */
  private async referenceFor(conversationId: string, tenantId: string): Promise<Reference> {
    const saved = await this.core.conversations.get('teams', conversationId);
    if (saved) return saved.reference;
    return {
      channelId: 'msteams',
      serviceUrl: this.core.config.teams.serviceUrl,
      conversation: { id: conversationId, tenantId, isGroup: false, conversationType: '', name: '' },
    };
  }

  private async createAndSend(
    identity: PlatformIdentity,
    personId: string | null,
    activity: Partial<Activity>,
  ): Promise<SentMessage> {
    const { serviceUrl } = this.core.config.teams;
    const parameters: ConversationParameters = {
      isGroup: false,
      bot: { id: this.teams.botAppId ? `28:${this.teams.botAppId}` : '28:relais', name: 'Relais' },
      members: [{ id: identity.aadObjectId ?? identity.userId, name: '' }],
      tenantId: identity.tenantId,
      channelData: { tenant: { id: identity.tenantId } },
    };
    let created: Reference | undefined;
    let messageId: string | undefined;
    let failure: unknown;
    try {
      await this.teams.adapter.createConversationAsync(
        this.teams.botAppId,
        'msteams',
        serviceUrl,
        this.teams.audience,
        parameters,
        async (context) => {
          newMessagesNotReplies(context);
          created = TurnContextClass.getConversationReference(context.activity);
          try {
            messageId = (await context.sendActivity(activity))?.id;
          } catch (error) {
            failure = error; // caught here, or the adapter's onTurnError would swallow it
          }
        },
      );
    } catch (error) {
      throw toDeliveryError(error, `create 1:1 conversation with ${identity.userId}`);
    }
    if (!created?.conversation?.id)
      throw new DeliveryError('rejected', 'the connector returned no conversation id', { platform: 'teams' });
    const conversationId = created.conversation.id;
    await this.core.conversations.save({
      platform: 'teams',
      tenantId: identity.tenantId,
      conversationId,
      kind: 'personal',
      personId,
      reference: {
        ...created,
        user: { id: identity.userId, aadObjectId: identity.aadObjectId, name: '' },
        conversation: { ...created.conversation, conversationType: 'personal' },
      },
    });
    if (failure) throw toDeliveryError(failure, `send to ${conversationId}`);
    return this.sent(identity.tenantId, conversationId, messageId);
  }

  private sent(tenantId: string, conversationId: string, messageId: string | undefined): SentMessage {
    if (!messageId)
      throw new DeliveryError('rejected', `the connector returned no activity id in ${conversationId}`, {
        platform: 'teams',
      });
    return { platform: 'teams', tenantId, conversationId, messageId };
  }
}

/** The card as a Teams message, refused (rejected, never retried) when its text cannot be encoded. */
function encodableActivity(content: Card): Partial<Activity> {
  const activity = cardActivity(content);
  if (hasLoneSurrogate(activity)) {
    throw new DeliveryError('rejected', 'the card holds text that cannot be encoded (a lone surrogate)', {
      platform: 'teams',
      platformCode: 'unencodable',
    });
  }
  return activity;
}

/** sendActivity/updateActivity answer a ResourceResponse `{ id }`; deleteActivity answers nothing. */
const activityIdOf = (response: unknown): string | undefined => {
  const id = (response as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
};

/**
 * botbuilder addresses proactive sends as replies to the synthetic activity that starts the turn
 * (a random id): POST …/activities/{random}. Teams may thread or refuse that; a proactive message
 * is a new message in the conversation (POST …/activities).
 */
function newMessagesNotReplies(context: TurnContext): void {
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) activity.replyToId = undefined;
    return next();
  });
}
