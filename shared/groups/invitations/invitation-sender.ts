/**
 * A wave's job: sends its due invitations, a few at once, each paced by its platform's budget,
 * and records every answer on its row. One job per wave (its job id), so one run at a time across
 * instances; a run after a crash first settles the rows the crash left 'sending' — Entra is asked
 * whether it made the guest (then only the team add is left), a Slack one is marked
 * `outcome_unknown` for the manager to resend rather than risk a second invitation — then goes
 * on with the rest. A retry waiting (429 past the client's retries, 5xx) brings the job back at
 * its time without spending a job attempt; each invitation has GROUP_INVITE_MAX_ATTEMPTS tries.
 */
import type { EventLog } from '../../events/event-log.js';
import { translate } from '../../i18n/i18n.js';
import { RetryLaterError } from '../../jobs/queue.js';
import type { Logger } from '../../logging/logger.js';
import type { Group } from '../group-model.js';
import type { GroupStore } from '../group-store.js';
import type { TeamIdsLookup } from '../group-team-ids.js';
import type { GroupSpace, GuestInvitations, InviteOutcome } from './guest-invitations.js';
import type { InvitationStore } from './invitation-store.js';
import type { InvitationPlatform, InvitationRow } from './invitation-tables.js';

export const WAVE_QUEUE = 'groups.invitation-wave';
export const waveJobId = (waveId: string): string => `group-invitation-wave:${waveId}`;

/** invitations of one wave under way at once (each still waits for its platform's slot) */
const LANES = 16;

export interface SenderDeps {
  invitations: InvitationStore;
  groups: Pick<GroupStore, 'getGroup'>;
  /** the ids of a group's Teams team (group-team-ids.ts); unset, the team's id as recorded */
  teamIds?: TeamIdsLookup;
  platforms: Partial<Record<InvitationPlatform, GuestInvitations>>;
  events: EventLog;
  logger: Logger;
  maxAttempts: number;
  now?: () => Date;
}

export const spaceOf = (group: Group): GroupSpace => ({
  ...(group.space.teamsTeamId && {
    teams: {
      tenantId: group.space.teamsTenantId ?? '',
      teamId: group.space.teamsTeamId,
      channelId: group.space.teamsChannelId,
    },
  }),
  ...(group.space.slackTeamId &&
    group.space.slackChannelId && {
      slack: { teamId: group.space.slackTeamId, channelId: group.space.slackChannelId },
    }),
});

/**
 * The group's space as the platform calls it: the directory knows a team by one of its ids, and a
 * group may record its team by another (Teams: Graph wants the Entra group id, the bot sees the
 * 19: id), which the Teams adapter tells. undefined: the adapter does not know that id yet (Relais
 * has not seen any channel of the team). No adapter to ask: the id as recorded, and the platform
 * says itself whether it knows it.
 */
export async function platformSpaceOf(
  teamIds: TeamIdsLookup | undefined,
  group: Group,
  platform: InvitationPlatform,
): Promise<GroupSpace | undefined> {
  const space = spaceOf(group);
  if (platform !== 'teams' || !space.teams) return space;
  const told = await teamIds?.([space.teams.teamId]);
  if (!told) return space;
  const directoryId = told.get(space.teams.teamId)?.directoryId;
  return directoryId ? { ...space, teams: { ...space.teams, teamId: directoryId } } : undefined;
}

/** the recorded reason when the team's Entra group id is not known, in both languages */
export const TEAM_UNKNOWN = 'team_unknown';
const teamUnknownMessage = () =>
  `${translate('en', 'groups.invitations.answer.team_unknown')} / ${translate('fr', 'groups.invitations.answer.team_unknown')}`;

type SpaceFor = (platform: InvitationPlatform) => Promise<GroupSpace | undefined>;

const backoffMs = (attempt: number) => Math.min(600_000, 2_000 * 2 ** attempt) * (0.5 + Math.random() / 2);

export function createWaveSender(deps: SenderDeps) {
  const { invitations, events } = deps;
  const now = deps.now ?? (() => new Date());

  async function record(row: InvitationRow, outcome: InviteOutcome): Promise<void> {
    const at = now().toISOString();
    const track = (type: string, data: Record<string, unknown>) =>
      events.track({ type, platform: row.platform, subjectType: 'group', subjectId: row.group_id, data });
    if (outcome.kind === 'invited') {
      await invitations.settle(row.id, {
        status: 'invited',
        invited_user_id: outcome.invitedUserId || row.invited_user_id,
        membership_id: outcome.membershipId ?? row.membership_id,
        answer_code: outcome.code,
        answer_message: outcome.message ?? null,
        sent_at: at,
      });
      await track('group.invited', { invitationId: row.id });
      return;
    }
    if (outcome.kind === 'refused' || row.attempts >= deps.maxAttempts) {
      await invitations.settle(row.id, {
        status: outcome.kind === 'refused' ? 'refused' : 'failed',
        answer_code: outcome.code,
        answer_message: outcome.message.slice(0, 500),
        invited_user_id: ('invitedUserId' in outcome && outcome.invitedUserId) || row.invited_user_id,
      });
      await track('group.invitation_failed', { invitationId: row.id, code: outcome.code });
      return;
    }
    const wait = outcome.retryAfterMs ?? backoffMs(row.attempts);
    await invitations.settle(row.id, {
      status: 'planned',
      due_at: new Date(now().getTime() + wait).toISOString(),
      answer_code: outcome.code,
      answer_message: outcome.message.slice(0, 500),
    });
  }

  async function send(row: InvitationRow, group: Group | undefined, spaceFor: SpaceFor): Promise<void> {
    const port = deps.platforms[row.platform];
    if (!group || group.archivedAt || !port) {
      await record(row, {
        kind: 'refused',
        code: !group || group.archivedAt ? 'group_gone' : 'platform_off',
        message: '',
      });
      return;
    }
    // an Entra guest made by an earlier try that stopped before the team add: only the add is left
    const known = row.invited_user_id && !row.sent_at ? { invitedUserId: row.invited_user_id } : undefined;
    let outcome: InviteOutcome;
    try {
      const space = await spaceFor(row.platform);
      if (!space) return await teamUnknown(row);
      outcome = await port.invite(space, { address: row.address, displayName: row.display_name }, known);
    } catch (error) {
      deps.logger.error({ err: error, invitationId: row.id }, 'invitation not sent');
      outcome = { kind: 'transient', code: 'internal', message: (error as Error).message };
    }
    await record(row, outcome);
  }

  /**
   * Failed, not refused: nothing was asked of Graph; once Relais is in the team (any message or
   * install there tells its Entra group id), the manager resends.
   */
  async function teamUnknown(row: InvitationRow): Promise<void> {
    await invitations.settle(row.id, {
      status: 'failed',
      answer_code: TEAM_UNKNOWN,
      answer_message: teamUnknownMessage(),
    });
    await events.track({
      type: 'group.invitation_failed',
      platform: row.platform,
      subjectType: 'group',
      subjectId: row.group_id,
      data: { invitationId: row.id, code: TEAM_UNKNOWN },
    });
  }

  /** a row a crash left 'sending': what the platform did is asked, never guessed */
  async function settleOrphan(
    row: InvitationRow,
    group: Group | undefined,
    spaceFor: SpaceFor,
  ): Promise<void> {
    const port = deps.platforms[row.platform];
    if (!group || !port) return send(row, group, spaceFor);
    const space = await spaceFor(row.platform);
    if (!space) return teamUnknown(row);
    const found = await port.lookup(space, { address: row.address });
    if (found) {
      const outcome = await port.invite(space, { address: row.address }, found);
      return record({ ...row, invited_user_id: found.invitedUserId }, outcome);
    }
    if (row.platform === 'teams') return send(row, group, spaceFor);
    await invitations.settle(row.id, {
      status: 'failed',
      answer_code: 'outcome_unknown',
      answer_message: 'the server stopped during the call: check the channel, then resend',
    });
    await events.track({
      type: 'group.invitation_failed',
      platform: row.platform,
      subjectType: 'group',
      subjectId: row.group_id,
      data: { invitationId: row.id, code: 'outcome_unknown' },
    });
  }

  return {
    async runWave(waveId: string): Promise<void> {
      const wave = await invitations.wave(waveId);
      if (!wave) return;
      const group = await deps.groups.getGroup(wave.group_id);
      // the group's space is resolved once a run, not once an invitation
      const spaces = new Map<InvitationPlatform, Promise<GroupSpace | undefined>>();
      const spaceFor: SpaceFor = (platform) => {
        if (!group) return Promise.resolve(undefined);
        const known = spaces.get(platform) ?? platformSpaceOf(deps.teamIds, group, platform);
        spaces.set(platform, known);
        return known;
      };
      for (const orphan of await invitations.orphans(waveId)) await settleOrphan(orphan, group, spaceFor);
      const lane = async () => {
        for (let row = await invitations.claim(waveId); row; row = await invitations.claim(waveId))
          await send(row, group, spaceFor);
      };
      await Promise.all(Array.from({ length: LANES }, lane));
      const due = await invitations.nextDue(waveId);
      if (due)
        throw new RetryLaterError(Math.max(50, Date.parse(due) - now().getTime()), 'invitations to retry');
    },
  };
}
