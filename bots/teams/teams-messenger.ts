/**
 * The core's Messenger port on Teams: proactive sends, updates and deletes through the Bot
 * Framework connector. A person is reached in their saved 1:1 conversation; a person never seen
 * gets one created on TEAMS_SERVICE_URL with their AAD object id and tenant (this works once the
 * app is installed for them), and its reference is saved for next time. It also asks the
 * connector who is in a conversation (isMember). Every failure is a DeliveryError, raised at once
 * (no hidden retries: the job queue owns the delays).
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
import { isTeamsConversationMember } from './messaging/conversation-member.js';
import { toDeliveryError } from './messaging/delivery-error.js';

type Reference = Partial<ConversationReference>;

export class TeamsMessenger implements Messenger {
  readonly platform = 'teams' as const;

  constructor(
    private readonly core: Pick<Core, 'config' | 'people' | 'conversations'>,
    private readonly teams: TeamsAdapter,
  ) {}

  async send(target: MessageTarget, content: Card): Promise<SentMessage> {
    const activity = cardActivity(content);
    if (target.kind === 'conversation') {
      const reference = await this.referenceFor(target.conversationId, target.tenantId);
      const id = await this.inConversation(reference, 'send', (context) => context.sendActivity(activity));
      return this.sent(target.tenantId, target.conversationId, id);
    }
    const { identity } = target;
    // the delivery workers know the person: one lookup (the saved conversation) instead of four
    const personId = target.personId ?? (await this.core.people.findByIdentity(identity))?.id;
    const saved = personId && (await this.core.conversations.findPersonal('teams', personId));
    if (saved) {
      const id = await this.inConversation(saved.reference, 'send', (context) =>
        context.sendActivity(activity),
      );
      return this.sent(saved.tenantId, saved.conversationId, id);
    }
    return this.createAndSend(identity, personId ?? null, activity);
  }

  async update(message: SentMessage, content: Card): Promise<void> {
    const reference = await this.referenceFor(message.conversationId, message.tenantId);
    const activity = { ...cardActivity(content), id: message.messageId };
    await this.inConversation(reference, 'update', (context) => context.updateActivity(activity));
  }

  async delete(message: SentMessage): Promise<void> {
    const reference = await this.referenceFor(message.conversationId, message.tenantId);
    await this.inConversation(reference, 'delete', (context) => context.deleteActivity(message.messageId));
  }

  async isMember(conversation: ConversationTarget, identity: PlatformIdentity): Promise<boolean> {
    const reference = await this.referenceFor(conversation.conversationId, conversation.tenantId);
    return isTeamsConversationMember(
      (logic) => this.teams.adapter.continueConversationAsync(this.teams.botAppId, reference, logic),
      identity.userId,
    );
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

  /** Runs one proactive turn in a conversation and returns the connector's activity id, if any. */
  private async inConversation(
    reference: Reference,
    what: string,
    logic: (context: TurnContext) => Promise<unknown>,
  ): Promise<string | undefined> {
    let id: string | undefined;
    let failure: unknown;
    try {
      await this.teams.adapter.continueConversationAsync(this.teams.botAppId, reference, async (context) => {
        newMessagesNotReplies(context);
        try {
          id = activityIdOf(await logic(context));
        } catch (error) {
          failure = error; // caught here, or the adapter's onTurnError would swallow it
        }
      });
    } catch (error) {
      failure = error;
    }
    if (failure) throw toDeliveryError(failure, `${what} in ${reference.conversation?.id}`);
    return id;
  }

  private sent(tenantId: string, conversationId: string, messageId: string | undefined): SentMessage {
    if (!messageId)
      throw new DeliveryError('rejected', `the connector returned no activity id in ${conversationId}`, {
        platform: 'teams',
      });
    return { platform: 'teams', tenantId, conversationId, messageId };
  }
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
