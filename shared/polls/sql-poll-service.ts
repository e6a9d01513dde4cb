/**
 * The PollService on the SQL store: authorisation, validation and events around PollStore's
 * single-statement writes; posting, closing and refreshing cards through the poll jobs.
 */
import { randomUUID } from 'node:crypto';
import { parseInput } from '../api/api-route.js';
import type { Audience } from '../audiences/audience.js';
import { checkAudience } from '../audiences/audience-check.js';
import {
  assertAudienceAllowed,
  authorScopeWithGroups,
  guestGroupsOnly,
  outsideGroups,
} from '../audiences/author-scope.js';
import { assertGroupReader } from '../audiences/group-reader.js';
import { can, type Principal } from '../auth/principal.js';
import type { Ports } from '../capability/ports.js';
import { AppError } from '../errors/errors.js';
import { type Locale, translator } from '../i18n/i18n.js';
import type { SentMessage } from '../messaging/messenger.js';
import { anonymousVoterKey, namedVoterKey } from '../people/anonymity-key.js';
import type { Person } from '../people/person.js';
import { PollCache } from './poll-cache.js';
import { pollCard } from './poll-card.js';
import { resultsCsv, votersCsv } from './poll-csv.js';
import type { PollJobs } from './poll-jobs.js';
import {
  ballotOf,
  choicesOf,
  isOpen,
  maxOptionLength,
  type Poll,
  type PollConversation,
  type PollDraftInput,
  type PollTarget,
  type PollView,
  pollDraftSchema,
} from './poll-model.js';
import { assertMayPostInto } from './poll-posting.js';
import { PollResultsReads } from './poll-results-reads.js';
import type { CreatedPoll, PollPlace, PollService } from './poll-service.js';
import type { PollStore } from './poll-store.js';

/** what the service works with besides its own store and jobs */
export type PollServicePorts = Pick<
  Ports,
  'config' | 'events' | 'messengers' | 'delivery' | 'people' | 'store' | 'audienceGroups'
>;

export interface SqlPollServiceDeps {
  ports: PollServicePorts;
  store: PollStore;
  jobs: PollJobs;
  /** the anonymity secret (shared/people/anonymity-key.ts) */
  secret: Buffer;
}

/** the poll subject type for core.delivery (1:1 sends to an audience) */
export const pollSubject = 'poll';

export class SqlPollService implements PollService {
  /** definitions of busy polls, so clicks do not read them again (poll-cache.ts) */
  private readonly cache: PollCache;
  /** counts read once for all the clicks of a turn (poll-results-reads.ts) */
  private readonly counts: PollResultsReads;

  constructor(private readonly deps: SqlPollServiceDeps) {
    this.cache = new PollCache((id) => deps.store.load(id), {
      ttlMs: deps.ports.config.polls.refreshWindowMs,
    });
    this.counts = new PollResultsReads((poll) => deps.store.results(poll));
  }

  /** the ports, under the name the methods below use */
  private get core(): PollServicePorts {
    return this.deps.ports;
  }

  voterKey(poll: Pick<Poll, 'id' | 'anonymous'>, personId: string): string {
    return poll.anonymous ? anonymousVoterKey(this.deps.secret, poll.id, personId) : namedVoterKey(personId);
  }

  canManage(poll: Poll, principal: Principal): boolean {
    if (principal.kind === 'automation') return true;
    if (!principal.person.active) return false;
    return poll.authorId === principal.person.id || can(principal, 'communicator');
  }

  private canSeeResults(poll: Poll, principal: Principal, voted: boolean): boolean {
    if (!isOpen(poll) || poll.resultVisibility === 'live') return true;
    if (poll.resultVisibility === 'after_vote') return voted || this.canManage(poll, principal);
    return false;
  }

  /** the poll as stored now (and kept for the clicks that follow) */
  private async mustGet(pollId: string): Promise<Poll> {
    const poll = await this.cache.fresh(pollId);
    if (!poll) throw new AppError('not_found', `no poll ${pollId}`);
    return poll;
  }

  /** the poll as this instance read it within a refresh window: for clicks (poll-cache.ts) */
  private async mustGetCached(pollId: string): Promise<Poll> {
    const poll = await this.cache.get(pollId);
    if (!poll) throw new AppError('not_found', `no poll ${pollId}`);
    return poll;
  }

  /**
   * Without the communicator role, a poll goes 1:1 only to groups the principal manages or
   * contributes to, and to nothing else.
   */
  private async assertGroupAuthor(principal: Principal, audience: Audience): Promise<void> {
    // the audience as the caller gave it: a field it left out is empty
    const count = (list: readonly unknown[] | undefined) => list?.length ?? 0;
    const onlyGroups =
      count(audience.groups) > 0 &&
      !audience.everyone &&
      count(audience.departments) + count(audience.sites) + count(audience.roles) === 0 &&
      count(audience.people) + count(audience.channels) === 0;
    const scope = onlyGroups ? await authorScopeWithGroups(principal, this.core.audienceGroups) : undefined;
    if (principal.kind === 'person' && principal.person.kind === 'guest' && (!scope || !onlyGroups)) {
      // a guest who contributes to none of these groups, or an audience beyond groups
      throw guestGroupsOnly(onlyGroups ? audience.groups.map((g) => `group:${g}`) : outsideGroups(audience));
    }
    if (!scope || !onlyGroups) {
      throw new AppError('forbidden', 'sending a poll 1:1 to an audience requires the communicator role');
    }
    await assertAudienceAllowed(scope, audience, this.core.people);
  }

  /** Guests answer and read only what was addressed to them; members anything; leavers nothing. */
  private async authorise(poll: Poll, person: Person, place?: PollPlace): Promise<void> {
    if (!person.active) throw new AppError('forbidden', 'this person has left the organisation');
    if (person.kind !== 'guest' || poll.authorId === person.id) return;
    // the channel itself (a Teams message id names a thread in it), else the message's conversation
    const where = place?.conversation ?? place?.message;
    if (where && (await this.deps.store.postedIn(poll.id, where.platform, where.conversationId))) return;
    const target = await this.deps.store.target(poll.id);
    if (
      target &&
      'audience' in target &&
      (await this.core.delivery.isAddressedTo(pollSubject, poll.id, person.id))
    ) {
      return;
    }
    throw new AppError('forbidden', 'this poll is not addressed to you');
  }

  async create(
    principal: Principal,
    draftInput: PollDraftInput,
    target?: PollTarget,
    origin?: PollConversation,
  ): Promise<CreatedPoll> {
    if (principal.kind === 'person') {
      if (!principal.person.active) throw new AppError('forbidden', 'only members create polls');
      // a guest contributor sends 1:1 to their groups only (assertGroupAuthor), never into a conversation
      if (principal.person.kind === 'guest' && !(target && 'audience' in target)) {
        throw guestGroupsOnly([target ? 'conversation' : 'no audience']);
      }
    }
    if (target && 'audience' in target && !can(principal, 'communicator')) {
      await this.assertGroupAuthor(principal, target.audience);
    }
    if (target && 'conversation' in target) {
      await assertMayPostInto(this.core, principal, target.conversation, origin);
    }
    if (target && 'audience' in target) {
      await checkAudience(this.core.store, target.audience, {
        field: 'target.audience',
        groups: this.core.audienceGroups,
      });
    }
    const draft = parseInput(pollDraftSchema, draftInput, 'body');
    const locale: Locale =
      draft.locale ??
      (principal.kind === 'person' ? (principal.person.locale ?? undefined) : undefined) ??
      this.core.config.defaultLocale;
    const id = randomUUID();
    const authorId = principal.kind === 'person' ? principal.person.id : null;
    let messenger: ReturnType<PollServicePorts['messengers']['get']>;
    if (target && 'conversation' in target) {
      messenger = this.core.messengers.get(target.conversation.platform);
      if (!messenger) {
        throw new AppError('platform_unavailable', `${target.conversation.platform} is not configured`);
      }
    }
    await this.deps.store.insert(id, draft, { authorId, locale, target });
    const poll = (await this.deps.store.load(id))!;
    if (poll.closesAt) await this.deps.jobs.scheduleClose(poll.id, poll.closesAt);
    await this.core.events.track({
      type: 'poll.created',
      personId: authorId,
      subjectType: 'poll',
      subjectId: id,
      data: { anonymous: poll.anonymous, options: poll.options.length, maxChoices: poll.maxChoices },
    });

    const messages = [];
    let deliveryId: string | undefined;
    if (target && 'conversation' in target) {
      const sent = await this.deps.jobs.post(poll, target.conversation);
      messages.push(sent);
    } else if (target && 'audience' in target) {
      await this.core.delivery.broadcast({
        subjectType: pollSubject,
        subjectId: id,
        audience: target.audience,
      });
      deliveryId = id;
    }
    return { poll, messages, deliveryId };
  }

  async post(pollId: string, principal: Principal, conversation: PollConversation): Promise<SentMessage> {
    const poll = await this.mustGet(pollId);
    if (!this.canManage(poll, principal))
      throw new AppError('forbidden', 'only the author or a communicator posts a poll');
    await assertMayPostInto(this.core, principal, conversation);
    if (!this.core.messengers.get(conversation.platform)) {
      throw new AppError('platform_unavailable', `${conversation.platform} is not configured`);
    }
    const sent = await this.deps.jobs.post(poll, conversation);
    await this.core.events.track({
      type: 'poll.posted',
      personId: principal.kind === 'person' ? principal.person.id : null,
      platform: conversation.platform,
      subjectType: 'poll',
      subjectId: poll.id,
    });
    return sent;
  }

  get(pollId: string): Promise<Poll | undefined> {
    return this.cache.fresh(pollId);
  }

  /**
   * the view of a person who may or may not have voted, without authorisation or events;
   * `knownBallot` when the caller just wrote it (a vote), which saves reading it back
   */
  async viewFor(poll: Poll, principal: Principal, knownBallot?: number): Promise<PollView> {
    const ballot =
      principal.kind !== 'person'
        ? 0
        : (knownBallot ??
          (await this.deps.store.ballotOf(poll.id, this.voterKey(poll, principal.person.id))));
    const myChoices = choicesOf(poll, ballot);
    const results = this.canSeeResults(poll, principal, myChoices.length > 0)
      ? await this.counts.results(poll)
      : undefined;
    return { poll, myChoices, results, canManage: this.canManage(poll, principal) };
  }

  /** what everyone in a conversation may see: no personal choice, counts only when public */
  async sharedView(poll: Poll): Promise<PollView> {
    const results =
      !isOpen(poll) || poll.resultVisibility === 'live' ? await this.counts.results(poll) : undefined;
    return { poll, myChoices: [], results, canManage: false };
  }

  async view(pollId: string, viewer: Principal, place?: PollPlace): Promise<PollView> {
    const poll = await this.mustGetCached(pollId);
    if (viewer.kind === 'person') await this.authorise(poll, viewer.person, place);
    const view = await this.viewFor(poll, viewer);
    await this.core.events.track({
      type: 'poll.viewed',
      personId: viewer.kind === 'person' ? viewer.person.id : null,
      platform: place?.platform,
      subjectType: 'poll',
      subjectId: poll.id,
    });
    return view;
  }

  async vote(pollId: string, voter: Person, optionIds: string[], place?: PollPlace): Promise<PollView> {
    const chosen = [...new Set(optionIds)];
    let poll = await this.mustGetCached(pollId);
    // closed or without that option as last read here: reopened or extended on another instance?
    if (!isOpen(poll) || chosen.some((id) => !poll.options.some((o) => o.id === id))) {
      poll = await this.mustGet(pollId);
    }
    await this.authorise(poll, voter, place);
    const options = chosen.map((id) => poll.options.find((o) => o.id === id));
    if (options.some((o) => !o)) {
      throw new AppError('validation_failed', 'unknown option', {
        fields: { options: 'unknown option' },
        reason: 'unknown_option',
      });
    }
    if (chosen.length === 0) {
      throw new AppError('validation_failed', 'choose at least one option', { reason: 'no_choice' });
    }
    if (chosen.length > poll.maxChoices) {
      throw new AppError('validation_failed', `choose at most ${poll.maxChoices} options`, {
        reason: 'too_many',
        max: poll.maxChoices,
      });
    }
    if (!isOpen(poll)) throw new AppError('conflict', 'this poll is closed', { reason: 'closed' });
    const ballot = ballotOf(options as NonNullable<(typeof options)[number]>[]);
    const outcome = await this.deps.store.castBallot(
      poll.id,
      this.voterKey(poll, voter.id),
      ballot,
      poll.anonymous ? null : voter.id,
    );
    if (outcome === 'closed') {
      this.cache.forget(poll.id);
      throw new AppError('conflict', 'this poll is closed', { reason: 'closed' });
    }
    const principal: Principal = { kind: 'person', person: voter };
    // 'changed' or 'same': the voter's ballot is now exactly this one
    if (outcome !== 'changed') return this.viewFor(poll, principal, ballot);
    // the ballot is written: its event, the shared cards' refresh and the voter's counts (which
    // include it) need nothing from each other, and the event log and the counts each wait for
    // the next turn of the loop; side by side the vote waits for that turn once, not twice
    const [view] = await Promise.all([
      this.viewFor(poll, principal, ballot),
      // an anonymous vote is recorded without its voter and without its choice
      this.core.events.track({
        type: 'poll.voted',
        personId: poll.anonymous ? null : voter.id,
        platform: place?.platform,
        subjectType: 'poll',
        subjectId: poll.id,
        data: poll.anonymous ? undefined : { options: chosen },
      }),
      this.afterChange(poll, place),
    ]);
    return view;
  }

  /** shared cards follow the counts they show (debounced); a vote's own message is remembered */
  private async afterChange(poll: Poll, place: PollPlace | undefined, always = false): Promise<void> {
    if (place?.message) await this.deps.jobs.learnMessage(poll.id, place.message);
    if (always || poll.resultVisibility === 'live') await this.deps.jobs.refreshShared(poll.id);
  }

  async addOption(pollId: string, voter: Person, label: string, place?: PollPlace): Promise<PollView> {
    const poll = await this.mustGet(pollId);
    await this.authorise(poll, voter, place);
    if (!poll.allowAddOptions) throw new AppError('forbidden', 'this poll takes no options from voters');
    if (!isOpen(poll)) throw new AppError('conflict', 'this poll is closed', { reason: 'closed' });
    const text = label.trim();
    if (!text || text.length > maxOptionLength) {
      throw new AppError('validation_failed', `an option has 1 to ${maxOptionLength} characters`, {
        fields: { label: `1 to ${maxOptionLength} characters` },
      });
    }
    const position = await this.deps.store.addOption(poll.id, text, poll.anonymous ? null : voter.id);
    if (position === undefined)
      throw new AppError('conflict', 'this poll has as many options as it can hold');
    await this.core.events.track({
      type: 'poll.option_added',
      personId: voter.id,
      platform: place?.platform,
      subjectType: 'poll',
      subjectId: poll.id,
    });
    const updated = await this.mustGet(poll.id);
    await this.afterChange(updated, place, true);
    return this.viewFor(updated, { kind: 'person', person: voter });
  }

  async close(pollId: string, principal: Principal): Promise<Poll> {
    const poll = await this.mustGet(pollId);
    if (!this.canManage(poll, principal))
      throw new AppError('forbidden', 'only the author or a communicator closes a poll');
    if (await this.deps.store.close(poll.id, new Date().toISOString())) {
      await this.closed(poll.id, principal.kind === 'person' ? principal.person.id : null);
    }
    return this.mustGet(poll.id);
  }

  /** after any close (a person, the deadline): every card shows the final results */
  async closed(pollId: string, by: string | null): Promise<void> {
    this.cache.forget(pollId);
    await this.core.events.track({
      type: 'poll.closed',
      personId: by,
      subjectType: 'poll',
      subjectId: pollId,
    });
    await this.deps.jobs.refreshAll(pollId);
  }

  async reopen(pollId: string, principal: Principal, closesAt?: string): Promise<Poll> {
    const poll = await this.mustGet(pollId);
    if (!this.canManage(poll, principal))
      throw new AppError('forbidden', 'only the author or a communicator reopens a poll');
    const deadline = closesAt ? new Date(closesAt) : undefined;
    if (deadline && !(deadline.getTime() > Date.now())) {
      // only the REST route gives a deadline: a field error with its reason, which the console words
      throw new AppError('validation_failed', 'closesAt must be in the future', [
        { field: 'closesAt', message: 'must be in the future', code: 'in_the_past' },
      ]);
    }
    await this.deps.store.reopen(poll.id, deadline?.toISOString() ?? null);
    if (deadline) await this.deps.jobs.scheduleClose(poll.id, deadline.toISOString());
    await this.core.events.track({
      type: 'poll.reopened',
      personId: principal.kind === 'person' ? principal.person.id : null,
      subjectType: 'poll',
      subjectId: poll.id,
    });
    await this.deps.jobs.refreshAll(poll.id);
    return this.mustGet(poll.id);
  }

  async results(pollId: string, principal: Principal) {
    const poll = await this.mustGet(pollId);
    if (principal.kind === 'person') await this.authorise(poll, principal.person);
    const view = await this.viewFor(poll, principal);
    if (!view.results) throw new AppError('forbidden', 'the results of this poll are hidden for now');
    return view.results;
  }

  async resultsCsv(pollId: string, principal: Principal, locale: Locale): Promise<string> {
    const results = await this.results(pollId, principal);
    return resultsCsv((await this.mustGet(pollId))!, results, translator(locale));
  }

  async votersCsv(pollId: string, principal: Principal, locale: Locale): Promise<string> {
    const poll = await this.mustGet(pollId);
    if (!this.canManage(poll, principal))
      throw new AppError('forbidden', 'only the author or a communicator exports voters');
    if (poll.anonymous) throw new AppError('conflict', 'an anonymous poll has no voters list');
    if (!this.canSeeResults(poll, principal, false)) {
      throw new AppError('forbidden', 'the results of this poll are hidden for now');
    }
    return votersCsv(poll, await this.deps.store.namedBallots(poll.id), translator(locale));
  }

  async target(pollId: string): Promise<PollTarget | null> {
    return (await this.deps.store.target(pollId)) ?? null;
  }

  async reach(pollId: string): Promise<number | null> {
    const target = await this.deps.store.target(pollId);
    if (!target || !('audience' in target)) return null;
    const sent = await this.core.delivery.list(pollSubject, pollId, { status: 'sent', limit: 1, offset: 0 });
    return sent.total;
  }

  async remind(pollId: string, principal: Principal): Promise<{ queued: number }> {
    const poll = await this.mustGet(pollId);
    if (!this.canManage(poll, principal))
      throw new AppError('forbidden', 'only the author or a communicator sends reminders');
    if (!isOpen(poll)) throw new AppError('conflict', 'this poll is closed');
    const target = await this.deps.store.target(poll.id);
    if (!target || !('audience' in target)) {
      throw new AppError('conflict', 'reminders go to polls sent 1:1 to an audience');
    }
    const people = new Set<string>();
    for (let offset = 0; ; offset += 500) {
      const page = await this.core.delivery.list(pollSubject, poll.id, {
        status: 'sent',
        limit: 500,
        offset,
      });
      for (const d of page.deliveries) if (d.personId) people.add(d.personId);
      if (page.deliveries.length < 500) break;
    }
    const ids = [...people];
    const voted = await this.deps.store.votedKeys(
      poll.id,
      ids.map((id) => this.voterKey(poll, id)),
    );
    const waiting = ids.filter((id) => !voted.has(this.voterKey(poll, id)));
    if (waiting.length > 0) {
      await this.core.delivery.broadcast({
        subjectType: reminderSubject,
        subjectId: `${poll.id}@${new Date().toISOString()}`,
        audience: {
          everyone: false,
          departments: [],
          sites: [],
          roles: [],
          groups: [],
          people: waiting,
          channels: [],
          includeGuests: true,
        },
      });
    }
    await this.core.events.track({
      type: 'poll.reminded',
      personId: principal.kind === 'person' ? principal.person.id : null,
      subjectType: 'poll',
      subjectId: poll.id,
      data: { queued: waiting.length },
    });
    return { queued: waiting.length };
  }

  async list(
    principal: Principal,
    query: { authorId?: string; state?: 'open' | 'closed'; limit: number; offset: number },
  ) {
    const all = can(principal, 'communicator');
    const authorId = all ? query.authorId : principal.kind === 'person' ? principal.person.id : undefined;
    return this.deps.store.list({ ...query, authorId });
  }

  async openOfGroup(principal: Principal, groupId: string, { limit }: { limit: number }): Promise<Poll[]> {
    await assertGroupReader(principal, this.core.audienceGroups, groupId);
    return this.deps.store.openOfGroup(groupId, limit);
  }

  recordMessage(pollId: string, message: SentMessage, personId?: string | null) {
    return this.deps.store.recordMessage(pollId, message, personId ?? null);
  }

  /** the card of one recipient: their own view, or the shared one for a channel post */
  async cardFor(poll: Poll, personId: string | null, locale: Locale) {
    const t = translator(locale);
    if (!personId) return pollCard(await this.sharedView(poll), t, locale, { shared: true });
    const person = await this.core.people.get(personId);
    const principal: Principal = person
      ? { kind: 'person', person }
      : { kind: 'person', person: { id: personId, roles: [], active: true } as unknown as Person };
    return pollCard(await this.viewFor(poll, principal), t, locale);
  }
}

/** reminders travel as their own delivery subject (one per reminder round) */
export const reminderSubject = 'poll-reminder';
