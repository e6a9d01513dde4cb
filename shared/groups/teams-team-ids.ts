/**
 * A Teams team has two ids and a group's `teamsTeamId` may hold either: its Entra group id (a
 * GUID; Graph knows the team by it, so guest invitations need it) and its Bot Framework id
 * (`19:…@thread…`, also its general channel's conversation id, which posting into the team and
 * matching its channels need). The other one is read from the channels the bot has seen in that
 * team: the Teams adapter keeps both ids on each channel's saved conversation reference
 * (`teamId`, `aadGroupId`). A team whose channels the bot has never seen stays known by one id.
 */
import type { GroupDb } from './group-tables.js';

export interface TeamsTeamIds {
  /** the team's Microsoft Entra group id (`channelData.team.aadGroupId`) */
  entraGroupId?: string;
  /** the team's Bot Framework id (`channelData.team.id`), its general channel's conversation id */
  threadId?: string;
}

/**
 * A Bot Framework team id starts `19:`; anything else is taken for the Entra group id (a GUID), as
 * it was given, so Graph says itself whether it knows it.
 */
export const isTeamThreadId = (id: string): boolean => id.startsWith('19:');

interface TeamOfChannel {
  teamId?: unknown;
  aadGroupId?: unknown;
}

/**
 * Saved Teams channel references naming this id as their team's `key`. The reference is stored
 * as JSON text (the same on SQLite and PostgreSQL): LIKE narrows, parsing decides.
 */
async function channelsNaming(db: GroupDb, key: 'teamId' | 'aadGroupId', ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('conversations')
    .select('reference')
    .where('platform', '=', 'teams')
    .where('kind', '=', 'channel')
    .where((eb) => eb.or(ids.map((id) => eb('reference', 'like', `%"${key}":${JSON.stringify(id)}%`))))
    .orderBy('updated_at', 'desc')
    .execute();
  return rows
    .map((r) => JSON.parse(r.reference) as TeamOfChannel)
    .filter((ref) => typeof ref[key] === 'string' && ids.includes(ref[key] as string));
}

/** Both ids of the team a group's `teamsTeamId` names, as far as the saved channels tell. */
export async function teamsTeamIds(db: GroupDb, id: string): Promise<TeamsTeamIds> {
  if (!isTeamThreadId(id)) return { entraGroupId: id, threadId: (await threadIdsOf(db, [id])).get(id) };
  const found = (await channelsNaming(db, 'teamId', [id])).find((ref) => typeof ref.aadGroupId === 'string');
  return { threadId: id, entraGroupId: found?.aadGroupId as string | undefined };
}

/** The Bot Framework ids of the teams these Entra group ids name, where a saved channel tells. */
export async function threadIdsOf(
  db: GroupDb,
  entraGroupIds: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const ref of await channelsNaming(db, 'aadGroupId', entraGroupIds))
    if (typeof ref.teamId === 'string' && !out.has(ref.aadGroupId as string))
      out.set(ref.aadGroupId as string, ref.teamId);
  return out;
}
