/**
 * The Messenger contract's Teams bench: Relais in local mode, its Teams messenger proactive over
 * the recording fake connector (TEAMS_SERVICE_URL), people made known the way Teams does it (an
 * activity from them saves their 1:1 reference) or imported (no conversation yet).
 */
import type { ConversationTarget, PlatformIdentity } from '../../shared/messaging/messenger.js';
import {
  type FakeTeamsConnector,
  type QueuedFailure,
  type RecordedRequest,
  startFakeTeamsConnector,
} from '../harness/fake-teams-connector.js';
import { startTestRelais } from '../harness/relais.js';
import { messageActivity, postActivity, teamsUser } from '../harness/teams-activities.js';
import type {
  MessengerBenchFactory,
  PersonTarget,
  PlatformCall,
  PlatformFailure,
  PlatformOperation,
} from './messenger-bench.js';

const tenantId = 'tenant-contract';

/** which connector calls each operation makes */
const routes: Record<PlatformOperation, { method: string; path: RegExp }> = {
  send: { method: 'POST', path: /^\/v3\/conversations\/[^/]+\/activities$/ },
  update: { method: 'PUT', path: /^\/v3\/conversations\/[^/]+\/activities\/[^/]+$/ },
  delete: { method: 'DELETE', path: /^\/v3\/conversations\/[^/]+\/activities\/[^/]+$/ },
  open: { method: 'POST', path: /^\/v3\/conversations$/ },
  members: { method: 'GET', path: /^\/v3\/conversations\/[^/]+\/members\/[^/]+$/ },
};

/** the connector's answer for each failure, with the error code Teams puts in its body */
function connectorFailure(failure: PlatformFailure): {
  rule: Omit<QueuedFailure, 'method' | 'path'>;
  code?: string;
} {
  const body = (code: string, message: string) => ({ error: { code, message } });
  switch (failure.kind) {
    case 'rate_limited':
      return {
        rule: {
          status: 429,
          headers: { 'Retry-After': String(failure.retryAfterSeconds) },
          body: body('ThrottledRequest', 'Too many requests'),
        },
        code: 'ThrottledRequest',
      };
    case 'blocked':
      return {
        rule: {
          status: 403,
          body: body('ConversationBlockedByUser', 'User blocked the conversation with the bot.'),
        },
        code: 'ConversationBlockedByUser',
      };
    case 'gone':
      return {
        rule: { status: 404, body: body('ConversationNotFound', 'Conversation not found.') },
        code: 'ConversationNotFound',
      };
    case 'unavailable':
      return {
        rule: { status: failure.status, body: body('ServiceError', 'upstream failure') },
        code: 'ServiceError',
      };
    case 'refused':
      return {
        rule: { status: 400, body: body('BadArgument', 'Unknown attachment type') },
        code: 'BadArgument',
      };
    case 'hang_up':
      return { rule: { status: 0, hangUp: true } };
  }
}

const conversationOf = (request: RecordedRequest): string =>
  request.path.match(/^\/v3\/conversations\/([^/]+)/)?.[1] ?? '';

export const teamsMessengerBench: MessengerBenchFactory = {
  platform: 'teams',
  async start() {
    const connector: FakeTeamsConnector = await startFakeTeamsConnector();
    const relais = await startTestRelais({ TEAMS_SERVICE_URL: connector.url });
    const messenger = relais.core.messengers.get('teams');
    if (!messenger) throw new Error('the Teams messenger is not registered');
    let channels = 0;

    const identityOf = (user: ReturnType<typeof teamsUser>): PlatformIdentity => ({
      platform: 'teams',
      tenantId,
      userId: user.id,
      aadObjectId: user.aadObjectId,
    });
    const newPerson = async (): Promise<PersonTarget> => {
      const user = teamsUser('Noor Haddad');
      connector.directory.set(user.id, { id: user.id, name: user.name, aadObjectId: user.aadObjectId });
      const identity = identityOf(user);
      // imported: Relais knows the person, who never talked to the bot
      await relais.core.people.learn(identity, { displayName: user.name });
      return { kind: 'person', identity };
    };

    return {
      platform: 'teams',
      messenger,
      tenantId,
      async knownPerson() {
        const user = teamsUser('Alex Dupont');
        connector.directory.set(user.id, { id: user.id, name: user.name, aadObjectId: user.aadObjectId });
        // the person writes to the bot once: Relais saves their 1:1 reference, as with real Teams
        await postActivity(
          relais.url,
          messageActivity({ serviceUrl: connector.url, tenantId, user }, 'aide'),
        );
        connector.reset();
        return { kind: 'person', identity: identityOf(user) };
      },
      newPerson,
      async unreachablePerson() {
        const target = await newPerson();
        // the app is not installed for them: Teams refuses the 1:1 creation
        connector.failNext({
          status: 403,
          method: 'POST',
          path: '/v3/conversations',
          body: { error: { code: 'Forbidden', message: 'The bot is not part of the conversation roster.' } },
        });
        return target;
      },
      channel: (): ConversationTarget => ({
        kind: 'conversation',
        platform: 'teams',
        tenantId,
        conversationId: `19:contract-${++channels}@thread.tacv2`,
      }),
      unencodableChannel: () => ({
        kind: 'conversation',
        platform: 'teams',
        tenantId,
        conversationId: '19:\ud800@thread.tacv2',
      }),
      setMembers(channel, people) {
        connector.rosters.set(channel.conversationId, new Set(people.map((p) => p.userId)));
      },
      failNext(operation, failure) {
        const { rule, code } = connectorFailure(failure);
        connector.failNext({ ...rule, method: routes[operation].method, path: routes[operation].path });
        return code;
      },
      calls(operation): PlatformCall[] {
        const route = routes[operation];
        return connector.requests
          .filter((r) => r.method === route.method && route.path.test(r.path))
          .map((r) => ({
            conversationId: conversationOf(r),
            messageId: r.path.match(/\/activities\/([^/]+)$/)?.[1],
            wire: JSON.stringify(r.body ?? null),
          }));
      },
      allCalls: () => connector.requests.length,
      reset: () => connector.reset(),
      async close() {
        await relais.close();
        await connector.close();
      },
    };
  },
};
