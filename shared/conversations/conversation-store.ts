/**
 * Where the bot can post: conversation references saved on install and on every activity, so
 * proactive sends (news, tour steps, reminders) reach people and channels later.
 */
import type { PlatformName } from '../messaging/messenger.js';
import { nowIso, type Store } from '../store/store.js';

export interface ConversationRecord {
  platform: PlatformName;
  tenantId: string;
  conversationId: string;
  kind: 'personal' | 'channel' | 'group';
  personId: string | null;
  /** the platform's own reference object (Teams ConversationReference) */
  reference: Record<string, unknown>;
}

export interface ConversationStore {
  save(record: ConversationRecord): Promise<void>;
  get(platform: PlatformName, conversationId: string): Promise<ConversationRecord | undefined>;
  /** the 1:1 conversation with a person on a platform, if the bot has one */
  findPersonal(platform: PlatformName, personId: string): Promise<ConversationRecord | undefined>;
  /** drops a conversation the platform says no longer exists, so the next send opens a new one */
  forget(platform: PlatformName, conversationId: string): Promise<void>;
  /**
   * The saved conversations of one kind whose reference holds one of these strings under this
   * top-level key (a fact an adapter keeps on its references), the latest updated first.
   */
  findByReference(
    platform: PlatformName,
    kind: ConversationRecord['kind'],
    key: string,
    values: readonly string[],
  ): Promise<ConversationRecord[]>;
}

export function createConversationStore(store: Store): ConversationStore {
  const toRecord = (row: {
    platform: string;
    tenant_id: string;
    conversation_id: string;
    kind: string;
    person_id: string | null;
    reference: string;
  }): ConversationRecord => ({
    platform: row.platform as PlatformName,
    tenantId: row.tenant_id,
    conversationId: row.conversation_id,
    kind: row.kind as ConversationRecord['kind'],
    personId: row.person_id,
    reference: JSON.parse(row.reference),
  });

  return {
    async save(record) {
      const values = {
        platform: record.platform,
        tenant_id: record.tenantId,
        conversation_id: record.conversationId,
        kind: record.kind,
        person_id: record.personId,
        reference: JSON.stringify(record.reference),
        updated_at: nowIso(),
      };
      await store.db
        .insertInto('conversations')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['platform', 'conversation_id']).doUpdateSet({
            tenant_id: values.tenant_id,
            kind: values.kind,
            // keep a known owner when a later activity does not tell it
            person_id: (eb) =>
              eb.fn.coalesce(eb.ref('excluded.person_id'), eb.ref('conversations.person_id')),
            reference: values.reference,
            updated_at: values.updated_at,
          }),
        )
        .execute();
    },
    async get(platform, conversationId) {
      const row = await store.db
        .selectFrom('conversations')
        .selectAll()
        .where('platform', '=', platform)
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async findPersonal(platform, personId) {
      const row = await store.db
        .selectFrom('conversations')
        .selectAll()
        .where('platform', '=', platform)
        .where('person_id', '=', personId)
        .where('kind', '=', 'personal')
        .orderBy('updated_at', 'desc')
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async forget(platform, conversationId) {
      await store.db
        .deleteFrom('conversations')
        .where('platform', '=', platform)
        .where('conversation_id', '=', conversationId)
        .execute();
    },
    async findByReference(platform, kind, key, values) {
      if (values.length === 0) return [];
      // the reference is JSON text (the same on SQLite and PostgreSQL): LIKE narrows, parsing decides
      const rows = await store.db
        .selectFrom('conversations')
        .selectAll()
        .where('platform', '=', platform)
        .where('kind', '=', kind)
        .where((eb) =>
          eb.or(
            values.map((value) =>
              eb('reference', 'like', `%${JSON.stringify(key)}:${JSON.stringify(value)}%`),
            ),
          ),
        )
        .orderBy('updated_at', 'desc')
        .execute();
      return rows.map(toRecord).filter((record) => {
        const value = record.reference[key];
        return typeof value === 'string' && values.includes(value);
      });
    },
  };
}
