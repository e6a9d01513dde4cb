/**
 * How many people an audience reaches, and where: the figure the console shows before publishing.
 * Counted with the same resolution the delivery uses (resolve-audience.ts), so the count is what a
 * send would do: a person on Teams and on Slack counts once in `people` and on both platforms;
 * a person is unreachable when none of their chat accounts is on a platform this Relais serves.
 */
import type { PlatformName } from '../messaging/messenger.js';
import type { Store } from '../store/store.js';
import type { Audience } from './audience.js';
import type { AudienceGroups } from './audience-groups.js';
import { resolveAudience } from './resolve-audience.js';

export const unreachableReasons = ['no_chat_account', 'platform_not_configured'] as const;
export type UnreachableReason = (typeof unreachableReasons)[number];

export interface AudienceReach {
  /** distinct people */
  people: number;
  /** people with an account on Teams (reached there) */
  teams: number;
  /** people with an account on Slack (reached there) */
  slack: number;
  /** people nothing will reach */
  unreachable: number;
  /** why, per reason: no chat account at all, or accounts only on a platform not configured */
  reasons: Record<UnreachableReason, number>;
  /** channels posted into (one message each) */
  channels: number;
}

export async function reachOf(
  store: Pick<Store, 'db'>,
  audience: Audience,
  served: (platform: PlatformName) => boolean,
  groups?: AudienceGroups,
): Promise<AudienceReach> {
  const reach: AudienceReach = {
    people: 0,
    teams: 0,
    slack: 0,
    unreachable: 0,
    reasons: { no_chat_account: 0, platform_not_configured: 0 },
    channels: 0,
  };
  for await (const batch of resolveAudience(store, audience, { batchSize: 2_000, groups })) {
    const platforms = new Map<string, Set<PlatformName>>();
    for (const recipient of batch) {
      if (recipient.kind === 'channel') {
        reach.channels++;
        continue;
      }
      const own = platforms.get(recipient.personId) ?? new Set<PlatformName>();
      if (recipient.identity) own.add(recipient.identity.platform);
      platforms.set(recipient.personId, own);
    }
    for (const own of platforms.values()) {
      reach.people++;
      const reached = [...own].filter(served);
      if (reached.includes('teams')) reach.teams++;
      if (reached.includes('slack')) reach.slack++;
      if (reached.length > 0) continue;
      reach.unreachable++;
      reach.reasons[own.size === 0 ? 'no_chat_account' : 'platform_not_configured']++;
    }
  }
  return reach;
}
