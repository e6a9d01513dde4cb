/**
 * The polls port: what chat actions, the REST API, the console and other features call. One
 * implementation on the SQL store (sql-poll-service.ts). Every method checks who is asking:
 * authorisation lives here, whatever path the call came through.
 *
 * Counting rules: one ballot per person and poll (a primary key), written by one upsert, so a
 * retried or double-clicked vote, or two instances voting at once, count once; counts are read
 * by one aggregate query. Anonymous polls key ballots by HMAC(secret outside the database, poll
 * id + person id): nobody reading the database can tell who chose what.
 */
import type { Principal } from '../auth/principal.js';
import type { Locale } from '../i18n/i18n.js';
import type { ConversationTarget, PlatformName, SentMessage } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import type {
  Poll,
  PollConversation,
  PollDraftInput,
  PollResults,
  PollTarget,
  PollView,
} from './poll-model.js';

/** Where a click or a read came from: a guest may answer only a poll addressed to them. */
export interface PollPlace {
  platform?: PlatformName;
  /** the message carrying the poll card, when the platform tells it */
  message?: SentMessage;
  /** the conversation the click came from (a channel, not a thread in it) */
  conversation?: ConversationTarget;
}

export interface CreatedPoll {
  poll: Poll;
  /** messages posted into the target conversation (none for an audience, sent by delivery) */
  messages: SentMessage[];
  /** the delivery id when the poll went 1:1 to an audience */
  deliveryId?: string;
}

export interface PollListQuery {
  /** polls this person wrote (default: the caller's own; communicators and admins see all) */
  authorId?: string;
  state?: 'open' | 'closed';
  limit: number;
  offset: number;
}

export interface PollService {
  /**
   * Creates a poll and, with a target, posts it into the conversation (a member of it as the
   * platform knows it, or an organisation-wide communicator: poll-posting.ts) or sends it 1:1 to
   * an audience (communicators). `origin` is the conversation a chat request came from. Throws
   * validation_failed / forbidden.
   */
  create(
    principal: Principal,
    draft: PollDraftInput,
    target?: PollTarget,
    origin?: PollConversation,
  ): Promise<CreatedPoll>;
  /**
   * posts an existing poll into one more conversation (another channel, the other platform): every
   * copy tallies into the same poll. Author, communicators and admins, and the author only into
   * a conversation they are a member of (poll-posting.ts).
   */
  post(pollId: string, principal: Principal, conversation: PollConversation): Promise<SentMessage>;
  /** the poll, without authorisation (internal use: renderers, jobs) */
  get(pollId: string): Promise<Poll | undefined>;
  /** the author, communicators and admins (an API key too) */
  canManage(poll: Poll, principal: Principal): boolean;
  /** where the poll was sent when created: a conversation, an audience (1:1), or null */
  target(pollId: string): Promise<PollTarget | null>;
  /** people the poll reached 1:1 (copies sent to its audience); null for a poll only posted in conversations */
  reach(pollId: string): Promise<number | null>;
  /** what this viewer sees (their choices; counts when visible to them); records a view event */
  view(pollId: string, viewer: Principal, place?: PollPlace): Promise<PollView>;
  /**
   * Replaces the voter's ballot with `optionIds` (one upsert). Idempotent: the same ballot twice
   * changes nothing. Throws not_found, conflict (closed), validation_failed (unknown option,
   * too many or no choices), forbidden (a guest the poll is not addressed to).
   */
  vote(pollId: string, voter: Person, optionIds: string[], place?: PollPlace): Promise<PollView>;
  /** a voter adds an option (when the poll allows it); the same label twice is one option */
  addOption(pollId: string, voter: Person, label: string, place?: PollPlace): Promise<PollView>;
  /** author, communicators and admins; closing twice is a no-op */
  close(pollId: string, principal: Principal): Promise<Poll>;
  /** author, communicators and admins; an optional new deadline (else none) */
  reopen(pollId: string, principal: Principal, closesAt?: string): Promise<Poll>;
  /** exact counts; forbidden while hidden from this principal (after_close polls until closed) */
  results(pollId: string, principal: Principal): Promise<PollResults>;
  /** results as CSV (option, votes, percent) */
  resultsCsv(pollId: string, principal: Principal, locale: Locale): Promise<string>;
  /** who chose what, as CSV: named polls only (conflict on anonymous ones); managers only */
  votersCsv(pollId: string, principal: Principal, locale: Locale): Promise<string>;
  /**
   * reminds, 1:1, the people of the poll's audience who have not voted (audience polls only);
   * returns how many reminders were queued
   */
  remind(pollId: string, principal: Principal): Promise<{ queued: number }>;
  /** polls, newest first: the caller's own, or anyone's for communicators and admins */
  list(principal: Principal, query: PollListQuery): Promise<{ polls: Poll[]; total: number }>;
  /**
   * open polls sent 1:1 to an audience naming the group, newest first (a group's portal); an
   * automation key or admin reads any group, a person only a group they are in (else not_found)
   */
  openOfGroup(principal: Principal, groupId: string, page: { limit: number }): Promise<Poll[]>;
  /**
   * remembers a message that carries the poll's card (posted by us, or by delivery), so votes
   * refresh it; `personId` when it is someone's 1:1 copy
   */
  recordMessage(pollId: string, message: SentMessage, personId?: string | null): Promise<void>;
}
