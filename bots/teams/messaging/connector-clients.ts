/**
 * Proactive connector calls without a turn. botbuilder's `continueConversationAsync` builds, for
 * every message, a connector factory, a new ConnectorClient (its whole HTTP pipeline), a user
 * token client, a TurnContext and a middleware run, only to POST one activity: that was most of
 * the server's CPU per Teams send in a broadcast. Here one ConnectorClient per service URL is made
 * by the adapter's own authentication (same credentials, token cache and fail-fast transport) and
 * reused; the activity is addressed from the saved conversation reference exactly as a turn
 * addresses it (`TurnContext.applyConversationReference`: the bot as sender, the person as
 * recipient), and sent as a new message, never as a reply.
 */
import type { Activity, ConversationReference } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type ConnectorClient } from 'botframework-connector';
import type { TeamsAdapter } from '../adapter/create-teams-adapter.js';

type Reference = Partial<ConversationReference>;

/** Service URLs are a handful per cloud region; the cap only guards against a flood of odd ones. */
const maxClients = 64;

export class ConnectorClients {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(private readonly teams: TeamsAdapter) {}

  /** The connector client of a service URL, made once (a failed creation is tried again next time). */
  forServiceUrl(serviceUrl: string): Promise<ConnectorClient> {
    const known = this.clients.get(serviceUrl);
    if (known) return known;
    if (this.clients.size >= maxClients) this.clients.clear();
    // the claims of a proactive turn (CloudAdapterBase.createClaimsIdentity): the bot's own app id
    const claims = new ClaimsIdentity([
      { type: AuthenticationConstants.AudienceClaim, value: this.teams.botAppId },
      { type: AuthenticationConstants.AppIdClaim, value: this.teams.botAppId },
    ]);
    const client = this.teams.authentication.createConnectorFactory(claims).create(serviceUrl);
    this.clients.set(serviceUrl, client);
    client.catch(() => this.clients.delete(serviceUrl));
    return client;
  }
}

/** The activity as a proactive turn would send it into the referenced conversation. */
export function addressed(activity: Partial<Activity>, reference: Reference): Partial<Activity> {
  return {
    ...activity,
    type: activity.type ?? 'message',
    channelId: reference.channelId,
    locale: activity.locale ?? reference.locale,
    serviceUrl: reference.serviceUrl,
    conversation: reference.conversation,
    from: reference.bot,
    recipient: reference.user,
  };
}
