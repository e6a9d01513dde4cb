/**
 * A group records its Teams team by whichever id it was given; which id that is, and the team's
 * other one, only the Teams adapter knows (the Messenger's optional teamIds). Asked at call time:
 * the chat adapters register their messengers after the capabilities are built.
 */
import type { MessengerRegistry, TeamIds } from '../messaging/messenger.js';

/** The ids of these teams; undefined when no adapter tells (each id is then taken as recorded). */
export type TeamIdsLookup = (ids: readonly string[]) => Promise<Map<string, TeamIds> | undefined>;

export const teamIdsLookup =
  (messengers: Pick<MessengerRegistry, 'get'>): TeamIdsLookup =>
  async (ids) => {
    const teams = messengers.get('teams');
    if (!teams?.teamIds) return undefined;
    return ids.length === 0 ? new Map() : teams.teamIds(ids);
  };
