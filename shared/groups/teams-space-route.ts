/**
 * Which group a Teams team or channel is the space of, for a channel tab's configuration page
 * (the tab then shows that group's portal). A group's Teams space is stored by either of the
 * team's ids (its internal `19:…` id, its Entra group id) and, when it is one channel, that
 * channel's id;
 * the tab's context gives the team's internal id, its Entra group id and the channel id, so any
 * of them may match. The answer names the group only to whoever may open its portal (its current
 * members and guests, admins, API keys); anyone else hears of no group, as if there were none.
 */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import { can, type Principal } from '../auth/principal.js';
import { groupKinds } from './group-model.js';
import type { GroupStore } from './group-store.js';

const teamsId = z.string().trim().min(1).max(300).optional();

const spaceQuery = z.object({
  /** the team's internal id (`team.internalId` in teams-js: `19:…@thread.tacv2`) */
  teamId: teamsId,
  /** the channel's id (`channel.id`) */
  channelId: teamsId,
  /** the team's Microsoft Entra group id (`team.groupId`) */
  aadGroupId: teamsId,
});
type SpaceQuery = z.infer<typeof spaceQuery>;

const nullable = z.string().nullable();
const answer = z.object({
  group: z
    .object({ id: z.string(), nameFr: nullable, nameEn: nullable, kind: z.enum(groupKinds) })
    .nullable(),
});

interface SpaceRow {
  id: string;
  name_fr: string | null;
  name_en: string | null;
  kind: string;
  teams_team_id: string | null;
  teams_channel_id: string | null;
  created_at: string;
}

/**
 * The closest space first: the group of exactly this channel, then the team's own group (no
 * channel of its own), then a group of another channel of the team; the oldest on a tie.
 */
function closest(rows: SpaceRow[], q: SpaceQuery): SpaceRow | undefined {
  const team = new Set([q.teamId, q.aadGroupId, q.channelId].filter(Boolean));
  const rank = (r: SpaceRow) =>
    q.channelId && r.teams_channel_id === q.channelId
      ? 0
      : r.teams_team_id && team.has(r.teams_team_id)
        ? r.teams_channel_id
          ? 2
          : 1
        : 3;
  return rows
    .filter((r) => rank(r) < 3)
    .sort(
      (a, b) => rank(a) - rank(b) || a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id),
    )[0];
}

async function mayOpen(store: GroupStore, principal: Principal, groupId: string): Promise<boolean> {
  if (can(principal, 'admin')) return true;
  if (principal.kind !== 'person') return false;
  return (await store.groupIdsOf(principal.person.id)).includes(groupId);
}

export function teamsSpaceRoute(store: GroupStore) {
  return defineRoute({
    method: 'get',
    path: '/me/teams-space-group',
    tag: 'groups',
    summary:
      'The group whose space is this Teams team or channel, if the caller may open its portal (its members and guests, admins); null otherwise',
    query: spaceQuery,
    response: answer,
    async handler({ principal, query }) {
      const ids = [query.teamId, query.channelId, query.aadGroupId].filter((id): id is string => Boolean(id));
      if (ids.length === 0) return { group: null };
      const rows = await store.db
        .selectFrom('groups')
        .select(['id', 'name_fr', 'name_en', 'kind', 'teams_team_id', 'teams_channel_id', 'created_at'])
        .where('archived_at', 'is', null)
        .where((eb) => eb.or([eb('teams_team_id', 'in', ids), eb('teams_channel_id', 'in', ids)]))
        .execute();
      const found = closest(rows, query);
      if (!found || !(await mayOpen(store, principal, found.id))) return { group: null };
      return {
        group: {
          id: found.id,
          nameFr: found.name_fr,
          nameEn: found.name_en,
          kind: found.kind as (typeof groupKinds)[number],
        },
      };
    },
  });
}
