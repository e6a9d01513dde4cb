/**
 * The Pacer on the main database (SQLite or PostgreSQL): one `pacer_budgets` row per Teams tenant
 * or Slack workspace, and one atomic UPDATE … RETURNING per grant (GCRA: the row keeps the
 * theoretical arrival time of the next free slot; a grant starts at max(tat, pause end, now) and
 * moves tat one interval on per slot; one statement takes a slot for each sender of this instance
 * waiting on the budget: slot-leases.ts). PostgreSQL locks the row for the statement and SQLite runs it under
 * its single write lock, so two instances never take the same slot. A caller whose slot would be
 * more than MAX_RESERVE_AHEAD_MS away takes nothing and asks again later, so a long 429 pause
 * does not hand out slots that would all land at its end. A 429 moves the row's epoch on in the
 * statement that pauses it; a sender reads the epoch right before its platform call, so the void
 * reaches every instance (slot-leases.ts).
 */
import { sql } from 'kysely';
import { compiledStatement } from '../store/compiled-statement.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
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

/** read right before every platform call (slot-leases.ts): compiled once */
const epochRead = compiledStatement<Database, { epoch: number | string }>(1, (db, key) =>
  db.selectFrom('pacer_budgets').select('epoch').where('key', '=', key),
);

/** how long an instance trusts its copy of an adaptive rate before reading it again */
const RATE_CACHE_MS = 500;

interface RateState {
  baseMilli: number;
  changedAt: number;
  readAt: number;
}

export class SqlPacer implements Pacer {
  private readonly rates: ResolvedRates;
  private readonly ensured = new Set<string>();
  private readonly rateCache = new Map<string, RateState>();
  private readonly leases: SlotLeases;

  constructor(
    private readonly store: Store,
    rates: PacingRates,
    private readonly clock: PacerClock = systemClock,
  ) {
    this.rates = resolveRates(rates);
    this.leases = new SlotLeases(
      {
        take: (key, want, windowUs) => this.take(key, want, windowUs),
        epoch: (key) => this.epoch(key),
      },
      clock,
    );
  }

  async acquire(platform: PacedApi, tenantId: string): Promise<Slot> {
    const key = budgetKey(platform, tenantId);
    await this.ensure(platform, key);
    return this.leases.acquire(key);
  }

  get dropped(): DroppedSlots {
    return this.leases.dropped;
  }

  async confirm(slot: Slot): Promise<boolean> {
    const confirmed = await this.leases.confirm(slot);
    // another instance's 429 may have halved the adaptive rate: read it again before the next take
    if (!confirmed) this.rateCache.delete(slot.key);
    return confirmed;
  }

  private async epoch(key: string): Promise<number> {
    const { rows } = await epochRead.run(this.store.db, [key]);
    const row = rows[0];
    if (!row) throw new Error(`pacer: budget row ${key} is missing`);
    return Number(row.epoch);
  }

  /** One atomic statement: up to `want` consecutive slots, all within the reserve window. */
  private async take(key: string, asked: number, windowUs: number): Promise<Take> {
    const platform = key.slice(0, key.indexOf(':')) as PacedApi;
    const greatest = sql.raw(this.store.dialect === 'postgres' ? 'greatest' : 'max');
    const least = sql.raw(this.store.dialect === 'postgres' ? 'least' : 'min');
    const maxAheadUs = MAX_RESERVE_AHEAD_MS * 1000;
    const interval = intervalUs(await this.currentMilli(platform, key));
    const want = slotsWanted(asked, windowUs, interval);
    const nowUs = this.clock.now() * 1000;
    const start = sql<number>`${greatest}(tat_us, paused_until * 1000, cast(${nowUs} as bigint))`;
    const fits = sql<boolean>`${start} - ${nowUs} <= ${maxAheadUs}`;
    // slots that fit: the first at start, then one per interval up to now + the reserve window
    const count = sql<number>`${least}(cast(${want} as bigint), (cast(${nowUs + maxAheadUs} as bigint) - ${start}) / cast(${interval} as bigint) + 1)`;
    const { rows } = await sql<{ tat_us: number; granted_us: number; paused_until: number; epoch: number }>`
      update pacer_budgets set
        granted_us = case when ${fits} then ${start} else -1 end,
        tat_us = case when ${fits} then ${start} + ${count} * ${interval} else tat_us end
      where key = ${key}
      returning tat_us, granted_us, paused_until, epoch
    `.execute(this.store.db);
    const row = rows[0];
    if (!row) throw new Error(`pacer: budget row ${key} is missing`);
    const granted = Number(row.granted_us);
    const epoch = Number(row.epoch);
    if (granted >= 0) {
      const slots = Math.round((Number(row.tat_us) - granted) / interval);
      return { slotsUs: slotTimes(granted, slots, interval), intervalUs: interval, epoch, retryInMs: 0 };
    }
    const freeAtUs = Math.max(Number(row.tat_us), Number(row.paused_until) * 1000);
    return {
      slotsUs: [],
      intervalUs: interval,
      epoch,
      retryInMs: Math.min(MAX_RESERVE_AHEAD_MS, (freeAtUs - nowUs) / 1000 - MAX_RESERVE_AHEAD_MS + 1),
    };
  }

  async throttled(platform: PacedApi, tenantId: string, retryAfterMs: number): Promise<void> {
    const key = budgetKey(platform, tenantId);
    await this.ensure(platform, key);
    const now = this.clock.now();
    const resumeAt = now + Math.max(0, Math.ceil(retryAfterMs));
    const greatest = sql.raw(this.store.dialect === 'postgres' ? 'greatest' : 'max');
    // pause and void in one statement: a take after it sees both
    const { rows } = await sql<{ epoch: number }>`
      update pacer_budgets set paused_until = ${greatest}(paused_until, ${resumeAt}), epoch = epoch + 1
      where key = ${key}
      returning epoch
    `.execute(this.store.db);
    this.leases.voided(key, Number(rows[0]?.epoch ?? 0));
    if (!isAdaptive(platform)) return;
    // halve once per 429 episode: a compare-and-set on the change time, so when several senders
    // see 429s of the same burst only the first halves; the rate grows again after the pause
    const row = await this.store.db
      .selectFrom('pacer_budgets')
      .select(['base_rate_milli', 'rate_changed_at'])
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    const changedAt = Number(row.rate_changed_at);
    if (changedAt > now - EPISODE_MS) return;
    const halved = halvedMilli(
      this.rates,
      effectiveMilli(this.rates, Number(row.base_rate_milli), changedAt, now),
    );
    await this.store.db
      .updateTable('pacer_budgets')
      .set({ base_rate_milli: halved, rate_changed_at: resumeAt })
      .where('key', '=', key)
      .where('rate_changed_at', '=', changedAt)
      .execute();
    this.rateCache.delete(key);
  }

  succeeded(): void {
    // the adaptive rate grows with time since the last 429 (pacer-rates.ts): nothing to count here
  }

  private async ensure(platform: PacedApi, key: string): Promise<void> {
    if (this.ensured.has(key)) return;
    await this.store.db
      .insertInto('pacer_budgets')
      .values({
        key,
        tat_us: 0,
        granted_us: -1,
        paused_until: 0,
        base_rate_milli: startMilli(this.rates, platform),
        rate_changed_at: newBudgetChangedAt(this.clock.now()),
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    this.ensured.add(key);
  }

  private async currentMilli(platform: PacedApi, key: string): Promise<number> {
    if (!isAdaptive(platform)) return fixedMilli(this.rates, platform);
    const now = this.clock.now();
    let state = this.rateCache.get(key);
    if (!state || now - state.readAt > RATE_CACHE_MS) {
      const row = await this.store.db
        .selectFrom('pacer_budgets')
        .select(['base_rate_milli', 'rate_changed_at'])
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      state = { baseMilli: Number(row.base_rate_milli), changedAt: Number(row.rate_changed_at), readAt: now };
      this.rateCache.set(key, state);
    }
    return effectiveMilli(this.rates, state.baseMilli, state.changedAt, now);
  }
}
