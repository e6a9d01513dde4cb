/**
 * The Pacer: one send budget per Teams tenant and per Slack workspace, shared by every instance
 * and worker (architecture: "Sending at platform speed"). Before each platform call a sender
 * `acquire`s a slot; a 429 calls `throttled` with the platform's Retry-After, which pauses the
 * whole tenant/workspace; Slack's rate adapts (raised while no 429, halved on one, bounded).
 *
 * Implementations: SQL (one atomic row update per slot, SQLite and PostgreSQL) and Redis (a Lua
 * script), picked like the kv and the once guard: Redis when REDIS_URL is set.
 */
import type { PlatformName } from '../messaging/messenger.js';

export interface Pacer {
  /** resolves when the caller may make one platform call for this tenant/workspace */
  acquire(platform: PlatformName, tenantId: string): Promise<void>;
  /** the platform answered 429: pause this tenant/workspace for retryAfterMs (and slow Slack down) */
  throttled(platform: PlatformName, tenantId: string, retryAfterMs: number): Promise<void>;
  /** a call went through (adaptive rates may use it) */
  succeeded(platform: PlatformName, tenantId: string): void;
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
}
