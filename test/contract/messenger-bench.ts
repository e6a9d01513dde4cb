/**
 * What the Messenger contract needs from each platform's test bench: the real messenger of a
 * running Relais, the fake platform behind it (the recording Teams connector, the fake Slack Web
 * API), and a way to say, in the contract's words, what the platform should answer next and what
 * reached it. Each bench translates "the platform is rate limiting" or "this conversation is gone"
 * into its own wire answer (429 + Retry-After, 403 ConversationBlockedByUser, channel_not_found…).
 */
import type {
  ConversationTarget,
  MessageTarget,
  Messenger,
  PlatformIdentity,
  PlatformName,
} from '../../shared/messaging/messenger.js';

export type PersonTarget = Extract<MessageTarget, { kind: 'person' }>;

/** the messenger calls a failure can be aimed at */
export type PlatformOperation = 'send' | 'update' | 'delete' | 'open' | 'members';

/** what the platform answers next, in the contract's words */
export type PlatformFailure =
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  /** the person blocked the bot, or the app was removed (Teams 403, Slack token_revoked) */
  | { kind: 'blocked' }
  /** the conversation no longer exists (Teams 404, Slack channel_not_found) */
  | { kind: 'gone' }
  /** the platform is down: an HTTP 5xx */
  | { kind: 'unavailable'; status: 502 | 503 | 504 }
  /** the platform refuses the payload itself (Teams 400 BadArgument, Slack invalid_blocks) */
  | { kind: 'refused' }
  /** the connection closes without an answer */
  | { kind: 'hang_up' };

/** one call that reached the platform */
export interface PlatformCall {
  conversationId: string;
  /** the message a call updates or deletes */
  messageId?: string;
  /** the whole request body as JSON, for "does the card's text reach the platform" checks */
  wire: string;
}

export interface MessengerBench {
  readonly platform: PlatformName;
  readonly messenger: Messenger;
  /** the tenant (Teams) or workspace (Slack) every target of this bench lives in */
  readonly tenantId: string;
  /** a person the bot can reach and has a 1:1 conversation with */
  knownPerson(): Promise<PersonTarget>;
  /** a person the platform knows, with whom the bot has no conversation yet */
  newPerson(): Promise<PersonTarget>;
  /** a person with whom the platform will not let the bot open a conversation */
  unreachablePerson(): Promise<PersonTarget>;
  /** a channel the bot may post in */
  channel(): ConversationTarget;
  /** a channel whose id holds a lone UTF-16 surrogate, which no HTTP client can encode */
  unencodableChannel(): ConversationTarget;
  /** the platform lists these people, and only them, as the channel's members */
  setMembers(channel: ConversationTarget, people: PlatformIdentity[]): void;
  /** the next call of `operation` fails like this; answers the platform's own code, if it has one */
  failNext(operation: PlatformOperation, failure: PlatformFailure): string | undefined;
  /** every call of `operation` that reached the platform since the last reset, failed ones included */
  calls(operation: PlatformOperation): PlatformCall[];
  /** every call that reached the platform since the last reset */
  allCalls(): number;
  reset(): void;
  close(): Promise<void>;
}

export interface MessengerBenchFactory {
  readonly platform: PlatformName;
  start(): Promise<MessengerBench>;
}
