/**
 * The groups capability's side of groups as audiences (shared/audiences/audience-groups.ts): who
 * is in which group, read from its own tables. A removed member or an archived group reaches
 * nobody; a member row whose group is archived is no membership.
 */
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { AudienceGroupRight, AudienceGroups } from '../audiences/audience-groups.js';
import type { Database } from '../store/schema.js';
import type { GroupStore } from './group-store.js';
import type { GroupTables } from './group-tables.js';
import type { TeamIdsLookup } from './group-team-ids.js';

/** `teamIds`: the ids of a group's Teams team (group-team-ids.ts); unset, a team is its id as recorded */
export function groupAudiences(store: GroupStore, teamIds?: TeamIdsLookup): AudienceGroups {
  const { db } = store;
  /**
   * a team's ids never change: once its conversation is found, it is not asked again (the adapter
   * scans the saved channels); one not found yet is asked again, the bot may have joined the team
   * since
   */
  const conversationIds = new Map<string, string>();
  return {
    async known(ids) {
      const rows = await db
        .selectFrom('groups')
        .select('id')
        .where('id', 'in', [...ids])
        .where('archived_at', 'is', null)
        .execute();
      return new Set(rows.map((r) => r.id));
    },
    groupsOf: (personId) => store.groupIdsOf(personId),
    async rightsOf(personId) {
      const memberships = await store.groupsOf(personId);
      return new Map(memberships.map((m) => [m.group.id, m.member.right as AudienceGroupRight]));
    },
    members(eb: ExpressionBuilder<Database, 'people'>, groupIds): Expression<SqlBool> {
      // the same builder, seeing the capability's tables: the subquery stays in the page's query
      const ours = eb as unknown as ExpressionBuilder<Database & GroupTables, 'people'>;
      return ours(
        'people.id',
        'in',
        ours
          .selectFrom('group_members')
          .innerJoin('groups', 'groups.id', 'group_members.group_id')
          .select('group_members.person_id')
          .where('group_members.group_id', 'in', [...groupIds])
          .where('group_members.removed_at', 'is', null)
          .where('groups.archived_at', 'is', null),
      ) as unknown as Expression<SqlBool>;
    },
    async summaries(ids) {
      if (ids !== 'all' && ids.length === 0) return [];
      const rows = await db
        .selectFrom('groups')
        .leftJoin('group_members', (j) =>
          j.onRef('group_members.group_id', '=', 'groups.id').on('group_members.removed_at', 'is', null),
        )
        .select(['groups.id', 'groups.name_fr', 'groups.name_en'])
        .select((eb) => eb.fn.count<string | number>('group_members.person_id').as('n'))
        .where('groups.archived_at', 'is', null)
        .$if(ids !== 'all', (q) => q.where('groups.id', 'in', [...(ids as readonly string[])]))
        .groupBy(['groups.id', 'groups.name_fr', 'groups.name_en'])
        .orderBy('groups.id')
        .execute();
      return rows.map((r) => ({ id: r.id, nameFr: r.name_fr, nameEn: r.name_en, count: Number(r.n) }));
    },
    async spaces(ids) {
      const rows = await db
        .selectFrom('groups')
        .select(['id', 'teams_team_id', 'teams_channel_id', 'slack_channel_id'])
        .where('archived_at', 'is', null)
        .$if(ids !== 'all', (q) => q.where('id', 'in', [...(ids as readonly string[])]))
        .orderBy('id')
        .execute();
      // a Teams space is a team (reached in the conversation the adapter names) or one channel of it;
      // a team recorded by an id that is not its conversation's is reached once the adapter can tell
      const unknown = [
        ...new Set(
          rows.flatMap((r) =>
            r.teams_team_id && !conversationIds.has(r.teams_team_id) ? [r.teams_team_id] : [],
          ),
        ),
      ];
      const told = unknown.length > 0 ? await teamIds?.(unknown) : undefined;
      for (const [id, known] of told ?? [])
        if (known.conversationId) conversationIds.set(id, known.conversationId);
      const teamOf = (id: string) => conversationIds.get(id) ?? id;
      return rows.flatMap((r) => [
        ...(r.teams_channel_id
          ? [{ groupId: r.id, platform: 'teams' as const, conversationId: r.teams_channel_id }]
          : []),
        ...(r.teams_team_id
          ? [
              {
                groupId: r.id,
                platform: 'teams' as const,
                conversationId: teamOf(r.teams_team_id),
                team: true,
              },
            ]
          : []),
        ...(r.slack_channel_id
          ? [{ groupId: r.id, platform: 'slack' as const, conversationId: r.slack_channel_id }]
          : []),
      ]);
    },
  };
}
