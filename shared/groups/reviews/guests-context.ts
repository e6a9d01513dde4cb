/**
 * What the guests' side of groups (charter gate, access reviews, expiry) stands on: the core
 * ports it named, its database view, and the platform removal of a guest from a group's space,
 * which the invitations part implements (GuestSpaceRemoval) and may be missing: a removal is then
 * recorded in Relais and logged as waiting for that port.
 */
import type { Ports } from '../../capability/ports.js';
import type { Locale } from '../../i18n/i18n.js';
import type { GuestDb } from './review-tables.js';

/**
 * Takes a guest out of the group's Teams team / Slack channel: the invitations part's
 * `removeFromSpace` (Graph remove member, Slack conversations.kick), by structure so this part
 * builds without it.
 */
export interface GuestSpaceRemoval {
  removeFromSpace(
    groupId: string,
    personId: string,
    /** track: false when the caller records the removal itself */
    options?: { track?: boolean },
  ): Promise<{ ok: boolean; code: string }>;
}

export type GuestPorts = Pick<
  Ports,
  | 'store'
  | 'jobs'
  | 'people'
  | 'events'
  | 'messengers'
  | 'pacer'
  | 'once'
  | 'delivery'
  | 'logger'
  | 'config'
  | 'consoleUrl'
>;

export interface GuestsContext extends GuestPorts {
  db: GuestDb;
  defaultLocale: Locale;
  /** sends the tour steps held while a charter was pending */
  rearmTours(personId: string): Promise<void>;
  /** the platform removal, when the invitations part provides it */
  spaceRemoval(): GuestSpaceRemoval | undefined;
  /** told once per new acceptance (the group portal starts the group's tour); must not throw */
  charterAccepted: CharterAcceptedListener[];
}

export type CharterAcceptedListener = (personId: string, groupId: string) => Promise<void>;

export const DAY_MS = 86_400_000;
export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(iso) + days * DAY_MS).toISOString();
