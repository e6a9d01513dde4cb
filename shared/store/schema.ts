/**
 * The SQL schema as Kysely types. One code path for SQLite and PostgreSQL, so columns use types
 * both share: ids are text (UUIDs), timestamps are ISO-8601 text in UTC (sortable), booleans are
 * integers 0/1, structured values are JSON text. Migrations (store/migrations) create exactly this.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface PeopleTable {
  id: string;
  /** lower-cased; links a person's Teams and Slack identities */
  email: string | null;
  display_name: string;
  department: string | null;
  site: string | null;
  /** core id of the manager */
  manager_id: string | null;
  /** YYYY-MM-DD */
  start_date: string | null;
  /** 'fr' | 'en', or null to follow the platform */
  locale: string | null;
  /** IANA zone, e.g. Europe/Paris */
  time_zone: string | null;
  kind: 'member' | 'guest';
  /**
   * who decided `kind`: 'directory' when an import said it explicitly, 'platform' when Teams,
   * Slack or a sign-in token reported it, 'unknown' for a guest only because the platform could
   * not be asked at first contact, null for the default (see people/person-row.ts for the rule)
   */
  kind_source: 'directory' | 'platform' | 'unknown' | null;
  /** display name and email lower-cased without accents, for searches that agree on both databases */
  search_text: string;
  /** 0 once the person left the organisation */
  active: number;
  created_at: string;
  updated_at: string;
}

export interface IdentitiesTable {
  person_id: string;
  platform: string;
  tenant_id: string;
  user_id: string;
  aad_object_id: string | null;
  created_at: string;
}

export interface RolesTable {
  person_id: string;
  /** 'admin' | 'communicator' | 'ambassador' | 'group_manager' */
  role: string;
  /** '' for organisation-wide, else a scope such as a group id */
  scope: string;
}

export interface ConversationsTable {
  platform: string;
  tenant_id: string;
  conversation_id: string;
  /** 'personal' | 'channel' | 'group' */
  kind: string;
  /** for personal conversations: whose 1:1 chat this is */
  person_id: string | null;
  /** platform reference needed to post proactively (Teams ConversationReference JSON) */
  reference: string;
  updated_at: string;
}

export interface EventsTable {
  id: Generated<number>;
  at: string;
  /** e.g. 'app.installed', 'command.used', 'card.action', 'news.read' */
  type: string;
  person_id: string | null;
  platform: string | null;
  subject_type: string | null;
  subject_id: string | null;
  /** JSON */
  data: string | null;
}

export interface JobsTable {
  queue: string;
  id: string;
  data: string;
  /** 'waiting' | 'active' | 'completed' | 'failed' (delayed = waiting with run_at in the future) */
  state: string;
  run_at: number;
  attempt: number;
  max_attempts: number;
  backoff_ms: number;
  lease_until: number | null;
  lease_owner: string | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

export interface KvTable {
  key: string;
  value: string;
  /** epoch ms, null = never */
  expires_at: number | null;
}

/** Broadcast subjects (migration 004): the audience and how far its resolution went. */
export interface DeliverySubjectsTable {
  subject_type: string;
  subject_id: string;
  /** Audience JSON */
  audience: string;
  /** 'resolving' | 'ready' | 'cancelled' */
  state: string;
  refresh_generation: number;
  /** 'update' | 'withdraw' | null */
  refresh_mode: string | null;
  created_at: string;
  updated_at: string;
}

/** One delivery per (subject, person or channel, platform) (migration 004). */
export interface DeliveriesTable {
  id: string;
  subject_type: string;
  subject_id: string;
  /** person id, or 'channel:<tenant>:<conversation>' */
  recipient_key: string;
  /** '' for a person with no chat account */
  platform: string;
  tenant_id: string | null;
  person_id: string | null;
  user_id: string | null;
  aad_object_id: string | null;
  conversation_id: string | null;
  channel_name: string | null;
  message_id: string | null;
  locale: string;
  /** DeliveryStatus */
  status: string;
  attempts: number;
  last_error: string | null;
  sent_at: string | null;
  refreshed_generation: number;
  created_at: string;
  updated_at: string;
}

/** The pacer's shared budgets, one row per '<platform>:<tenant>' (migrations 004, 009). */
export interface PacerBudgetsTable {
  key: string;
  tat_us: number;
  granted_us: number;
  paused_until: number;
  base_rate_milli: number;
  rate_changed_at: number;
  /** moved on by every 429: slots granted under an older epoch are void */
  epoch: Generated<number>;
}

/** A person's chosen chat platform (migration 011): one copy of a broadcast goes there. */
export interface PreferredPlatformsTable {
  person_id: string;
  /** 'teams' | 'slack' */
  platform: string;
  updated_at: string;
}

export interface Database {
  people: PeopleTable;
  identities: IdentitiesTable;
  roles: RolesTable;
  conversations: ConversationsTable;
  events: EventsTable;
  jobs: JobsTable;
  kv: KvTable;
  delivery_subjects: DeliverySubjectsTable;
  deliveries: DeliveriesTable;
  pacer_budgets: PacerBudgetsTable;
  preferred_platforms: PreferredPlatformsTable;
}

export type PersonRow = Selectable<PeopleTable>;
export type NewPersonRow = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
