/** Shared bits of the Teams integration tests: reading what the bot posted to the fake connector. */
import assert from 'node:assert/strict';
import type { RecordedRequest } from '../../harness/fake-teams-connector.js';
import { validateWithSdk } from '../../unit/cards/ac-validate.js';

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
