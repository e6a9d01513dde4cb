/**
 * A Slack member (users.list, or the user of a `team_join` / `user_change` event) → a directory
 * record (pure). Restricted and ultra-restricted accounts are guests; a deleted account makes its
 * person inactive; bots and people of other organisations (Slack Connect) are skipped. Department
 * and site come from the custom profile fields whose ids the workspace's labels gave; Slack sends
 * those fields with events and users.profile.get, not with users.list. In an Enterprise Grid org
 * a member keeps one id in every workspace: read in several, they are one account (linked once,
 * under the workspace they were first found in).
 */
import { toLocale } from '../i18n/i18n.js';
import { normaliseEmail } from '../people/sql-people-service.js';
import type { DirectoryRecord, Mapped } from './directory-record.js';

export interface SlackWorkspace {
  teamId: string;
  enterpriseId?: string;
  /** custom profile field ids (team.profile.get) of the configured labels */
  departmentFieldId?: string;
  siteFieldId?: string;
  /** the Grid org's workspaces read (DIRECTORY_SLACK_TEAMS): a member's id is one account in all */
  orgTeamIds?: string[];
}

type Member = Record<string, unknown> & { profile?: Record<string, unknown> };

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

export function mapSlackMember(entry: unknown, workspace: SlackWorkspace): Mapped {
  if (!entry || typeof entry !== 'object') return { skip: { reason: 'malformed' } };
  const user = entry as Member;
  const id = typeof user.id === 'string' && /^[UW][A-Z0-9]{2,20}$/.test(user.id) ? user.id : undefined;
  if (!id) return { skip: { reason: 'malformed' } };
  if (user.is_bot === true || id === 'USLACKBOT') return { skip: { reason: 'bot', subject: id } };
  if (user.is_stranger === true || (typeof user.team_id === 'string' && !sameOrganisation(user, workspace)))
    return { skip: { reason: 'external', subject: id } };
  const account = {
    platform: 'slack' as const,
    tenantId: workspace.teamId,
    userId: id,
    ...(workspace.orgTeamIds?.length && { sameAccountIn: workspace.orgTeamIds }),
  };
  if (user.deleted === true) {
    const record: DirectoryRecord = {
      source: 'slack',
      account,
      email: null,
      removed: true,
      values: { active: '0' },
    };
    return { record };
  }
  const profile = user.profile ?? {};
  const values: DirectoryRecord['values'] = { active: '1' };
  const name = text(user.real_name) ?? text(profile.real_name) ?? text(profile.display_name);
  if (name) values.display_name = name;
  const tz = text(user.tz);
  if (tz) values.time_zone = tz;
  const locale = toLocale(text(user.locale));
  if (locale) values.locale = locale;
  values.kind = user.is_restricted === true || user.is_ultra_restricted === true ? 'guest' : 'member';
  const fields = (profile.fields ?? undefined) as Record<string, { value?: unknown }> | undefined;
  if (fields && workspace.departmentFieldId)
    values.department = text(fields[workspace.departmentFieldId]?.value) ?? null;
  if (fields && workspace.siteFieldId) values.site = text(fields[workspace.siteFieldId]?.value) ?? null;
  const email = normaliseEmail(typeof profile.email === 'string' ? profile.email : null);
  return { record: { source: 'slack', account, email, removed: false, values } };
}

function sameOrganisation(user: Member, workspace: SlackWorkspace): boolean {
  if (user.team_id === workspace.teamId) return true;
  const enterprise = (user.enterprise_user as { enterprise_id?: string } | undefined)?.enterprise_id;
  return Boolean(workspace.enterpriseId && enterprise === workspace.enterpriseId);
}
