/**
 * The Messenger contract's Slack bench: Relais with one workspace, its Slack messenger calling the
 * fake Slack Web API (SLACK_API_URL) with the workspace's bot token. People are members of the
 * fake's directory (conversations.open answers for them); anyone else is `user_not_found`.
 */
import type { ConversationTarget } from '../../shared/messaging/messenger.js';
import type { FakeFailure } from '../harness/fake-slack-api.js';
import { startSlackWorld, TEAM } from '../integration/slack/slack-world.js';
import type {
  MessengerBenchFactory,
  PersonTarget,
  PlatformCall,
  PlatformFailure,
  PlatformOperation,
} from './messenger-bench.js';

/** the Web API method behind each operation */
const methods: Record<PlatformOperation, string> = {
  send: 'chat.postMessage',
  update: 'chat.update',
  delete: 'chat.delete',
  open: 'conversations.open',
  members: 'conversations.members',
};

/** Slack's answer for each failure: its `error` code on HTTP 200, or a bare HTTP status */
function webApiFailure(failure: Exclude<PlatformFailure, { kind: 'rate_limited' }>): FakeFailure {
  switch (failure.kind) {
    case 'blocked':
      return { error: 'token_revoked' };
    case 'gone':
      return { error: 'channel_not_found' };
    case 'unavailable':
      return { status: failure.status };
    case 'refused':
      return { error: 'invalid_blocks' };
    case 'hang_up':
      return { hangUp: true };
  }
}

export const slackMessengerBench: MessengerBenchFactory = {
  platform: 'slack',
  async start() {
    const world = await startSlackWorld();
    const messenger = world.relais.core.messengers.get('slack');
    if (!messenger) throw new Error('the Slack messenger is not registered');
    let people = 0;
    let channels = 0;

    const newPerson = async (): Promise<PersonTarget> => {
      const id = `U0CONTRACT${++people}`;
      world.fake.addUser({ id, teamId: TEAM, realName: `Person ${people}`, locale: 'fr-FR' });
      return { kind: 'person', identity: { platform: 'slack', tenantId: TEAM, userId: id } };
    };

    return {
      platform: 'slack',
      messenger,
      tenantId: TEAM,
      // Slack's DM with the bot exists as soon as conversations.open is asked for it
      knownPerson: newPerson,
      newPerson,
      async unreachablePerson() {
        // not in the workspace: conversations.open answers user_not_found
        return {
          kind: 'person',
          identity: { platform: 'slack', tenantId: TEAM, userId: `U0GONE${++people}` },
        };
      },
      channel: (): ConversationTarget => ({
        kind: 'conversation',
        platform: 'slack',
        tenantId: TEAM,
        conversationId: `C0CONTRACT${++channels}`,
      }),
      unencodableChannel: () => ({
        kind: 'conversation',
        platform: 'slack',
        tenantId: TEAM,
        conversationId: 'C\ud800',
      }),
      setMembers(channel, members) {
        world.fake.setChannelMembers(
          channel.conversationId,
          members.map((m) => m.userId),
        );
      },
      failNext(operation, failure) {
        const method = methods[operation];
        if (failure.kind === 'rate_limited') {
          world.fake.rateLimit(method, { calls: 1, retryAfterSeconds: failure.retryAfterSeconds });
          return 'ratelimited';
        }
        const answer = webApiFailure(failure);
        world.fake.fail(method, { ...answer, times: 1 });
        return answer.error;
      },
      calls(operation): PlatformCall[] {
        return world.fake.callsTo(methods[operation]).map((call) => ({
          conversationId: String(call.body.channel ?? ''),
          messageId: typeof call.body.ts === 'string' ? call.body.ts : undefined,
          wire: JSON.stringify(call.body),
        }));
      },
      allCalls: () => world.fake.calls.length,
      reset: () => world.fake.reset(),
      close: () => world.close(),
    };
  },
};
