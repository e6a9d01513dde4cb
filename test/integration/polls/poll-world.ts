/**
 * A polls test world: one Relais serving Teams (local mode, fake connector) and Slack (signed
 * requests, fake Web API) on the store under test, an API key, and helpers that vote the way
 * each platform does: a Teams `adaptiveCard/action` invoke on the posted card's own button, a
 * signed Slack `block_actions` on the posted message's own button.
 */
import assert from 'node:assert/strict';
import { pollDb } from '../../../shared/polls/poll-tables.js';
import type { Backend } from '../../harness/databases.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../../harness/fake-teams-connector.js';
import { blockActions } from '../../harness/slack-signing.js';
import {
  executeActionActivity,
  messageActivity,
  postActivity,
  type TeamsScene,
  type TeamsUser,
  teamsUser,
} from '../../harness/teams-activities.js';
import { type SlackWorld, startSlackWorld, TEAM } from '../slack/slack-world.js';
import { type CardJson, cardOf, executeActionsOf } from '../teams/teams-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON (API answers, Block Kit) that tests inspect freely
type Json = any;

export const API_KEY = 'polls-test-key';
export const TENANT = 'tenant-polls';
export const TEAMS_CHANNEL = '19:polls@thread.tacv2';
export const SLACK_CHANNEL = 'C0POLLS';

export interface PollWorld {
  slack: SlackWorld;
  connector: FakeTeamsConnector;
  url: string;
  api(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: Json; text: string }>;
  close(): Promise<void>;
}

export async function startPollWorld(
  backend: Backend | undefined,
  env: Record<string, string> = {},
): Promise<PollWorld> {
  const connector = await startFakeTeamsConnector();
  const slack = await startSlackWorld({
    TEAMS_SERVICE_URL: connector.url,
    RELAIS_API_KEYS: API_KEY,
    POLL_REFRESH_WINDOW_MS: '200',
    ...(backend?.storeOptions?.databaseUrl ? { DATABASE_URL: backend.storeOptions.databaseUrl } : {}),
    ...env,
  });
  const url = slack.relais.url;
  return {
    slack,
    connector,
    url,
    async api(method, path, body, headers = {}) {
      const response = await fetch(`${url}/api/v1${path}`, {
        method,
        headers: {
          authorization: `Bearer ${API_KEY}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: response.status, body: parsed, text };
    },
    async close() {
      await slack.close();
      await connector.close();
    },
  };
}

export const channelScene = (world: PollWorld, user: TeamsUser, locale = 'en-US'): TeamsScene => ({
  serviceUrl: world.connector.url,
  tenantId: TENANT,
  user,
  locale,
  conversation: { id: `${TEAMS_CHANNEL};messageid=1`, conversationType: 'channel', isGroup: true },
});

/** a Teams member of the tenant (the connector's member lookup knows them) */
export function teamsMember(world: PollWorld, name: string): TeamsUser {
  const user = teamsUser(name);
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${user.aadObjectId.slice(0, 6)}@polls.example`;
  world.connector.directory.set(user.id, {
    id: user.id,
    name,
    aadObjectId: user.aadObjectId,
    email,
    tenantId: TENANT,
  });
  return user;
}

/** the Teams channel is known to the bot (someone wrote there), so polls can be posted into it */
export async function teamsChannelKnown(world: PollWorld): Promise<TeamsUser> {
  const user = teamsMember(world, 'Channel Opener');
  await postActivity(world.url, messageActivity(channelScene(world, user), 'help', { mention: true }));
  return user;
}

/** The messages that carry a poll, from the table (message ids the platforms gave back). */
export async function pollMessages(world: PollWorld, pollId: string) {
  return pollDb(world.slack.relais.core.store)
    .selectFrom('poll_messages')
    .selectAll()
    .where('poll_id', '=', pollId)
    .execute();
}

/** the last Teams card posted into the channel that carries vote buttons */
export function lastTeamsPollCard(world: PollWorld): CardJson {
  const sent = world.connector
    .sentActivities()
    .filter(
      (r) =>
        r.body?.attachments?.length &&
        executeActionsOf(r.body.attachments[0].content).some((a) => a.verb === 'poll.vote'),
    );
  return cardOf(sent.at(-1));
}

/**
 * the last Teams card sent for the poll `pollId` (its vote buttons name it): another poll's card
 * or a reminder going out at the same time is not it
 */
export function teamsPollCard(world: PollWorld, pollId: string): CardJson {
  const sent = world.connector
    .sentActivities()
    .filter(
      (r) =>
        r.body?.attachments?.length &&
        executeActionsOf(r.body.attachments[0].content).some(
          (a) => a.verb === 'poll.vote' && a.data?.payload?.poll === pollId,
        ),
    );
  assert.ok(sent.length > 0, `a Teams card of poll ${pollId}`);
  return cardOf(sent.at(-1));
}

export const pollIdOfCard = (card: CardJson): string => {
  const vote = executeActionsOf(card).find((a) => a.verb === 'poll.vote');
  assert.ok(vote, 'the card has a vote button');
  return vote.data.payload.poll;
};

/** votes in Teams by clicking the option's button of `card` (as the message `messageId`) */
export async function teamsVote(
  world: PollWorld,
  user: TeamsUser,
  card: CardJson,
  optionLabel: string,
  messageId: string,
  extra: { activityId?: string } = {},
) {
  const button = executeActionsOf(card).find((a) => a.verb === 'poll.vote' && a.title === optionLabel);
  assert.ok(button, `a vote button "${optionLabel}"`);
  const activity = executeActionActivity(channelScene(world, user), button, { replyToId: messageId });
  if (extra.activityId) activity.id = extra.activityId;
  return postActivity(world.url, activity);
}

/** the Slack message blocks posted for a poll (chat.postMessage into `channel`) */
export function slackPollPost(world: PollWorld, channel = SLACK_CHANNEL) {
  const call = world.slack.fake
    .callsTo('chat.postMessage')
    .filter((c) => c.body.channel === channel)
    .at(-1);
  assert.ok(call, 'a poll posted to Slack');
  const blocks = (
    typeof call.body.blocks === 'string' ? JSON.parse(call.body.blocks) : call.body.blocks
  ) as Json[];
  return { blocks, ts: String(call.response.ts) };
}

export function slackVoteButton(blocks: Json[], optionLabel: string) {
  for (const block of blocks) {
    for (const element of block.elements ?? []) {
      if (
        typeof element.action_id === 'string' &&
        element.action_id.startsWith('poll.vote:') &&
        element.text?.text === optionLabel
      ) {
        return element as { action_id: string; value: string };
      }
    }
  }
  assert.fail(`no Slack vote button "${optionLabel}"`);
}

/** a signed block_actions click on a button of the poll message */
export function slackClick(
  world: PollWorld,
  userId: string,
  button: { action_id: string; value: string },
  ts: string,
  extra: { actionTs?: string; state?: unknown } = {},
) {
  return world.slack.interact({
    ...blockActions({
      teamId: TEAM,
      userId,
      channelId: SLACK_CHANNEL,
      messageTs: ts,
      actionTs: extra.actionTs,
      action: { action_id: button.action_id, value: button.value, type: 'button' },
    }),
    ...(extra.state ? { state: extra.state } : {}),
  });
}

export async function results(world: PollWorld, pollId: string) {
  const response = await world.api('GET', `/polls/${pollId}/results`);
  assert.equal(response.status, 200, response.text);
  return response.body as { voters: number; counts: Record<string, number> };
}
