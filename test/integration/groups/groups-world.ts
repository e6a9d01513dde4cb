/**
 * A groups test world: the news world (Relais with the fake Teams connector, the fake Slack API,
 * tab SSO as a person, the automation key) plus chat helpers (a Teams activity from a person, a
 * signed Slack event or interaction) and groups set up through the capability's store.
 */
import type { GroupRight } from '../../../shared/groups/group-model.js';
import {
  eventCallback,
  eventRequest,
  interactionRequest,
  postToSlackEndpoint,
  slashCommand,
  slashCommandRequest,
} from '../../harness/slack-signing.js';
import { postActivity, type TeamsScene, type WireActivity } from '../../harness/teams-activities.js';
import {
  type NewsWorld,
  SLACK_SECRET,
  SLACK_TEAM,
  startNewsWorld,
  TENANT,
  type WorldPerson,
} from '../news/news-world.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON
export type Json = any;

export interface GroupsWorld extends NewsWorld {
  /** a person's 1:1 scene on Teams */
  teamsScene(who: WorldPerson, locale?: string): TeamsScene;
  teamsPost(activity: WireActivity): Promise<{ status: number; body: Json }>;
  slackEvent(event: Record<string, unknown>): Promise<Response>;
  slackInteract(payload: Record<string, unknown>): Promise<Response>;
  /** `/relais <text>` from a Slack user; the answer goes to the returned response URL */
  slackCommand(userId: string, text: string): Promise<string>;
  /** a group with its members and their rights, created as the automation key would */
  group(name: string, members: [WorldPerson, GroupRight][]): Promise<string>;
  /** calls the API and reads the JSON answer */
  call(
    method: string,
    path: string,
    options?: { as?: WorldPerson; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: Json }>;
}

export async function startGroupsWorld(
  backendEnv: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<GroupsWorld> {
  const news = await startNewsWorld(backendEnv, { NEWS_REMINDER_COUNT: '0', ...extraEnv });
  const sign = { secret: SLACK_SECRET };
  const world: GroupsWorld = Object.assign(news, {
    teamsScene: (who: WorldPerson, locale = 'fr-FR'): TeamsScene => ({
      serviceUrl: news.teams.url,
      tenantId: TENANT,
      user: { id: who.userId, aadObjectId: who.aadObjectId!, name: who.person.displayName },
      locale,
    }),
    teamsPost: (activity: WireActivity) => postActivity(news.relais.url, activity),
    slackEvent: (event: Record<string, unknown>) =>
      postToSlackEndpoint(news.relais.url, eventRequest(eventCallback({ teamId: SLACK_TEAM, event }), sign)),
    slackInteract: (payload: Record<string, unknown>) =>
      postToSlackEndpoint(news.relais.url, interactionRequest(payload, sign)),
    async slackCommand(userId: string, text: string) {
      const responseUrl = news.slack.responseUrl();
      const fields = slashCommand({ teamId: SLACK_TEAM, userId, text, responseUrl });
      await postToSlackEndpoint(news.relais.url, slashCommandRequest(fields, sign));
      return responseUrl;
    },
    async group(name: string, members: [WorldPerson, GroupRight][]) {
      const { store } = news.relais.core.groups;
      const group = await store.createGroup({ nameEn: name, nameFr: name, kind: 'partners' });
      for (const [who, right] of members) {
        await store.addMember({ groupId: group.id, personId: who.person.id, right });
      }
      return group.id;
    },
    async call(
      method: string,
      path: string,
      options: { as?: WorldPerson; body?: unknown; headers?: Record<string, string> } = {},
    ) {
      const res = await news.api(method, path, options);
      const text = await res.text();
      let body: Json = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // keep the text
      }
      return { status: res.status, body };
    },
  });
  return world;
}
