/**
 * The groups service: what admins and group managers do, with the rules enforced here whatever
 * the path (REST, chat, console): admins create, edit and archive groups and see them all; a
 * manager runs their own groups (members, rights, charter); anyone else sees none. Every change
 * is an event `group.*` of the event log, which the audit log reads back.
 */
import { randomUUID } from 'node:crypto';
import { can, type Principal, principalPersonId } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import type { EventLog } from '../events/event-log.js';
import type { Logger } from '../logging/logger.js';
import type { PeopleService } from '../people/people-service.js';
import type { Person } from '../people/person.js';
import type { Group, GroupCharter, GroupRight } from './group-model.js';
import type { CharterInput, GroupInput, GroupPatchInput, MemberInput } from './group-schemas.js';
import { charterCurrent, type MemberStatus, memberStatus } from './group-status.js';
import { type GroupMemberView, type GroupStore, groupNotFound } from './group-store.js';
import type { GroupInvitationsService } from './invitations/invitations-service.js';

export interface GroupMemberLine extends GroupMemberView {
  status: MemberStatus;
  /** the latest charter version accepted, null when none */
  acceptedVersion: number | null;
  /** the current charter is accepted (or there is none) */
  charterAccepted: boolean;
}

export interface GroupListEntry {
  group: Group;
  myRight: GroupRight | null;
  members: number;
  guests: number;
}

export interface GroupPage {
  group: Group;
  canManage: boolean;
  members: GroupMemberLine[];
  charter: CharterSummary;
}

export interface CharterSummary {
  current: number | null;
  guests: number;
  /** guests who accepted the current version */
  accepted: number;
  /** accepted / guests, 0 when no guest; null when no charter */
  rate: number | null;
  versions: (GroupCharter & { acceptedBy: number })[];
}

export interface GroupService {
  store: GroupStore;
  /** invitations on the platforms, waves, joining and removal from the space (invitations/) */
  invitations: GroupInvitationsService;
  create(principal: Principal, input: GroupInput): Promise<Group>;
  update(principal: Principal, id: string, patch: GroupPatchInput): Promise<Group>;
  archive(principal: Principal, id: string): Promise<Group>;
  list(principal: Principal): Promise<GroupListEntry[]>;
  page(principal: Principal, id: string): Promise<GroupPage>;
  addMember(principal: Principal, id: string, input: MemberInput): Promise<GroupMemberLine>;
  setRight(principal: Principal, id: string, personId: string, right: GroupRight): Promise<GroupMemberLine>;
  removeMember(principal: Principal, id: string, personId: string): Promise<void>;
  addCharter(principal: Principal, id: string, input: CharterInput): Promise<GroupCharter>;
  charter(principal: Principal, id: string): Promise<CharterSummary>;
  /** whether the principal may manage the group (admins, its managers); not_found when there is none */
  mayManage(principal: Principal, id: string): Promise<boolean>;
  /**
   * Told of each new charter version once it is stored (the guests' part asks the group's guests
   * to accept it again); a listener failing never fails the new version.
   */
  onCharterVersioned(listener: (groupId: string, version: number) => Promise<void>): void;
}

export interface GroupServiceDeps {
  store: GroupStore;
  invitations: GroupInvitationsService;
  people: PeopleService;
  events: EventLog;
  logger?: Pick<Logger, 'error'>;
  now?: () => Date;
}

export const GROUP_SUBJECT = 'group';

const DAY_MS = 24 * 60 * 60 * 1000;

export function createGroupService(deps: GroupServiceDeps): GroupService {
  const { store, people, events } = deps;
  const now = deps.now ?? (() => new Date());

  const track = (principal: Principal, type: string, groupId: string, data: Record<string, unknown> = {}) =>
    events.track({
      type: `group.${type}`,
      personId: principalPersonId(principal),
      subjectType: GROUP_SUBJECT,
      subjectId: groupId,
      data,
    });

  const requireAdmin = (principal: Principal) => {
    if (!can(principal, 'admin')) {
      throw new AppError('forbidden', 'requires the admin role', undefined, {
        key: 'groups.error.not_manager',
      });
    }
  };

  const mustGet = async (id: string): Promise<Group> => {
    const group = await store.getGroup(id);
    if (!group) throw groupNotFound();
    return group;
  };

  /** admins, and the group's managers; a non-member cannot learn that the group exists */
  const requireManager = async (principal: Principal, id: string): Promise<Group> => {
    const group = await mustGet(id);
    if (can(principal, 'admin')) return group;
    const right = principal.kind === 'person' ? await store.rightOf(id, principal.person.id) : undefined;
    if (right === 'manager' && principal.kind === 'person' && principal.person.active) return group;
    if (right)
      throw new AppError('forbidden', 'only managers manage the group', undefined, {
        key: 'groups.error.not_manager',
      });
    throw groupNotFound();
  };

  const requireOpen = (group: Group) => {
    if (group.archivedAt)
      throw new AppError('conflict', 'the group is archived', undefined, { key: 'groups.error.archived' });
  };

  const findPerson = async (ref: string): Promise<Person> => {
    const person = ref.includes('@') ? await people.findByEmail(ref.toLowerCase()) : await people.get(ref);
    if (!person?.active) {
      throw new AppError(
        'bad_request',
        `no active person ${ref}`,
        [{ field: 'person', message: 'unknown person' }],
        {
          key: 'groups.error.person_unknown',
          params: { name: ref },
        },
      );
    }
    return person;
  };

  const lines = async (group: Group, includeRemoved: boolean): Promise<GroupMemberLine[]> => {
    const [members, latest, accepted] = await Promise.all([
      store.membersOf(group.id, { includeRemoved }),
      store.latestCharter(group.id),
      store.acceptedVersions(group.id),
    ]);
    const at = now().toISOString();
    return members.map((m) => {
      const facts = {
        personKind: m.personKind,
        charterVersion: latest?.version,
        acceptedVersion: accepted.get(m.personId),
        now: at,
      };
      return {
        ...m,
        status: memberStatus(m, facts),
        acceptedVersion: accepted.get(m.personId) ?? null,
        charterAccepted: charterCurrent(facts),
      };
    });
  };

  const lineOf = async (group: Group, personId: string): Promise<GroupMemberLine> => {
    const line = (await lines(group, true)).find((l) => l.personId === personId);
    if (!line)
      throw new AppError('not_found', 'not a member', undefined, { key: 'groups.error.member_not_found' });
    return line;
  };

  const charterSummary = async (group: Group): Promise<CharterSummary> => {
    const [versions, counts, members, accepted] = await Promise.all([
      store.charters(group.id),
      store.acceptanceCounts(group.id),
      store.membersOf(group.id),
      store.acceptedVersions(group.id),
    ]);
    const current = versions[0]?.version ?? null;
    const guests = members.filter((m) => m.personKind === 'guest');
    const acceptedCurrent =
      current === null ? 0 : guests.filter((g) => (accepted.get(g.personId) ?? 0) >= current).length;
    return {
      current,
      guests: guests.length,
      accepted: acceptedCurrent,
      rate: current === null ? null : guests.length === 0 ? 0 : acceptedCurrent / guests.length,
      versions: versions.map((v) => ({ ...v, acceptedBy: counts.get(v.version) ?? 0 })),
    };
  };

  const charterListeners: ((groupId: string, version: number) => Promise<void>)[] = [];

  return {
    store,
    invitations: deps.invitations,
    onCharterVersioned(listener) {
      charterListeners.push(listener);
    },

    async create(principal, input) {
      requireAdmin(principal);
      const managers = await Promise.all(input.managers.map(findPerson));
      const group = await store.createGroup({
        id: randomUUID(),
        ...input,
        space: input.space ?? {},
        createdBy: principalPersonId(principal),
      });
      await track(principal, 'created', group.id, { kind: group.kind });
      for (const manager of managers) {
        await store.addMember({
          groupId: group.id,
          personId: manager.id,
          right: 'manager',
          addedBy: principalPersonId(principal),
        });
        await track(principal, 'member_added', group.id, { personId: manager.id, right: 'manager' });
      }
      return group;
    },

    async update(principal, id, patch) {
      requireAdmin(principal);
      requireOpen(await mustGet(id));
      const group = (await store.updateGroup(id, patch))!;
      await track(principal, 'updated', id, { fields: Object.keys(patch) });
      return group;
    },

    async archive(principal, id) {
      requireAdmin(principal);
      const group = await mustGet(id);
      if (group.archivedAt) return group;
      const archived = (await store.updateGroup(id, { archivedAt: now().toISOString() }))!;
      await track(principal, 'archived', id);
      return archived;
    },

    async list(principal) {
      const admin = can(principal, 'admin');
      const mine = principal.kind === 'person' ? await store.groupsOf(principal.person.id) : [];
      const rights = new Map(mine.map((m) => [m.group.id, m.member.right]));
      const groups = admin
        ? await store.listGroups({ includeArchived: true })
        : mine.filter((m) => m.member.right === 'manager').map((m) => m.group);
      return Promise.all(
        groups.map(async (group) => {
          const members = await store.membersOf(group.id);
          const guests = members.filter((m) => m.personKind === 'guest').length;
          return { group, myRight: rights.get(group.id) ?? null, members: members.length - guests, guests };
        }),
      );
    },

    async page(principal, id) {
      const group = await requireManager(principal, id);
      return {
        group,
        canManage: true,
        members: await lines(group, true),
        charter: await charterSummary(group),
      };
    },

    async addMember(principal, id, input) {
      const group = await requireManager(principal, id);
      requireOpen(group);
      const person = await findPerson(input.person);
      // a guest's access ends after the group's expiry unless extended (reviews, shared/groups/reviews)
      const expiresAt =
        person.kind === 'guest'
          ? new Date(now().getTime() + group.guestExpiryDays * DAY_MS).toISOString()
          : null;
      const { added } = await store.addMember({
        groupId: id,
        personId: person.id,
        right: input.right,
        addedBy: principalPersonId(principal),
        expiresAt,
      });
      if (!added) {
        throw new AppError('conflict', 'already in the group', undefined, {
          key: 'groups.error.already_member',
          params: { name: person.displayName },
        });
      }
      await track(principal, 'member_added', id, {
        personId: person.id,
        right: input.right,
        kind: person.kind,
      });
      return lineOf(group, person.id);
    },

    async setRight(principal, id, personId, right) {
      const group = await requireManager(principal, id);
      requireOpen(group);
      const before = await store.rightOf(id, personId);
      await store.setRight(id, personId, right);
      if (before !== right)
        await track(principal, 'right_changed', id, { personId, from: before ?? null, to: right });
      return lineOf(group, personId);
    },

    async removeMember(principal, id, personId) {
      await requireManager(principal, id);
      if (!(await store.member(id, personId))) {
        throw new AppError('not_found', 'not a member', undefined, { key: 'groups.error.member_not_found' });
      }
      const reason = can(principal, 'admin') ? 'admin' : 'manager';
      if (await store.removeMember(id, personId, reason)) {
        await track(principal, 'removed', id, { personId, reason });
        // an invited guest leaves the group's space too (Graph remove member, Slack kick)
        try {
          await deps.invitations.removeFromSpace(id, personId, { onlyInvited: true, track: false });
        } catch {
          // the removal from the group stands; the invitation keeps its last state
        }
      }
    },

    async addCharter(principal, id, input) {
      const group = await requireManager(principal, id);
      requireOpen(group);
      const charter = await store.addCharterVersion(id, {
        textFr: input.textFr ?? null,
        textEn: input.textEn ?? null,
        createdBy: principalPersonId(principal),
      });
      await track(principal, 'charter_versioned', id, { version: charter.version, hash: charter.hash });
      for (const listener of charterListeners) {
        try {
          await listener(id, charter.version);
        } catch (error) {
          deps.logger?.error({ err: error, groupId: id }, 'charter version listener failed');
        }
      }
      return charter;
    },

    async charter(principal, id) {
      return charterSummary(await requireManager(principal, id));
    },

    async mayManage(principal, id) {
      try {
        await requireManager(principal, id);
        return true;
      } catch (error) {
        if (error instanceof AppError && error.code === 'forbidden') return false;
        throw error;
      }
    },
  };
}
