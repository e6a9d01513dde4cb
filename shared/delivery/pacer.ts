/**
 * The Pacer: one send budget per Teams tenant and per Slack workspace, shared by every instance
 * and worker (architecture: "Sending at platform speed"). A sender `acquire`s a slot, does what
 * precedes its platform call, then `confirm`s it, which waits for the slot to begin and checks it
 * right before the call: a slot is used on time or not at all. It is late once
 * the next slot has begun (the server stalled: a GC pause, a blocked event loop) and void once
 * any instance sharing the budget saw a 429 after it was granted (a 429 moves the budget's epoch
 * on); either way the sender takes another. A 429 calls `throttled` with the platform's
 * Retry-After, which pauses the whole tenant/workspace; Slack's rate adapts (raised while no
 * 429, halved on one, bounded).
 *
 * Implementations: SQL (one atomic row update per slot, SQLite and PostgreSQL) and Redis (a Lua
 * script), picked like the kv and the once guard: Redis when REDIS_URL is set.
 *
 * Besides the two chat platforms, one more budget per tenant: 'graph', Microsoft Graph's Teams
 * app-installation APIs (TEAMS_INSTALL_RATE_PER_SECOND, the directory's proactive install), fixed
 * like Teams, so every instance installing for people shares one Graph budget too.
 */
import type { PlatformName } from '../messaging/messenger.js';
import type { DroppedSlots } from './slot-leases.js';

/** What a budget paces: a chat platform's sends, or Graph's Teams installs ('graph'). */
export type PacedApi = PlatformName | 'graph';

/** One platform call's place in a budget. */
export interface Slot {
  /** the budget, '<platform>:<tenant>' */
  key: string;
  /** when the slot begins, epoch µs */
  atUs: number;
  /** µs from this slot to the next: the slot may be used until then, never later */
  intervalUs: number;
  /** the budget's epoch when the slot was granted; every 429 moves it on */
  epoch: number;
}

export interface Pacer {
  /** resolves with the caller's slot of this tenant/workspace once granted (it may begin later) */
  acquire(platform: PacedApi, tenantId: string): Promise<Slot>;
  /**
   * Waits until the slot begins; then, right before the platform call, true when it may still be
   * used (no 429 since its grant on any instance, and not late). False: acquire another.
   */
  confirm(slot: Slot): Promise<boolean>;
  /** the platform answered 429: pause this tenant/workspace for retryAfterMs (and slow Slack down) */
  throttled(platform: PacedApi, tenantId: string, retryAfterMs: number): Promise<void>;
  /** a call went through (adaptive rates may use it) */
  succeeded(platform: PacedApi, tenantId: string): void;
  /** slots dropped (void or late) since start: each one is budget left unused */
  readonly dropped: DroppedSlots;
  /** releases connections the pacer opened itself (Redis) */
  close?(): Promise<void>;
}

/** Rates per platform, from the configuration (config.delivery). */
export interface PacingRates {
  /** fixed messages per second per tenant (≤ 50) */
  teamsPerSecond: number;
  /** adaptive Slack rate per workspace: starts here */
  slackStartPerSecond: number;
  /** never above this */
  slackMaxPerSecond: number;
  /** never below this, default 0.2 (one message every 5 s) */
  slackMinPerSecond?: number;
  /** added per second without a 429, default a tenth of the maximum */
  slackIncreasePerSecond?: number;
  /** fixed Graph requests per second per tenant for the Teams install, default 30 */
  graphPerSecond?: number;
}
