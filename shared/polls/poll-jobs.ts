/**
 * Poll background work on the job queue: posting a poll card (paced), the automatic close at the
 * deadline (a durable delayed job, so a restart does not lose it), and the refresh of cards
 * after votes. Shared cards are refreshed debounced: one job per message and time window (the
 * job id names the window, so every vote in it adds nothing more), run at the window's end, so a
 * busy poll costs each message at most one update per window, within the platforms' budgets.
 */
import { type JobWorker, worker } from '../capability/capability.js';
import type { Ports } from '../capability/ports.js';
import { pacedSend, pacedUpdate } from '../delivery/paced-send.js';
import { DeliveryError } from '../errors/errors.js';
import { RetryLaterError } from '../jobs/queue.js';
import type { ConversationTarget, SentMessage } from '../messaging/messenger.js';
import type { Poll, PollConversation } from './poll-model.js';
import type { PollStore } from './poll-store.js';
import { pollSubject, type SqlPollService } from './sql-poll-service.js';

export const pollJobNames = { refresh: 'poll.refresh', close: 'poll.close' } as const;

interface RefreshJob {
  pollId: string;
  message: SentMessage;
}

interface CloseJob {
  pollId: string;
  closesAt: string;
}

export interface PollJobsOptions {
  /** shared cards are updated at most once per window (default 2 s) */
  refreshWindowMs?: number;
}

/** what the jobs work with: the queue, the paced messengers, delivery's 1:1 copies, the log */
export type PollJobsPorts = Pick<Ports, 'jobs' | 'pacer' | 'messengers' | 'delivery' | 'logger'> &
  Partial<Pick<Ports, 'access'>>;

export class PollJobs {
  private service!: SqlPollService;
  private readonly windowMs: number;
  /** messages with nothing (more) to learn: known to carry a poll, or of a poll not sent 1:1 */
  private readonly known = new Set<string>();
  /** poll id → the last refresh window this instance queued jobs for */
  private readonly queuedWindow = new Map<string, number>();

  constructor(
    private readonly ports: PollJobsPorts,
    private readonly store: PollStore,
    options: PollJobsOptions = {},
  ) {
    this.windowMs = options.refreshWindowMs ?? 2_000;
  }

  /**
   * The queue workers, rendering cards with `service`. The service posts and schedules through
   * these jobs and the jobs render and close through the service, so the service is handed over
   * once both exist, before any worker runs.
   */
  workers(service: SqlPollService): [JobWorker<RefreshJob>, JobWorker<CloseJob>] {
    this.service = service;
    return [
      worker<RefreshJob>(pollJobNames.refresh, (job) => this.refresh(job.data), { concurrency: 4 }),
      worker<CloseJob>(pollJobNames.close, (job) => this.closeAtDeadline(job.data), { concurrency: 2 }),
    ];
  }

  /** posts the shared card into a conversation and remembers the message */
  async post(poll: Poll, conversation: PollConversation): Promise<SentMessage> {
    const target: ConversationTarget = { kind: 'conversation', ...conversation };
    const card = await this.service.cardFor(poll, null, poll.locale);
    const sent = await pacedSend(this.ports, target, card, { locale: poll.locale });
    await this.store.recordMessage(poll.id, sent, null);
    this.known.add(keyOf(sent));
    return sent;
  }

  async scheduleClose(pollId: string, closesAt: string): Promise<void> {
    await this.ports.jobs.add<CloseJob>(
      pollJobNames.close,
      { pollId, closesAt },
      { jobId: `poll-close:${pollId}:${closesAt}`, runAt: new Date(closesAt), attempts: 10 },
    );
  }

  /**
   * A vote came from this message: remember it when it is a copy delivery sent (a channel post
   * is shared, a 1:1 copy is that person's) so later refreshes reach it.
   */
  async learnMessage(pollId: string, message: SentMessage): Promise<void> {
    const key = keyOf(message);
    if (this.known.has(key)) return;
    if (this.known.size > 100_000) this.known.clear();
    if (await this.store.message(message.platform, message.conversationId, message.messageId)) {
      this.known.add(key);
      return;
    }
    const target = await this.store.target(pollId);
    if (!target || !('audience' in target)) {
      // a poll posted into conversations: only copies delivery sent 1:1 are learned, and a
      // poll's target never changes, so this message will never have anything to learn
      this.known.add(key);
      return;
    }
    const delivery = await this.ports.delivery.findByMessage(
      message.platform,
      message.conversationId,
      message.messageId,
    );
    if (delivery?.subjectId !== pollId) return;
    await this.store.recordMessage(pollId, message, delivery.personId);
    this.known.add(key);
  }

  /** debounced refresh of every shared card of the poll */
  async refreshShared(pollId: string): Promise<void> {
    const bucket = Math.floor(Date.now() / this.windowMs);
    // this instance already queued this window's refresh: every further vote in it adds nothing
    if (this.queuedWindow.get(pollId) === bucket) return;
    this.queuedWindow.set(pollId, bucket);
    if (this.queuedWindow.size > 10_000) this.queuedWindow.clear();
    for (const { message } of await this.store.messages(pollId, { sharedOnly: true })) {
      await this.ports.jobs.add<RefreshJob>(
        pollJobNames.refresh,
        { pollId, message },
        {
          jobId: `poll-refresh:${pollId}:${keyOf(message)}:${bucket}`,
          runAt: new Date((bucket + 1) * this.windowMs),
          attempts: 5,
        },
      );
    }
  }

  /** after a close or reopen: every copy we know, now, and delivery's 1:1 copies */
  async refreshAll(pollId: string): Promise<void> {
    const stamp = Date.now();
    for (const { message } of await this.store.messages(pollId)) {
      await this.ports.jobs.add<RefreshJob>(
        pollJobNames.refresh,
        { pollId, message },
        { jobId: `poll-refresh:${pollId}:${keyOf(message)}:now${stamp}`, attempts: 5 },
      );
    }
    const target = await this.store.target(pollId);
    if (target && 'audience' in target) await this.ports.delivery.refreshAll(pollSubject, pollId, 'update');
  }

  private async refresh({ pollId, message }: RefreshJob): Promise<void> {
    const poll = await this.service.get(pollId);
    if (!poll) return;
    const row = await this.store.message(message.platform, message.conversationId, message.messageId);
    // someone's 1:1 copy while they are held (a guest whose charter is pending): it keeps what
    // they saw. Nothing is lost: a 1:1 copy is refreshed here only by refreshAll (close, reopen),
    // which refreshes the same copy through delivery too, and that refresh records the hold on
    // the delivery row, so releaseHeld brings the card up to date once they accept
    if (
      row?.personId &&
      (await this.ports.access?.hold(
        { id: row.personId },
        { kind: 'delivery', subjectType: pollSubject, subjectId: pollId },
      ))
    ) {
      return;
    }
    const card = await this.service.cardFor(poll, row?.personId ?? null, poll.locale);
    try {
      await pacedUpdate(this.ports, message, card, { locale: poll.locale });
    } catch (error) {
      if (error instanceof DeliveryError && error.kind === 'rate_limited') {
        throw new RetryLaterError(error.retryAfterMs ?? 1_000);
      }
      if (error instanceof DeliveryError && !error.retryable) {
        // the message was deleted or the bot removed: nothing left to refresh
        this.ports.logger.info({ pollId, message, err: error }, 'poll card no longer updatable');
        return;
      }
      throw error;
    }
  }

  private async closeAtDeadline({ pollId, closesAt }: CloseJob): Promise<void> {
    // only the deadline this job was scheduled for: a reopen with another deadline has its own job
    if (await this.store.close(pollId, closesAt, closesAt)) await this.service.closed(pollId, null);
  }
}

const keyOf = (m: SentMessage): string => `${m.platform}:${m.conversationId}:${m.messageId}`;
