/**
 * The pacing arithmetic both pacer implementations share, in whole units the databases and Lua
 * handle exactly: rates in messages per 1000 s ("milli"), times in epoch ms and microseconds.
 *
 * Teams: a fixed interval per tenant. Slack: additive increase while no 429 (the rate grows with
 * the time since the last change), multiplicative decrease on a 429 (halved once per pause).
 */
import type { PacedApi, PacingRates } from './pacer.js';

/**
 * 429s within this long after a pause began belong to the same episode: the rate is halved once.
 * A new budget's ramp starts just before it, so its very first 429 halves.
 */
export const EPISODE_MS = 1_000;
export const newBudgetChangedAt = (nowMs: number): number => nowMs - EPISODE_MS - 1;

/** how far ahead a caller may reserve a slot; beyond it, it waits and asks again */
export const MAX_RESERVE_AHEAD_MS = 1_000;

export interface ResolvedRates {
  teamsMilli: number;
  /** Graph's Teams install budget (fixed) */
  graphMilli: number;
  slackStartMilli: number;
  slackMaxMilli: number;
  slackMinMilli: number;
  /** milli-rate added per second without a 429 */
  slackIncreaseMilli: number;
}

export function resolveRates(rates: PacingRates): ResolvedRates {
  const milli = (perSecond: number) => Math.max(1, Math.round(perSecond * 1000));
  const slackMaxMilli = milli(rates.slackMaxPerSecond);
  const slackMinMilli = Math.min(slackMaxMilli, milli(rates.slackMinPerSecond ?? 0.2));
  return {
    teamsMilli: milli(rates.teamsPerSecond),
    graphMilli: milli(rates.graphPerSecond ?? 30),
    slackStartMilli: Math.min(slackMaxMilli, Math.max(slackMinMilli, milli(rates.slackStartPerSecond))),
    slackMaxMilli,
    slackMinMilli,
    slackIncreaseMilli: milli(rates.slackIncreasePerSecond ?? rates.slackMaxPerSecond / 10),
  };
}

/** Whether the platform's rate adapts (Slack publishes no fixed workspace-wide number). */
export const isAdaptive = (platform: PacedApi): boolean => platform === 'slack';

export const budgetKey = (platform: PacedApi, tenantId: string): string => `${platform}:${tenantId}`;

export const startMilli = (rates: ResolvedRates, platform: PacedApi): number =>
  isAdaptive(platform) ? rates.slackStartMilli : fixedMilli(rates, platform);

/** The rate of a budget that does not adapt: Teams sends, or Graph's Teams installs. */
export const fixedMilli = (rates: ResolvedRates, platform: PacedApi): number =>
  platform === 'graph' ? rates.graphMilli : rates.teamsMilli;

/** The adaptive rate now, from the rate at its last change and the time since (none while paused). */
export function effectiveMilli(
  rates: ResolvedRates,
  baseMilli: number,
  changedAtMs: number,
  nowMs: number,
): number {
  const quietSeconds = Math.max(0, nowMs - changedAtMs) / 1000;
  return Math.min(
    rates.slackMaxMilli,
    Math.max(rates.slackMinMilli, baseMilli + rates.slackIncreaseMilli * quietSeconds),
  );
}

/** Microseconds between two slots at this rate (rounded up: never faster than the rate). */
export const intervalUs = (milli: number): number => Math.ceil(1e9 / milli);

/** The rate after a 429: half of what it was, never below the minimum. */
export const halvedMilli = (rates: ResolvedRates, currentMilli: number): number =>
  Math.max(rates.slackMinMilli, Math.floor(currentMilli / 2));
