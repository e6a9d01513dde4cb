/** PeopleService over the SQL store. */
import { sql } from 'kysely';
import type { EventLog } from '../events/event-log.js';
import { toLocale } from '../i18n/i18n.js';
import type { PlatformIdentity, PlatformName } from '../messaging/messenger.js';
import { compiledStatement } from '../store/compiled-statement.js';
import type { Database, PersonRow, PersonUpdate } from '../store/schema.js';
import { nowIso, type Store } from '../store/store.js';
import {
  attachFirstContact,
  emailLinkable,
  type IdentityKey,
  moveIdentity,
  personIdByDirectoryId,
} from './identity-links.js';
import { knownPersonCache } from './known-person-cache.js';
import { createLearnedMemo } from './learned-memo.js';
import type { PeopleService } from './people-service.js';
import type { Person, PlatformProfile, Role } from './person.js';
import { kindFromPlatform, withSearchText } from './person-row.js';
import { containsPattern, LIKE_ESCAPE } from './search-text.js';

/**
 * Directory (Entra ID) accounts met through tab sign-in: an identity no message can be sent to,
 * so it is kept out of Person.identities. Every other platform is a chat platform.
 */
const directoryPlatform = 'directory';

export const normaliseEmail = (email: string | null | undefined): string | null => {
  const value = email?.trim().toLowerCase();
  return value && /^[^\s@]+@[^\s@]+$/.test(value) ? value : null;
};

/**
 * The email a platform profile may link by, or null. Email is the key that joins a person's
 * accounts, so it is taken only from a platform's own profile of someone it does not mark as a
 * guest: Slack's users.info of a member of an allowed workspace, the Teams connector's member of
 * the conversation's (allowed) tenant. A guest, an account of another tenant (the Teams lookup
 * calls it a guest) or someone the platform could not vouch for ('unknown') keeps their email to
 * themselves: it would otherwise link them to, or later let the import merge them into, the
 * member who owns that address. Sign-in tokens never come here (signIn links by object id only).
 */
export const trustedEmail = (profile: PlatformProfile): string | null =>
  profile.kind === 'guest' || profile.kind === 'unknown' ? null : normaliseEmail(profile.email);

/** One row of hydrate()'s statement: a role grant when `role` is set, else an identity. */
interface IdentityOrGrant {
  person_id: string;
  platform: string | null;
  tenant_id: string | null;
  user_id: string | null;
  aad_object_id: string | null;
  role: string | null;
  scope: string | null;
}

/** A people row reached through one identity, with that identity's object id. */
type IdentifiedRow = PersonRow & { identity_aad: string | null };

/** PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY. */
const isUniqueViolation = (error: unknown): boolean => {
  const code = (error as { code?: unknown })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
};

/** Person objects from their rows and the identities and role grants read with them. */
function assemble(rows: readonly PersonRow[], both: readonly IdentityOrGrant[]): Person[] {
  const grants = both.flatMap((r) =>
    r.role === null ? [] : [{ person_id: r.person_id, role: r.role, scope: r.scope ?? '' }],
  );
  const identities = both.flatMap((r) =>
    r.role !== null || r.platform === null || r.tenant_id === null || r.user_id === null
      ? []
      : [{ ...r, platform: r.platform, tenant_id: r.tenant_id, user_id: r.user_id }],
  );
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    department: row.department,
    site: row.site,
    managerId: row.manager_id,
    startDate: row.start_date,
    locale: toLocale(row.locale) ?? null,
    timeZone: row.time_zone,
    kind: row.kind,
    active: row.active === 1,
    roles: grants
      .filter((g) => g.person_id === row.id)
      .map((g) => ({ role: g.role as Role, scope: g.scope })),
    identities: identities
      .filter((i) => i.person_id === row.id && i.platform !== directoryPlatform)
      .map((i) => ({
        platform: i.platform as PlatformName,
        tenantId: i.tenant_id,
        userId: i.user_id,
        ...(i.aad_object_id ? { aadObjectId: i.aad_object_id } : {}),
      })),
  }));
}

/**
 * (platform, tenant id, user id): the person of that identity, once per identity of theirs and
 * once per role grant, each row carrying the person's columns; compiled once (a click's read).
 */
const knownPersonStatement = compiledStatement<Database, PersonRow & IdentityOrGrant>(
  3,
  (db, platform, tenantId, userId) => {
    const me = sql`me.platform = ${platform} and me.tenant_id = ${tenantId} and me.user_id = ${userId}`;
    const query = sql<PersonRow & IdentityOrGrant>`
      select p.*, i.person_id, i.platform, i.tenant_id, i.user_id, i.aad_object_id,
             null as role, null as scope
        from identities me
        join people p on p.id = me.person_id
        join identities i on i.person_id = p.id
       where ${me}
      union all
      select p.*, r.person_id, null, null, null, null, r.role, r.scope
        from identities me
        join people p on p.id = me.person_id
        join roles r on r.person_id = p.id
       where ${me}`;
    return { compile: () => query.compile(db) };
  },
);

export function createPeopleService(store: Store, events: EventLog): PeopleService {
  const { db } = store;
  const learned = createLearnedMemo();
  /** a known voter's person while the people tables are unchanged (SQLite; known-person-cache.ts) */
  const keptPeople = knownPersonCache(store.peopleVersion);

  /**
   * Ordered by the normalised name, compared byte by byte: 'Élodie' sorts with 'Elodie', and
   * PostgreSQL's locale collation cannot order pages differently from SQLite.
   */
  const byteOrder = (column: 'search_text') =>
    store.dialect === 'postgres'
      ? sql`${sql.ref(column)} collate "C"`
      : sql`${sql.ref(column)} collate binary`;

  async function hydrate(rows: PersonRow[]): Promise<Person[]> {
    if (rows.length === 0) return [];
    const ids = sql.join(rows.map((r) => r.id));
    // identities and roles in one statement: a row is a role when `role` is set, else an identity
    const { rows: both } = await sql<IdentityOrGrant>`
      select person_id, platform, tenant_id, user_id, aad_object_id, null as role, null as scope
        from identities where person_id in (${ids})
      union all
      select person_id, null, null, null, null, role, scope
        from roles where person_id in (${ids})`.execute(db);
    return assemble(rows, both);
  }

  /**
   * A person reached through one identity, with all their identities and roles, in one
   * statement (every click of a known voter reads its person): rowByIdentity then hydrate
   * made two.
   */
  async function personByIdentity(identity: IdentityKey): Promise<Person | undefined> {
    const key = `${identity.platform}\u0000${identity.tenantId}\u0000${identity.userId}`;
    return keptPeople.lookup(key, async () => {
      const { rows } = await knownPersonStatement.run(db, [
        identity.platform,
        identity.tenantId,
        identity.userId,
      ]);
      if (rows.length === 0) return undefined;
      return assemble([rows[0]], rows)[0];
    });
  }

  async function get(id: string): Promise<Person | undefined> {
    const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? (await hydrate([row]))[0] : undefined;
  }

  async function rowByIdentity(identity: IdentityKey): Promise<IdentifiedRow | undefined> {
    return db
      .selectFrom('identities')
      .innerJoin('people', 'people.id', 'identities.person_id')
      .selectAll('people')
      .select('identities.aad_object_id as identity_aad')
      .where('identities.platform', '=', identity.platform)
      .where('identities.tenant_id', '=', identity.tenantId)
      .where('identities.user_id', '=', identity.userId)
      .executeTakeFirst();
  }

  async function findByIdentity(identity: IdentityKey) {
    return personByIdentity(identity);
  }

  const rowByEmail = (email: string) =>
    db.selectFrom('people').selectAll().where('email', '=', email).executeTakeFirst();

  async function findByEmail(email: string) {
    const normalised = normaliseEmail(email);
    const row = normalised ? await rowByEmail(normalised) : undefined;
    return row ? (await hydrate([row]))[0] : undefined;
  }

  /**
   * Platform data fills gaps; the imported directory stays the source of truth. Whether it wrote
   * anything: the row read before is still the person's when it did not.
   */
  async function enrich(
    row: IdentifiedRow,
    identity: PlatformIdentity,
    profile: PlatformProfile,
    email: string | null,
  ): Promise<boolean> {
    const patch: PersonUpdate = {};
    // the caller made sure nobody else owns this email (or moved the identity to its owner)
    if (email && !row.email) patch.email = email;
    const name = profile.displayName?.trim();
    if (name && row.display_name !== name && !row.email) patch.display_name = name;
    if (profile.timeZone && !row.time_zone) patch.time_zone = profile.timeZone;
    // the chat client's language: what news, tours and reminders sent later are written in
    const locale = toLocale(profile.locale);
    if (locale && !row.locale) patch.locale = locale;
    Object.assign(patch, kindFromPlatform(row, profile.kind));
    const aadMissing = Boolean(identity.aadObjectId && !row.identity_aad);
    if (aadMissing) {
      await db
        .updateTable('identities')
        .set({ aad_object_id: identity.aadObjectId })
        .where('platform', '=', identity.platform)
        .where('tenant_id', '=', identity.tenantId)
        .where('user_id', '=', identity.userId)
        .execute();
    }
    if (Object.keys(patch).length === 0) return aadMissing;
    await db
      .updateTable('people')
      .set({ ...withSearchText(row, patch), updated_at: nowIso() })
      .where('id', '=', row.id)
      .execute();
    return true;
  }

  /** Stores what a platform or sign-in token says about a known person's kind (kindFromPlatform). */
  async function applyReportedKind(personId: string, reported: PlatformProfile['kind']): Promise<void> {
    if (!reported) return;
    const row = await db
      .selectFrom('people')
      .select(['kind', 'kind_source'])
      .where('id', '=', personId)
      .executeTakeFirst();
    const change = row && kindFromPlatform(row, reported);
    if (!change) return;
    await db
      .updateTable('people')
      .set({ ...change, updated_at: nowIso() })
      .where('id', '=', personId)
      .execute();
  }

  async function learnOnce(identity: PlatformIdentity, profile: PlatformProfile): Promise<Person> {
    let email = trustedEmail(profile);
    if (email && !(await emailLinkable(db, identity, email))) email = null;
    let row = await rowByIdentity(identity);
    if (!row) {
      await attachFirstContact(db, identity, {
        email,
        displayName: profile.displayName?.trim() || email || identity.userId,
        timeZone: profile.timeZone,
        kind: profile.kind,
      });
      row = await rowByIdentity(identity);
      if (!row) throw new Error(`identity ${identity.platform}/${identity.userId} was not attached`);
    }
    if (email && !row.email) {
      // This identity first came without an email; the email now says it is someone already
      // known (imported, or met on the other platform): move it there.
      const owner = await rowByEmail(email);
      if (owner && owner.id !== row.id) {
        const outcome = await moveIdentity(db, identity, row.id, owner.id);
        if (outcome.moved) {
          await events.track({
            type: 'people.linked',
            personId: owner.id,
            platform: identity.platform,
            subjectType: 'person',
            subjectId: owner.id,
            data: { from: row.id, orphanDeleted: outcome.orphanDeleted },
          });
        }
        row = await rowByIdentity(identity);
        if (!row) throw new Error(`identity ${identity.platform}/${identity.userId} vanished while linking`);
      }
    }
    const enriched = await enrich(row, identity, profile, email);
    return enriched ? (await findByIdentity(identity))! : (await hydrate([row]))[0];
  }

  /**
   * Someone this instance learned with this very profile: nothing to link or fill in, so only
   * the person is read (afresh: roles and row are never kept). Undefined when the identity is
   * gone from the memo or from the table.
   */
  async function learnedBefore(identity: PlatformIdentity, profile: PlatformProfile) {
    if (!learned.known(identity, profile)) return undefined;
    return personByIdentity(identity);
  }

  return {
    get,
    findByIdentity,
    findByEmail,

    async learn(identity, profile) {
      const known = await learnedBefore(identity, profile);
      if (known) return known;
      let person: Person;
      try {
        person = await learnOnce(identity, profile);
      } catch (error) {
        // a concurrent turn took the email between our read and our write: the second pass sees
        // its owner and links to them
        if (!isUniqueViolation(error)) throw error;
        person = await learnOnce(identity, profile);
      }
      learned.remember(identity, profile);
      return person;
    },

    async signIn(account) {
      // Linked by tenant + object id only, never by a token's email claim (preferred_username,
      // upn, email): another tenant, a guest or a reused UPN can carry anyone's address. The
      // person is the one the bot met under this object id, else a new person without an email
      // (which the bot links to its owner when the connector vouches for it). Remember the
      // directory account so the bot recognises this person by object id.
      const identity: IdentityKey = {
        platform: directoryPlatform,
        tenantId: account.tenantId,
        userId: account.aadObjectId,
        aadObjectId: account.aadObjectId,
      };
      let personId = await personIdByDirectoryId(db, account.tenantId, account.aadObjectId);
      if (!personId) {
        await attachFirstContact(db, identity, {
          email: null,
          displayName: account.displayName,
          kind: account.kind,
        });
        personId = (await rowByIdentity(identity))?.id;
        if (!personId) throw new Error(`directory account ${account.aadObjectId} was not attached`);
      }
      // someone already known by object id: the token's word on the kind, learn()'s rule
      await applyReportedKind(personId, account.kind);
      return (await get(personId))!;
    },

    async grant(personId: string, role: Role, scope = '') {
      await db
        .insertInto('roles')
        .values({ person_id: personId, role, scope })
        .onConflict((oc) => oc.columns(['person_id', 'role', 'scope']).doNothing())
        .execute();
    },

    async revoke(personId: string, role: Role, scope = '') {
      await db
        .deleteFrom('roles')
        .where('person_id', '=', personId)
        .where('role', '=', role)
        .where('scope', '=', scope)
        .execute();
    },

    async replaceRoles(personId, grants) {
      await db.transaction().execute(async (trx) => {
        if (store.dialect === 'postgres') {
          // two admins replacing the same person's roles at once: one after the other, never merged
          await trx.selectFrom('people').select('id').where('id', '=', personId).forUpdate().execute();
        }
        await trx.deleteFrom('roles').where('person_id', '=', personId).execute();
        for (const grant of grants) {
          await trx
            .insertInto('roles')
            .values({ person_id: personId, role: grant.role, scope: grant.scope })
            .onConflict((oc) => oc.columns(['person_id', 'role', 'scope']).doNothing())
            .execute();
        }
      });
    },

    async list(query) {
      let select = db.selectFrom('people');
      if (query.q) {
        const pattern = containsPattern(query.q);
        select = select.where(sql<boolean>`search_text like ${pattern} escape ${LIKE_ESCAPE}`);
      }
      if (query.department) select = select.where('department', '=', query.department);
      if (query.site) select = select.where('site', '=', query.site);
      if (query.kind) select = select.where('kind', '=', query.kind);
      const [{ total }] = await select.select((eb) => eb.fn.countAll<number>().as('total')).execute();
      const rows = await select
        .selectAll()
        .orderBy(byteOrder('search_text'))
        .orderBy('id')
        .limit(query.limit)
        .offset(query.offset)
        .execute();
      return { people: await hydrate(rows), total: Number(total) };
    },
  };
}
