/**
 * The groups store over SQL (SQLite and PostgreSQL): groups, their members and rights, the
 * charter's versions and acceptances. Rules that must hold whatever runs at once are enforced
 * here: a group never loses its last manager (the group row is locked on PostgreSQL, one
 * statement on SQLite), a charter version number is taken once, an acceptance is recorded once.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type UpdateQueryBuilder, type UpdateResult } from 'kysely';
import { AppError, isAppError } from '../errors/errors.js';
import type { Store } from '../store/store.js';
import type {
  CharterAcceptance,
  Group,
  GroupCharter,
  GroupMember,
  GroupPatch,
  GroupRight,
  NewGroup,
  RemovalReason,
} from './group-model.js';
import { charterHash, normalizeDomains, toAcceptance, toCharter, toGroup, toMember } from './group-rows.js';
import { type GroupDb, groupDb } from './group-tables.js';

/** A member with what the directory says about the person (a guest is a member whose person is a guest). */
export interface GroupMemberView extends GroupMember {
  displayName: string;
  email: string | null;
  personKind: 'member' | 'guest';
  locale: string | null;
}

export interface GroupMembership {
  group: Group;
  member: GroupMember;
}

export const groupNotFound = (): AppError =>
  new AppError('not_found', 'no such group', undefined, { key: 'groups.error.not_found' });
export const memberNotFound = (): AppError =>
  new AppError('not_found', 'not a member of the group', undefined, { key: 'groups.error.member_not_found' });
export const lastManager = (): AppError =>
  new AppError('conflict', 'a group keeps at least one manager', undefined, {
    key: 'groups.error.last_manager',
  });

type GroupDatabase = GroupDb extends Kysely<infer D> ? D : never;
type MemberUpdate = UpdateQueryBuilder<GroupDatabase, 'group_members', 'group_members', UpdateResult>;

export class GroupStore {
  readonly db: GroupDb;

  constructor(
    readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.db = groupDb(store);
  }

  private at(): string {
    return this.now().toISOString();
  }

  // ---- groups ----

  async createGroup(input: NewGroup): Promise<Group> {
    const id = input.id ?? randomUUID();
    await this.db
      .insertInto('groups')
      .values({
        id,
        name_fr: input.nameFr ?? null,
        name_en: input.nameEn ?? null,
        description_fr: input.descriptionFr ?? null,
        description_en: input.descriptionEn ?? null,
        kind: input.kind,
        teams_tenant_id: input.space?.teamsTenantId ?? null,
        teams_team_id: input.space?.teamsTeamId ?? null,
        teams_channel_id: input.space?.teamsChannelId ?? null,
        slack_team_id: input.space?.slackTeamId ?? null,
        slack_channel_id: input.space?.slackChannelId ?? null,
        allowed_domains: JSON.stringify(normalizeDomains(input.allowedDomains)),
        blocked_domains: JSON.stringify(normalizeDomains(input.blockedDomains)),
        guest_expiry_days: input.guestExpiryDays ?? 180,
        review_period_days: input.reviewPeriodDays ?? 90,
        charter_deadline_days: input.charterDeadlineDays ?? 14,
        created_by: input.createdBy ?? null,
        created_at: this.at(),
      })
      .execute();
    return (await this.getGroup(id))!;
  }

  async getGroup(id: string): Promise<Group | undefined> {
    const row = await this.db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toGroup(row) : undefined;
  }

  /** Changes the given fields only; undefined when there is no such group. */
  async updateGroup(id: string, patch: GroupPatch): Promise<Group | undefined> {
    const set: Record<string, string | number | null> = {};
    const copy = (column: string, value: string | number | null | undefined) => {
      if (value !== undefined) set[column] = value;
    };
    copy('name_fr', patch.nameFr);
    copy('name_en', patch.nameEn);
    copy('description_fr', patch.descriptionFr);
    copy('description_en', patch.descriptionEn);
    copy('kind', patch.kind);
    copy('teams_tenant_id', patch.space?.teamsTenantId);
    copy('teams_team_id', patch.space?.teamsTeamId);
    copy('teams_channel_id', patch.space?.teamsChannelId);
    copy('slack_team_id', patch.space?.slackTeamId);
    copy('slack_channel_id', patch.space?.slackChannelId);
    if (patch.allowedDomains) set.allowed_domains = JSON.stringify(normalizeDomains(patch.allowedDomains));
    if (patch.blockedDomains) set.blocked_domains = JSON.stringify(normalizeDomains(patch.blockedDomains));
    copy('guest_expiry_days', patch.guestExpiryDays);
    copy('review_period_days', patch.reviewPeriodDays);
    copy('charter_deadline_days', patch.charterDeadlineDays);
    copy('archived_at', patch.archivedAt);
    if (Object.keys(set).length > 0) {
      await this.db.updateTable('groups').set(set).where('id', '=', id).execute();
    }
    return this.getGroup(id);
  }

  /** Every group, archived ones last when asked for; ordered by creation then id. */
  async listGroups(options: { includeArchived?: boolean } = {}): Promise<Group[]> {
    const rows = await this.db
      .selectFrom('groups')
      .selectAll()
      .$if(!options.includeArchived, (q) => q.where('archived_at', 'is', null))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toGroup);
  }

  /** The groups a person is currently in (not removed, group not archived), with their membership. */
  async groupsOf(personId: string): Promise<GroupMembership[]> {
    const rows = await this.db
      .selectFrom('group_members')
      .innerJoin('groups', 'groups.id', 'group_members.group_id')
      .selectAll('groups')
      .select([
        'group_members.person_id',
        'group_members.right',
        'group_members.added_by',
        'group_members.added_at',
        'group_members.joined_at',
        'group_members.expires_at',
        'group_members.last_active_at',
        'group_members.removed_at',
        'group_members.removed_reason',
      ])
      .where('group_members.person_id', '=', personId)
      .where('group_members.removed_at', 'is', null)
      .where('groups.archived_at', 'is', null)
      .orderBy('groups.created_at')
      .orderBy('groups.id')
      .execute();
    return rows.map((r) => ({ group: toGroup(r), member: toMember({ ...r, group_id: r.id }) }));
  }

  /** The ids of the groups a person is currently in: what isolation and audiences read. */
  async groupIdsOf(personId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('group_members')
      .innerJoin('groups', 'groups.id', 'group_members.group_id')
      .select('group_members.group_id')
      .where('group_members.person_id', '=', personId)
      .where('group_members.removed_at', 'is', null)
      .where('groups.archived_at', 'is', null)
      .execute();
    return rows.map((r) => r.group_id);
  }

  // ---- members ----

  /**
   * Adds a person with a right; a removed member comes back (removal cleared, right set).
   * `added` is false when the person was already in the group (nothing changed).
   */
  async addMember(input: {
    groupId: string;
    personId: string;
    right?: GroupRight;
    addedBy?: string | null;
    expiresAt?: string | null;
    joinedAt?: string | null;
  }): Promise<{ member: GroupMember; added: boolean }> {
    const existing = await this.member(input.groupId, input.personId);
    if (existing && existing.removedAt === null) return { member: existing, added: false };
    const values = {
      right: input.right ?? 'member',
      added_by: input.addedBy ?? null,
      added_at: this.at(),
      joined_at: input.joinedAt ?? null,
      expires_at: input.expiresAt ?? null,
      removed_at: null,
      removed_reason: null,
    };
    const result = await this.db
      .insertInto('group_members')
      .values({ group_id: input.groupId, person_id: input.personId, ...values })
      // two adds at once: one inserts; a removed member is re-added only while still removed
      .onConflict((oc) =>
        oc
          .columns(['group_id', 'person_id'])
          .doUpdateSet(values)
          .where('group_members.removed_at', 'is not', null),
      )
      .executeTakeFirst();
    const member = (await this.member(input.groupId, input.personId))!;
    return { member, added: Number(result.numInsertedOrUpdatedRows ?? 0) > 0 };
  }

  async member(groupId: string, personId: string): Promise<GroupMember | undefined> {
    const row = await this.db
      .selectFrom('group_members')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return row ? toMember(row) : undefined;
  }

  /** The person's right in the group, undefined when not (or no longer) a member. */
  async rightOf(groupId: string, personId: string): Promise<GroupRight | undefined> {
    const m = await this.member(groupId, personId);
    return m && m.removedAt === null ? m.right : undefined;
  }

  async isManager(groupId: string, personId: string): Promise<boolean> {
    return (await this.rightOf(groupId, personId)) === 'manager';
  }

  /** Changes a current member's right; demoting the last manager is refused (409). */
  async setRight(groupId: string, personId: string, right: GroupRight): Promise<GroupMember> {
    await this.keepingAManager(groupId, personId, right === 'manager', (trx) =>
      trx
        .updateTable('group_members')
        .set({ right })
        .where('group_id', '=', groupId)
        .where('person_id', '=', personId)
        .where('removed_at', 'is', null),
    );
    return (await this.member(groupId, personId))!;
  }

  /**
   * Removes a current member (the row stays, with when and why); removing the last manager is
   * refused (409). False when the person was not in the group any more.
   */
  async removeMember(
    groupId: string,
    personId: string,
    reason: RemovalReason = 'manager',
    at: string = this.at(),
  ): Promise<boolean> {
    const existing = await this.member(groupId, personId);
    if (!existing || existing.removedAt !== null) return false;
    try {
      return await this.keepingAManager(groupId, personId, false, (trx) =>
        trx
          .updateTable('group_members')
          .set({ removed_at: at, removed_reason: reason.slice(0, 200) })
          .where('group_id', '=', groupId)
          .where('person_id', '=', personId)
          .where('removed_at', 'is', null),
      );
    } catch (error) {
      // removed by someone else meanwhile: nothing more to do
      if (isAppError(error) && error.code === 'not_found') return false;
      throw error;
    }
  }

  /**
   * Runs an update of one current member's row unless it would leave the group without a
   * manager. The guard is part of the update itself, so on SQLite one statement decides; on
   * PostgreSQL the group row is locked first so two managers demoting each other at once run one
   * after the other (each update alone would see the other manager still there).
   */
  private async keepingAManager(
    groupId: string,
    personId: string,
    staysManager: boolean,
    update: (trx: GroupDb) => MemberUpdate,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      if (this.store.dialect === 'postgres') {
        await trx.selectFrom('groups').select('id').where('id', '=', groupId).forUpdate().execute();
      }
      const guarded = staysManager
        ? update(trx)
        : update(trx).where((eb) =>
            eb.or([
              eb('right', '<>', 'manager'),
              eb(
                eb
                  .selectFrom('group_members as others')
                  .select((o) => o.fn.countAll<number>().as('n'))
                  .where('others.group_id', '=', groupId)
                  .where('others.right', '=', 'manager')
                  .where('others.removed_at', 'is', null),
                '>',
                1,
              ),
            ]),
          );
      const result = await guarded.executeTakeFirst();
      if (Number(result.numUpdatedRows) > 0) return true;
      const current = await trx
        .selectFrom('group_members')
        .select('removed_at')
        .where('group_id', '=', groupId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      if (!current || current.removed_at !== null) throw memberNotFound();
      throw lastManager();
    });
  }

  /** Current members (or every row with `includeRemoved`), with the person's name and kind. */
  async membersOf(groupId: string, options: { includeRemoved?: boolean } = {}): Promise<GroupMemberView[]> {
    const rows = await this.db
      .selectFrom('group_members')
      .leftJoin('people', 'people.id', 'group_members.person_id')
      .selectAll('group_members')
      .select(['people.display_name', 'people.email', 'people.kind', 'people.locale'])
      .where('group_members.group_id', '=', groupId)
      .$if(!options.includeRemoved, (q) => q.where('group_members.removed_at', 'is', null))
      .orderBy('people.display_name')
      .orderBy('group_members.person_id')
      .execute();
    return rows.map((r) => ({
      ...toMember(r),
      displayName: r.display_name ?? r.person_id,
      email: r.email ?? null,
      // a member row whose person is unknown is treated as a guest: never more reach than known
      personKind: r.kind === 'member' ? 'member' : 'guest',
      locale: r.locale ?? null,
    }));
  }

  /** Records the first time a member was seen in the space or wrote to the bot (kept once set). */
  async markJoined(groupId: string, personId: string, at: string = this.at()): Promise<void> {
    await this.db
      .updateTable('group_members')
      .set({ joined_at: at })
      .where('group_id', '=', groupId)
      .where('person_id', '=', personId)
      .where('joined_at', 'is', null)
      .execute();
  }

  async markActive(groupId: string, personId: string, at: string = this.at()): Promise<void> {
    await this.db
      .updateTable('group_members')
      .set({ last_active_at: at })
      .where('group_id', '=', groupId)
      .where('person_id', '=', personId)
      .where((eb) => eb.or([eb('last_active_at', 'is', null), eb('last_active_at', '<', at)]))
      .execute();
  }

  async setExpiry(groupId: string, personId: string, expiresAt: string | null): Promise<void> {
    await this.db
      .updateTable('group_members')
      .set({ expires_at: expiresAt })
      .where('group_id', '=', groupId)
      .where('person_id', '=', personId)
      .execute();
  }

  // ---- charter ----

  /** Adds the next version of the group's charter (1, 2…); two at once get distinct numbers. */
  async addCharterVersion(
    groupId: string,
    input: { textFr?: string | null; textEn?: string | null; createdBy?: string | null },
  ): Promise<GroupCharter> {
    const textFr = input.textFr ?? null;
    const textEn = input.textEn ?? null;
    const hash = charterHash(textFr, textEn);
    for (let attempt = 0; ; attempt++) {
      const latest = await this.latestCharter(groupId);
      const version = (latest?.version ?? 0) + 1;
      const result = await this.db
        .insertInto('group_charters')
        .values({
          group_id: groupId,
          version,
          text_fr: textFr,
          text_en: textEn,
          hash,
          created_by: input.createdBy ?? null,
          created_at: this.at(),
        })
        .onConflict((oc) => oc.columns(['group_id', 'version']).doNothing())
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) return (await this.charter(groupId, version))!;
      if (attempt >= 20) throw new AppError('conflict', 'charter version taken again and again');
    }
  }

  async charter(groupId: string, version: number): Promise<GroupCharter | undefined> {
    const row = await this.db
      .selectFrom('group_charters')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('version', '=', version)
      .executeTakeFirst();
    return row ? toCharter(row) : undefined;
  }

  async latestCharter(groupId: string): Promise<GroupCharter | undefined> {
    const row = await this.db
      .selectFrom('group_charters')
      .selectAll()
      .where('group_id', '=', groupId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? toCharter(row) : undefined;
  }

  /** Every version, newest first. */
  async charters(groupId: string): Promise<GroupCharter[]> {
    const rows = await this.db
      .selectFrom('group_charters')
      .selectAll()
      .where('group_id', '=', groupId)
      .orderBy('version', 'desc')
      .execute();
    return rows.map(toCharter);
  }

  /**
   * Records that a person accepted a version (with that version's hash); accepting twice keeps
   * the first record. Not found when the version does not exist.
   */
  async acceptCharter(
    groupId: string,
    personId: string,
    version: number,
    platform: string | null = null,
  ): Promise<CharterAcceptance> {
    const charter = await this.charter(groupId, version);
    if (!charter) {
      throw new AppError('not_found', 'no such charter version', undefined, {
        key: 'groups.error.charter_not_found',
      });
    }
    await this.db
      .insertInto('group_charter_acceptances')
      .values({
        group_id: groupId,
        person_id: personId,
        version,
        hash: charter.hash,
        accepted_at: this.at(),
        platform,
      })
      .onConflict((oc) => oc.columns(['group_id', 'person_id', 'version']).doNothing())
      .execute();
    const row = await this.db
      .selectFrom('group_charter_acceptances')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('person_id', '=', personId)
      .where('version', '=', version)
      .executeTakeFirstOrThrow();
    return toAcceptance(row);
  }

  /** The highest version the person accepted, undefined when none. */
  async acceptedVersion(groupId: string, personId: string): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('group_charter_acceptances')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('group_id', '=', groupId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return row?.v === null || row?.v === undefined ? undefined : Number(row.v);
  }

  /** The latest version each person accepted, for the statuses of a whole group in one query. */
  async acceptedVersions(groupId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('group_charter_acceptances')
      .select(['person_id', (eb) => eb.fn.max('version').as('v')])
      .where('group_id', '=', groupId)
      .groupBy('person_id')
      .execute();
    return new Map(rows.map((r) => [r.person_id, Number(r.v)]));
  }

  /** How many current members accepted each version: the console's acceptance rate. */
  async acceptanceCounts(groupId: string): Promise<Map<number, number>> {
    const rows = await this.db
      .selectFrom('group_charter_acceptances as a')
      .innerJoin('group_members as m', (j) =>
        j.onRef('m.group_id', '=', 'a.group_id').onRef('m.person_id', '=', 'a.person_id'),
      )
      .select(['a.version', sql<number>`count(*)`.as('n')])
      .where('a.group_id', '=', groupId)
      .where('m.removed_at', 'is', null)
      .groupBy('a.version')
      .execute();
    return new Map(rows.map((r) => [Number(r.version), Number(r.n)]));
  }
}
