/**
 * Group invitations: plan (each line judged, the rest proceeds; waves as durable jobs), list,
 * resend, cancel; a guest joining the space (Teams membersAdded, Slack member_joined_channel)
 * settles their invitation and makes them a member of the group, linked by immutable id; removal
 * from the space through the platform. Who may do what is checked by the callers (REST, chat).
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors/errors.js';
import type { EventLog } from '../../events/event-log.js';
import type { JobQueue } from '../../jobs/queue.js';
import type { Logger } from '../../logging/logger.js';
import type { GroupStore } from '../group-store.js';
import type { TeamIdsLookup } from '../group-team-ids.js';
import type { GuestInvitations } from './guest-invitations.js';
import { type InvitationLine, judgeLines, type LineError, MAX_LINES } from './invitation-lines.js';
import {
  createWaveSender,
  platformSpaceOf,
  spaceOf,
  TEAM_UNKNOWN,
  WAVE_QUEUE,
  waveJobId,
} from './invitation-sender.js';
import { type InvitationStore, type NewInvitation, pendingStatuses } from './invitation-store.js';
import type { InvitationPlatform, InvitationRow, WaveRow } from './invitation-tables.js';
import { checkWaves, splitWaves, type WaveRequest } from './invitation-waves.js';

export interface PlanRequest {
  lines: InvitationLine[];
  waves?: WaveRequest[];
  /** where to invite; default the group's Teams team, else its Slack channel */
  platform?: InvitationPlatform;
  by: string | null;
}

export interface PlanResult {
  waves: { id: string; dueAt: string; size: number }[];
  planned: number;
  /** addresses already on their way in: nothing new sent */
  unchanged: { line: number; address: string; status: InvitationRow['status'] }[];
  errors: LineError[];
}

export interface InvitationsDeps {
  invitations: InvitationStore;
  groups: GroupStore;
  jobs: JobQueue;
  events: EventLog;
  logger: Logger;
  platforms: Partial<Record<InvitationPlatform, GuestInvitations>>;
  /** the ids of a group's Teams team (group-team-ids.ts); unset, the team's id as recorded */
  teamIds?: TeamIdsLookup;
  maxAttempts: number;
  now?: () => Date;
}

const invitationNotFound = () =>
  new AppError('not_found', 'no such invitation', undefined, { key: 'groups.invitations.error.not_found' });

/** settled rows an address may be planned again from */
const settled = ['failed', 'refused', 'cancelled', 'removed'] as const;

export function createInvitationsService(deps: InvitationsDeps) {
  const { invitations, groups, jobs, events } = deps;
  const now = deps.now ?? (() => new Date());
  const sender = createWaveSender({ ...deps, groups });

  async function startWave(groupId: string, dueAt: Date, size: number, by: string | null): Promise<WaveRow> {
    const wave = { id: randomUUID(), group_id: groupId, due_at: dueAt.toISOString(), size, created_by: by };
    await invitations.addWave(wave);
    return { ...wave, created_at: now().toISOString() };
  }

  const enqueue = (wave: Pick<WaveRow, 'id' | 'due_at'>) =>
    jobs.add(
      WAVE_QUEUE,
      { waveId: wave.id },
      { jobId: waveJobId(wave.id), runAt: new Date(wave.due_at), attempts: 10, backoffMs: 5_000 },
    );

  async function groupOf(groupId: string) {
    const group = await groups.getGroup(groupId);
    if (!group || group.archivedAt)
      throw new AppError('not_found', 'no such group', undefined, { key: 'groups.error.not_found' });
    return group;
  }

  function platformFor(space: ReturnType<typeof spaceOf>, asked?: InvitationPlatform): InvitationPlatform {
    const platform = asked ?? (space.teams ? 'teams' : space.slack ? 'slack' : undefined);
    if (!platform || !space[platform])
      throw new AppError('conflict', 'the group has no space on this platform', undefined, {
        key: 'groups.invitations.error.no_space',
      });
    if (!deps.platforms[platform])
      throw new AppError('conflict', `invitations on ${platform} are not configured`, undefined, {
        key: 'groups.invitations.error.platform_off',
        params: { platform: platform === 'teams' ? 'Teams' : 'Slack' },
      });
    return platform;
  }

  async function rowIn(groupId: string, invitationId: string): Promise<InvitationRow> {
    const row = await invitations.get(invitationId);
    if (!row || row.group_id !== groupId) throw invitationNotFound();
    return row;
  }

  return {
    sender,

    async plan(groupId: string, request: PlanRequest): Promise<PlanResult> {
      const group = await groupOf(groupId);
      const platform = platformFor(spaceOf(group), request.platform);
      if (request.lines.length === 0)
        throw new AppError('validation_failed', 'no address given', undefined, {
          key: 'groups.invitations.error.no_lines',
        });
      if (request.lines.length > MAX_LINES)
        throw new AppError('validation_failed', `at most ${MAX_LINES} addresses`, undefined, {
          key: 'groups.invitations.error.too_many_lines',
          params: { max: MAX_LINES },
        });
      const at = now();
      const problems = checkWaves(request.waves ?? [], at);
      if (problems.length > 0)
        throw new AppError(
          'validation_failed',
          problems.map((p) => `${p.field}: ${p.message}`).join('; '),
          problems,
          {
            key: problems[0].text?.key ?? 'groups.invitations.error.wave_size',
          },
        );

      const judged = judgeLines(request.lines, {
        allowed: group.allowedDomains,
        blocked: group.blockedDomains,
      });
      const errors = [...judged.errors];
      const members = await invitations.members(judged.accepted.map((l) => l.address));
      const existing = new Map(
        (
          await invitations.byAddresses(
            groupId,
            judged.accepted.map((l) => l.address),
          )
        ).map((r) => [r.address, r]),
      );
      // someone already in the group (a guest added by hand, or one who joined) is not invited again
      const inGroup = new Set(
        (await groups.membersOf(groupId))
          .map((m) => m.email?.toLowerCase())
          .filter((e): e is string => Boolean(e)),
      );
      const unchanged: PlanResult['unchanged'] = [];
      const toSend: InvitationLine[] = [];
      for (const line of judged.accepted) {
        if (inGroup.has(line.address)) {
          errors.push({ line: line.line, address: line.address, code: 'already_member' });
          continue;
        }
        if (members.has(line.address)) {
          errors.push({ line: line.line, address: line.address, code: 'member_not_guest' });
          continue;
        }
        const row = existing.get(line.address);
        if (row && (pendingStatuses as readonly string[]).includes(row.status)) {
          unchanged.push({ line: line.line, address: line.address, status: row.status });
          continue;
        }
        toSend.push(line);
      }
      errors.sort((a, b) => a.line - b.line);

      const result: PlanResult = { waves: [], planned: 0, unchanged, errors };
      for (const part of splitWaves(toSend, request.waves ?? [], at)) {
        const wave = await startWave(groupId, part.dueAt, part.lines.length, request.by);
        const fresh: NewInvitation[] = [];
        let planned = 0;
        for (const line of part.lines) {
          const row = existing.get(line.address);
          const fields = {
            wave_id: wave.id,
            due_at: wave.due_at,
            display_name: line.displayName ?? row?.display_name ?? null,
            company: line.company ?? row?.company ?? null,
          };
          if (row) {
            if (await invitations.replan(row.id, fields, settled)) planned += 1;
            else unchanged.push({ line: line.line, address: line.address, status: row.status });
          } else {
            fresh.push({
              ...fields,
              group_id: groupId,
              address: line.address,
              platform,
              created_by: request.by,
            });
          }
        }
        const inserted = await invitations.insert(fresh);
        planned += inserted.size;
        for (const line of part.lines)
          if (!existing.has(line.address) && !inserted.has(line.address))
            unchanged.push({ line: line.line, address: line.address, status: 'planned' });
        // the wave's job: once per wave across instances (its id), resumed after a crash
        await enqueue(wave);
        result.waves.push({ id: wave.id, dueAt: wave.due_at, size: planned });
        result.planned += planned;
      }
      return result;
    },

    list: (groupId: string) => invitations.list(groupId),
    waves: (groupId: string) => invitations.waves(groupId),

    /** sends again now (a failed one, or an invitation the guest did not find) */
    async resend(groupId: string, invitationId: string, by: string | null): Promise<InvitationRow> {
      const row = await rowIn(groupId, invitationId);
      const wave = await startWave(groupId, now(), 1, by);
      if (
        !(await invitations.replan(row.id, { wave_id: wave.id, due_at: wave.due_at }, [
          ...settled,
          'invited',
        ]))
      )
        throw new AppError('conflict', 'invitation under way or joined', undefined, {
          key: 'groups.invitations.error.cannot_resend',
        });
      await enqueue(wave);
      return (await invitations.get(row.id))!;
    },

    async cancel(groupId: string, invitationId: string): Promise<InvitationRow> {
      const row = await rowIn(groupId, invitationId);
      if (!(await invitations.settle(row.id, { status: 'cancelled' }, ['planned', 'failed'])))
        throw new AppError('conflict', 'only a planned or failed invitation can be cancelled', undefined, {
          key: 'groups.invitations.error.cannot_cancel',
        });
      return (await invitations.get(row.id))!;
    },

    /**
     * Teams membersAdded in a team: the Entra object id the invitation returned; the team by
     * either of its ids (Graph's group id, the Bot Framework's 19:… id)
     */
    async teamsMemberJoined(event: {
      teamIds: string[];
      aadObjectId: string;
      personId: string;
    }): Promise<void> {
      for (const row of await invitations.byInvitedUser(event.aadObjectId)) {
        const group = await groups.getGroup(row.group_id);
        if (!group?.space.teamsTeamId || !event.teamIds.includes(group.space.teamsTeamId)) continue;
        await joined(row, event.personId, group.guestExpiryDays);
      }
    },

    /** Slack member_joined_channel: the Slack user's email matched to the group's Slack invitations */
    async slackMemberJoined(event: { channelId: string; email: string; personId: string }): Promise<void> {
      for (const row of await invitations.slackByAddress(event.email.trim().toLowerCase())) {
        const group = await groups.getGroup(row.group_id);
        if (group?.space.slackChannelId !== event.channelId) continue;
        await joined(row, event.personId, group.guestExpiryDays);
      }
    },

    /**
     * Takes a member out of the group's space through the platform (Graph remove member, Slack
     * conversations.kick) and records it on their invitation; the group membership itself is the
     * caller's (GroupStore.removeMember).
     */
    async removeFromSpace(
      groupId: string,
      personId: string,
      options: {
        /** only someone who came in through an invitation (a manager's removal from the group) */
        onlyInvited?: boolean;
        /** false when the caller records the removal itself */
        track?: boolean;
      } = {},
    ): Promise<{ ok: boolean; code: string }> {
      const group = await groupOf(groupId);
      const row = await invitations.ofPerson(groupId, personId);
      if (!row && options.onlyInvited) return { ok: false, code: 'not_invited' };
      const platform: InvitationPlatform = row?.platform ?? (group.space.teamsTeamId ? 'teams' : 'slack');
      const port = deps.platforms[platform];
      if (!port) return { ok: false, code: 'platform_off' };
      // by immutable ids: the Entra object id, the Slack user id in the group's workspace
      const ids = await invitations.platformIds(personId);
      const space = await platformSpaceOf(deps.teamIds, group, platform);
      if (!space) return { ok: false, code: TEAM_UNKNOWN };
      const result = await port.remove(space, {
        invitedUserId: row?.invited_user_id ?? ids.aadObjectId,
        membershipId: row?.membership_id,
        platformUserId: group.space.slackTeamId ? ids.slack.get(group.space.slackTeamId) : undefined,
      });
      if (result.ok) {
        if (row) await invitations.settle(row.id, { status: 'removed' }, ['joined', 'invited']);
        if (options.track !== false)
          await events.track({
            type: 'group.removed',
            personId,
            platform,
            subjectType: 'group',
            subjectId: groupId,
            data: { code: result.code },
          });
      }
      return { ok: result.ok, code: result.code };
    },
  };

  async function joined(row: InvitationRow, personId: string, expiryDays: number): Promise<void> {
    const joinable = ['invited', 'sending', 'planned', 'failed'] as const;
    if (!(joinable as readonly string[]).includes(row.status)) {
      // joined, yet never a member: a process died between the two writes below (the order before
      // this one); a guest removed since stays out
      if (row.status !== 'joined' || (await groups.member(row.group_id, personId))) return;
    }
    const at = now();
    // the membership first (adding twice adds once): whoever reads the invitation as joined finds
    // the guest in the group, and a crash before the invitation is settled is mended by the next join
    await groups.addMember({
      groupId: row.group_id,
      personId,
      right: 'member',
      addedBy: row.created_by,
      joinedAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + expiryDays * 86_400_000).toISOString(),
    });
    const first = await invitations.settle(
      row.id,
      { status: 'joined', person_id: personId, joined_at: at.toISOString() },
      joinable,
    );
    if (!first) return;
    await events.track({
      type: 'group.joined',
      personId,
      platform: row.platform,
      subjectType: 'group',
      subjectId: row.group_id,
      data: { invitationId: row.id },
    });
  }
}

export type GroupInvitationsService = ReturnType<typeof createInvitationsService>;
