/**
 * The Pacer on Redis: the same GCRA as the SQL pacer (sql-pacer.ts), one hash per Teams tenant or
 * Slack workspace, slots taken by a Lua script Redis runs atomically (one run takes a slot for
 * each sender of this instance waiting on the budget: slot-leases.ts), so every instance sharing
 * REDIS_URL shares the budget. A 429 moves the hash's epoch on in the script that pauses it; a
 * sender reads the epoch right before its platform call (slot-leases.ts). Its own fail-fast
 * connection, like the once guard.
 */
import type { Redis } from 'ioredis';
import type { Logger } from '../logging/logger.js';
import { ioredisDriver } from '../store/backend-drivers.js';
import type { PacedApi, Pacer, PacingRates, Slot } from './pacer.js';
import { type PacerClock, systemClock } from './pacer-clock.js';
import {
  budgetKey,
  EPISODE_MS,
  effectiveMilli,
  fixedMilli,
  halvedMilli,
  intervalUs,
  isAdaptive,
  MAX_RESERVE_AHEAD_MS,
  newBudgetChangedAt,
  type ResolvedRates,
  resolveRates,
  startMilli,
} from './pacer-rates.js';
import { type DroppedSlots, SlotLeases, slotsWanted, slotTimes, type Take } from './slot-leases.js';

/**
 * KEYS[1] budget; ARGV now_us, interval_us, max_ahead_us, start_milli, now_ms, want
 * → {first granted slot or -1, slots granted, free_at_us, epoch}: up to `want` consecutive slots,
 * all within the reserve window
 */
const ACQUIRE = `
local tat = tonumber(redis.call('HGET', KEYS[1], 'tat') or '0')
local paused = tonumber(redis.call('HGET', KEYS[1], 'paused') or '0')
if redis.call('HEXISTS', KEYS[1], 'base') == 0 then
  redis.call('HSET', KEYS[1], 'base', ARGV[4], 'changed', ARGV[5])
end
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local ahead = tonumber(ARGV[3])
local epoch = redis.call('HGET', KEYS[1], 'epoch') or '0'
local start = math.max(tat, paused * 1000, now)
if start - now <= ahead then
  local count = math.min(tonumber(ARGV[6]), math.floor((now + ahead - start) / interval) + 1)
  redis.call('HSET', KEYS[1], 'tat', string.format('%.0f', start + count * interval))
  return {string.format('%.0f', start), tostring(count), string.format('%.0f', start), epoch}
end
return {'-1', '0', string.format('%.0f', start), epoch}
`;

/**
 * KEYS[1]; ARGV resume_at_ms → sets the pause end (never earlier than one already set) and moves
 * the epoch on (the slots granted so far are void); returns the new epoch
 */
const PAUSE = `
local paused = tonumber(redis.call('HGET', KEYS[1], 'paused') or '0')
if tonumber(ARGV[1]) > paused then redis.call('HSET', KEYS[1], 'paused', ARGV[1]) end
return redis.call('HINCRBY', KEYS[1], 'epoch', 1)
`;

/** KEYS[1]; ARGV expected_changed, new_base, new_changed → compare-and-set of the adaptive rate */
const SET_RATE = `
if redis.call('HGET', KEYS[1], 'changed') == ARGV[1] then
  redis.call('HSET', KEYS[1], 'base', ARGV[2], 'changed', ARGV[3])
  return 1
end
return 0
`;

const RATE_CACHE_MS = 500;

export interface RedisPacerOptions {
  redisUrl: string;
  rates: PacingRates;
  /** prepended to every key, default 'relais:pacer:' */
  prefix?: string;
  logger?: Logger;
  /** the system clock unless a test injects one */
  clock?: PacerClock;
}

export class RedisPacer implements Pacer {
  private readonly connection: Redis;
  private readonly rates: ResolvedRates;
  private readonly prefix: string;
  private readonly rateCache = new Map<string, { baseMilli: number; changedAt: number; readAt: number }>();
  private readonly leases: SlotLeases;
  private readonly clock: PacerClock;

  constructor(options: RedisPacerOptions) {
    this.rates = resolveRates(options.rates);
    this.prefix = options.prefix ?? 'relais:pacer:';
    this.clock = options.clock ?? systemClock;
    this.leases = new SlotLeases(
      {
        take: (budget, want, windowUs) => this.take(budget, want, windowUs),
        epoch: async (budget) => Number((await this.connection.hget(this.prefix + budget, 'epoch')) ?? 0),
      },
      this.clock,
    );
    this.connection = new (ioredisDriver().Redis)(options.redisUrl, { maxRetriesPerRequest: 3 });
    this.connection.on('error', (error) =>
      options.logger?.error({ err: error }, 'pacer: Redis connection error'),
    );
  }

  acquire(platform: PacedApi, tenantId: string): Promise<Slot> {
    return this.leases.acquire(budgetKey(platform, tenantId));
  }

  get dropped(): DroppedSlots {
    return this.leases.dropped;
  }

  async confirm(slot: Slot): Promise<boolean> {
    const confirmed = await this.leases.confirm(slot);
    // another instance's 429 may have halved the adaptive rate: read it again before the next take
    if (!confirmed) this.rateCache.delete(this.prefix + slot.key);
    return confirmed;
  }

  /** One script run: up to `want` consecutive slots of this budget. */
  private async take(budget: string, asked: number, windowUs: number): Promise<Take> {
    const platform = budget.slice(0, budget.indexOf(':')) as PacedApi;
    const key = this.prefix + budget;
    const interval = intervalUs(await this.currentMilli(platform, key));
    const want = slotsWanted(asked, windowUs, interval);
    const nowMs = this.clock.now();
    const nowUs = nowMs * 1000;
    const [granted, count, freeAt, epoch] = (await this.connection.eval(
      ACQUIRE,
      1,
      key,
      nowUs,
      interval,
      MAX_RESERVE_AHEAD_MS * 1000,
      startMilli(this.rates, platform),
      newBudgetChangedAt(nowMs),
      want,
    )) as [string, string, string, string];
    const answer = { intervalUs: interval, epoch: Number(epoch) };
    if (Number(granted) >= 0)
      return { ...answer, slotsUs: slotTimes(Number(granted), Number(count), interval), retryInMs: 0 };
    return {
      ...answer,
      slotsUs: [],
      retryInMs: Math.min(MAX_RESERVE_AHEAD_MS, (Number(freeAt) - nowUs) / 1000 - MAX_RESERVE_AHEAD_MS + 1),
    };
  }

  async throttled(platform: PacedApi, tenantId: string, retryAfterMs: number): Promise<void> {
    const key = this.prefix + budgetKey(platform, tenantId);
    const now = this.clock.now();
    const resumeAt = now + Math.max(0, Math.ceil(retryAfterMs));
    const epoch = await this.connection.eval(PAUSE, 1, key, resumeAt);
    this.leases.voided(budgetKey(platform, tenantId), Number(epoch));
    if (!isAdaptive(platform)) return;
    const [base, changed] = await this.connection.hmget(key, 'base', 'changed');
    const changedAt = Number(changed ?? 0);
    if (changedAt > now - EPISODE_MS) return;
    const current = effectiveMilli(this.rates, Number(base ?? this.rates.slackStartMilli), changedAt, now);
    await this.connection.eval(SET_RATE, 1, key, changed ?? '', halvedMilli(this.rates, current), resumeAt);
    this.rateCache.delete(key);
  }

  succeeded(): void {
    // the adaptive rate grows with time since the last 429 (pacer-rates.ts): nothing to count here
  }

  async close(): Promise<void> {
    if (this.connection.status === 'ready') await this.connection.quit();
    else this.connection.disconnect();
  }

  private async currentMilli(platform: PacedApi, key: string): Promise<number> {
    if (!isAdaptive(platform)) return fixedMilli(this.rates, platform);
    const now = this.clock.now();
    let state = this.rateCache.get(key);
    if (!state || now - state.readAt > RATE_CACHE_MS) {
      const [base, changed] = await this.connection.hmget(key, 'base', 'changed');
      state = {
        baseMilli: base ? Number(base) : this.rates.slackStartMilli,
        changedAt: changed ? Number(changed) : newBudgetChangedAt(now),
        readAt: now,
      };
      this.rateCache.set(key, state);
    }
    return effectiveMilli(this.rates, state.baseMilli, state.changedAt, now);
  }
}
