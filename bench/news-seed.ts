/**
 * Seeds the bench's people straight into the database, in batches: Teams people with a saved 1:1
 * conversation (so each send is one connector request, as for people the bot has met) and Slack
 * people, spread in turn over the given Teams tenants and Slack workspaces. Returns what the
 * bench checks deliveries against.
 */
import type { Store } from '../shared/store/store.js';

export interface SeedOptions {
  teamsCount: number;
  slackCount: number;
  /** one tenant id, or several that take the Teams people in turn */
  tenantId: string | string[];
  /** one workspace id, or several that take the Slack people in turn */
  slackTeam: string | string[];
  serviceUrl: string;
}

export interface Seeded {
  total: number;
  teamsConversationIds: string[];
  slackUserIds: string[];
  /** the tenant of each Teams conversation, the workspace of each Slack user */
  tenantOf: Map<string, string>;
}

const BATCH = 500;

export async function seedBenchPeople(store: Store, options: SeedOptions): Promise<Seeded> {
  const now = new Date().toISOString();
  const teamsConversationIds: string[] = [];
  const slackUserIds: string[] = [];
  const tenantOf = new Map<string, string>();
  const tenants = [options.tenantId].flat();
  const teams = [options.slackTeam].flat();
  const total = options.teamsCount + options.slackCount;
  for (let start = 0; start < total; start += BATCH) {
    const people = [];
    const identities = [];
    const conversations = [];
    for (let i = start; i < Math.min(total, start + BATCH); i++) {
      const id = `bench-${String(i).padStart(6, '0')}`;
      // interleaved in proportion, so both platforms are busy from the start
      const teamsShare = options.teamsCount / total;
      const isTeams =
        slackUserIds.length >= options.slackCount ||
        (teamsConversationIds.length < options.teamsCount &&
          teamsConversationIds.length < (i + 1) * teamsShare);
      people.push({
        id,
        email: `${id}@bench.example`,
        display_name: `Bench ${i}`,
        department: i % 2 ? 'Sales' : 'Engineering',
        site: null,
        manager_id: null,
        start_date: null,
        locale: i % 3 ? 'fr' : 'en',
        time_zone: null,
        kind: 'member' as const,
        kind_source: null,
        search_text: `bench ${i}`,
        active: 1,
        created_at: now,
        updated_at: now,
      });
      if (isTeams) {
        const userId = `29:${id}`;
        const conversationId = `a:bench-${i}`;
        const tenantId = tenants[teamsConversationIds.length % tenants.length]!;
        teamsConversationIds.push(conversationId);
        tenantOf.set(conversationId, tenantId);
        identities.push({
          person_id: id,
          platform: 'teams',
          tenant_id: tenantId,
          user_id: userId,
          aad_object_id: `aad-${id}`,
          created_at: now,
        });
        conversations.push({
          platform: 'teams',
          tenant_id: tenantId,
          conversation_id: conversationId,
          kind: 'personal',
          person_id: id,
          reference: JSON.stringify({
            channelId: 'msteams',
            serviceUrl: options.serviceUrl,
            bot: { id: '28:relais', name: 'Relais' },
            user: { id: userId, aadObjectId: `aad-${id}`, name: '' },
            conversation: { id: conversationId, tenantId, conversationType: 'personal' },
          }),
          updated_at: now,
        });
      } else {
        const userId = `U${String(i).padStart(8, '0')}`;
        const team = teams[slackUserIds.length % teams.length]!;
        slackUserIds.push(userId);
        tenantOf.set(userId, team);
        identities.push({
          person_id: id,
          platform: 'slack',
          tenant_id: team,
          user_id: userId,
          aad_object_id: null,
          created_at: now,
        });
      }
    }
    await store.db.insertInto('people').values(people).execute();
    await store.db.insertInto('identities').values(identities).execute();
    if (conversations.length) await store.db.insertInto('conversations').values(conversations).execute();
  }
  return { total, teamsConversationIds, slackUserIds, tenantOf };
}
