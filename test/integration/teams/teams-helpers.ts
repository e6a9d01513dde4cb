/**
 * Shared bits of the Teams integration tests: starting a bot with Bot Framework authentication on,
 * and reading what the bot posted to the fake connector.
 */
import assert from 'node:assert/strict';
import type { Logger } from '../../../shared/logging/logger.js';
import {
  type FakeTeamsConnector,
  type RecordedRequest,
  startFakeTeamsConnector,
} from '../../harness/fake-teams-connector.js';
import { type KeyServer, startKeyServer } from '../../harness/key-server.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import { validateWithSdk } from '../../unit/cards/ac-validate.js';

/** A SingleTenant bot with authentication on, its token issuer and the connector it replies to. */
export interface AuthenticatedTeams {
  keys: KeyServer;
  connector: FakeTeamsConnector;
  relais: TestRelais;
  close(): Promise<void>;
}

/**
 * Starts a local key server, a fake connector and Relais as the SingleTenant bot `appId` of
 * `tenantId`, validating inbound Bot Framework tokens against that key server. `env` adds to (or
 * overrides) the bot's environment.
 */
export async function startAuthenticatedTeams(
  appId: string,
  tenantId: string,
  env: Record<string, string> = {},
  logger?: Logger,
): Promise<AuthenticatedTeams> {
  const keys = await startKeyServer();
  const connector = await startFakeTeamsConnector();
  let relais: TestRelais;
  try {
    relais = await startTestRelais(
      {
        MICROSOFT_APP_ID: appId,
        MICROSOFT_APP_PASSWORD: 'not-used-by-the-test-token-source',
        MICROSOFT_APP_TENANT_ID: tenantId,
        MICROSOFT_APP_TYPE: 'SingleTenant',
        BOT_OPENID_METADATA_URL: keys.metadataUrl,
        BOT_TOKEN_ISSUER: keys.issuer,
        TEAMS_SERVICE_URL: connector.url,
        ...env,
      },
      {
        logger,
        teams: {
          // botbuilder's MSAL login refuses a non-https authority: tests sign outbound calls with a
          // fixed token, which the fake connector records.
          outboundCredentials: async () => ({
            signRequest: async (request) => {
              request.headers.set('authorization', 'Bearer outbound-test-token');
              return request;
            },
          }),
        },
      },
    );
  } catch (error) {
    await Promise.all([connector.close(), keys.close()]);
    throw error;
  }
  return {
    keys,
    connector,
    relais,
    async close() {
      await relais.close();
      await connector.close();
      await keys.close();
    },
  };
}

export const adaptiveCardType = 'application/vnd.microsoft.card.adaptive';

// biome-ignore lint/suspicious/noExplicitAny: Adaptive Card JSON
export type CardJson = Record<string, any>;

/** The Adaptive Card carried by a posted activity, checked by the official parser. */
export function cardOf(request: RecordedRequest | undefined): CardJson {
  assert.ok(request, 'expected the bot to post an activity');
  const attachment = request.body?.attachments?.[0];
  assert.equal(attachment?.contentType, adaptiveCardType);
  assertParses(attachment.content);
  return attachment.content;
}

export function assertParses(card: unknown): void {
  assert.deepEqual(validateWithSdk(card).events, [], 'the adaptivecards parser reported problems');
}

/** Every text of a card (TextBlock texts, fact values, action titles), for "does it say X" checks. */
export function textsOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (!node || typeof node !== 'object') return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'text' || key === 'title' || key === 'value') && typeof value === 'string') out.push(value);
    else out.push(...textsOf(value));
  }
  return out;
}

/** Every Action.Execute of a card, wherever it sits. */
export function executeActionsOf(node: unknown): CardJson[] {
  if (Array.isArray(node)) return node.flatMap(executeActionsOf);
  if (!node || typeof node !== 'object') return [];
  const self = (node as CardJson).type === 'Action.Execute' ? [node as CardJson] : [];
  return [...self, ...Object.values(node).flatMap(executeActionsOf)];
}
