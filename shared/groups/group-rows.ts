/** Rows of the groups tables to the model and back: JSON domain lists, nullable space ids. */
import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type {
  CharterAcceptance,
  Group,
  GroupCharter,
  GroupKind,
  GroupMember,
  GroupRight,
} from './group-model.js';
import type { GroupTables } from './group-tables.js';

type GroupRow = Selectable<GroupTables['groups']>;
type MemberRow = Selectable<GroupTables['group_members']>;
type CharterRow = Selectable<GroupTables['group_charters']>;
type AcceptanceRow = Selectable<GroupTables['group_charter_acceptances']>;

const domains = (json: string): string[] => {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((d): d is string => typeof d === 'string') : [];
  } catch {
    return [];
  }
};

/** Lower-cased, trimmed, without a leading "@", deduplicated: how domains are stored and compared. */
export const normalizeDomains = (list: readonly string[] | undefined): string[] => [
  ...new Set((list ?? []).map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter((d) => d.length > 0)),
];

export const toGroup = (r: GroupRow): Group => ({
  id: r.id,
  nameFr: r.name_fr,
  nameEn: r.name_en,
  descriptionFr: r.description_fr,
  descriptionEn: r.description_en,
  kind: r.kind as GroupKind,
  space: {
    teamsTenantId: r.teams_tenant_id,
    teamsTeamId: r.teams_team_id,
    teamsChannelId: r.teams_channel_id,
    slackTeamId: r.slack_team_id,
    slackChannelId: r.slack_channel_id,
  },
  allowedDomains: domains(r.allowed_domains),
  blockedDomains: domains(r.blocked_domains),
  guestExpiryDays: Number(r.guest_expiry_days),
  reviewPeriodDays: Number(r.review_period_days),
  charterDeadlineDays: Number(r.charter_deadline_days),
  createdBy: r.created_by,
  createdAt: r.created_at,
  archivedAt: r.archived_at,
});

export const toMember = (r: MemberRow): GroupMember => ({
  groupId: r.group_id,
  personId: r.person_id,
  right: r.right as GroupRight,
  addedBy: r.added_by,
  addedAt: r.added_at,
  joinedAt: r.joined_at,
  expiresAt: r.expires_at,
  lastActiveAt: r.last_active_at,
  removedAt: r.removed_at,
  removedReason: r.removed_reason,
});

export const toCharter = (r: CharterRow): GroupCharter => ({
  groupId: r.group_id,
  version: Number(r.version),
  textFr: r.text_fr,
  textEn: r.text_en,
  hash: r.hash,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export const toAcceptance = (r: AcceptanceRow): CharterAcceptance => ({
  groupId: r.group_id,
  personId: r.person_id,
  version: Number(r.version),
  hash: r.hash,
  acceptedAt: r.accepted_at,
  platform: r.platform,
});

/**
 * The sha256 of a charter's texts, what an acceptance records it agreed to: JSON of the pair so
 * moving text from one language to the other changes the hash.
 */
export const charterHash = (textFr: string | null, textEn: string | null): string =>
  createHash('sha256')
    .update(JSON.stringify([textFr ?? null, textEn ?? null]))
    .digest('hex');
