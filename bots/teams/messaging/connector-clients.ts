/**
 * Proactive connector calls without a turn. botbuilder's `continueConversationAsync` builds, for
 * every message, a connector factory, a new ConnectorClient (its whole HTTP pipeline), a user
 * token client, a TurnContext and a middleware run, only to POST one activity: that was most of
 * the server's CPU per Teams send in a broadcast. Here one ConnectorClient per service URL is made
 * by the adapter's own authentication, for its credentials (the bearer token and its cache), and
 * each call is the REST request itself (Bot Framework Connector API v3: POST, PUT and DELETE on
 * `v3/conversations/{id}/activities[/{activityId}]`), signed by those credentials and sent by
 * the adapter's fail-fast transport, with no serialisation pipeline in between. The activity is
 * addressed from the saved conversation reference exactly as a turn addresses it
 * (`TurnContext.applyConversationReference`: the bot as sender, the person as recipient), and
 * sent as a new message, never as a reply.
 */
import type { Activity, ConversationReference } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type ConnectorClient } from 'botframework-connector';
import type { TeamsAdapter } from '../adapter/create-teams-adapter.js';
import { ConnectorHeaders, type WebResource } from '../adapter/fail-fast-http-client.js';

type Reference = Partial<ConversationReference>;

/** Service URLs are a handful per cloud region; the cap only guards against a flood of odd ones. */
const maxClients = 64;

const userAgent = 'Microsoft-BotFramework/3.1 Relais';

/** `v3/conversations/{id}/activities[/{activityId}]`, ids encoded as the connector client encodes them. */
export const activitiesPath = (conversationId: string, activityId?: string): string =>
  `v3/conversations/${encodeURIComponent(conversationId)}/activities${
    activityId === undefined ? '' : `/${encodeURIComponent(activityId)}`
  }`;

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

  /**
   * One connector call: signed by the service URL's credentials, sent by the fail-fast transport
   * (any status >= 400 or network failure throws its ConnectorHttpError), the JSON answer parsed.
   */
  async call(
    serviceUrl: string,
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    body?: unknown,
  ): Promise<unknown> {
    const client = await this.forServiceUrl(serviceUrl);
    const base = serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`;
    // the fields the credentials (headers.set) and the transport (url, method, headers, body) read
    const request = {
      url: base + path,
      method,
      headers: new ConnectorHeaders({
        accept: '*/*',
        'content-type': 'application/json; charset=utf-8',
        'user-agent': userAgent,
      }),
      body: body === undefined ? undefined : JSON.stringify(body),
      timeout: 0,
    } as unknown as WebResource;
    const signed = (await client.credentials.signRequest(request)) as WebResource;
    const { bodyAsText } = await this.teams.transport.sendRequest(signed);
    if (!bodyAsText) return undefined;
    try {
      return JSON.parse(bodyAsText);
    } catch {
      return undefined; // an answer without a body we need (delete, or a proxy's text)
    }
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
