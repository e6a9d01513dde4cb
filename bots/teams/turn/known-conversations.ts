/**
 * Teams conversations this instance knows to be saved. A click (an invoke) never rewrites a saved
 * row, and rows are never deleted, so once a conversation is known here a click in it needs no
 * read at all: on a busy poll that is one statement less per vote. Kept per core (one per server),
 * bounded in size; forgetting one only costs the read again.
 */
import type { Core } from '../../../shared/core.js';

/** conversations remembered per instance at most (oldest dropped first) */
export const KNOWN_CONVERSATIONS_MAX = 10_000;

export interface KnownConversations {
  has(conversationId: string): boolean;
  add(conversationId: string): void;
}

export function createKnownConversations(max = KNOWN_CONVERSATIONS_MAX): KnownConversations {
  const known = new Set<string>();
  return {
    has: (conversationId) => known.has(conversationId),
    add(conversationId) {
      if (known.has(conversationId)) return;
      if (known.size >= max) {
        const oldest = known.values().next();
        if (!oldest.done) known.delete(oldest.value);
      }
      known.add(conversationId);
    },
  };
}

const perCore = new WeakMap<object, KnownConversations>();

/** the instance's memo, one per core */
export function knownConversationsOf(core: Pick<Core, 'conversations'>): KnownConversations {
  let memo = perCore.get(core.conversations);
  if (!memo) {
    memo = createKnownConversations();
    perCore.set(core.conversations, memo);
  }
  return memo;
}
