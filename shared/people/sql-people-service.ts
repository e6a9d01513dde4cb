/** PeopleService over the SQL store. */
import { randomUUID } from 'node:crypto';
import { toLocale } from '../i18n/i18n.js';
import type { PlatformIdentity, PlatformName } from '../messaging/messenger.js';
import type { PersonRow } from '../store/schema.js';
import { nowIso, type Store } from '../store/store.js';
import type { PeopleService } from './people-service.js';
import type { Person, Role } from './person.js';

/** Directory (Entra ID) accounts met through tab sign-in: an identity no message can be sent to. */
const directoryPlatform = 'directory';
const chatPlatforms: readonly string[] = ['teams', 'slack'] satisfies PlatformName[];

export const normaliseEmail = (email: string | null | undefined): string | null => {
  const value = email?.trim().toLowerCase();
  return value && /^[^\s@]+@[^\s@]+$/.test(value) ? value : null;
};

export function createPeopleService(store: Store): PeopleService {
  const { db } = store;

  async function hydrate(rows: PersonRow[]): Promise<Person[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [identities, grants] = await Promise.all([
      db.selectFrom('identities').selectAll().where('person_id', 'in', ids).execute(),
      db.selectFrom('roles').selectAll().where('person_id', 'in', ids).execute(),
    ]);
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
        .filter((i) => i.person_id === row.id && chatPlatforms.includes(i.platform))
        .map((i) => ({
          platform: i.platform as PlatformName,
          tenantId: i.tenant_id,
          userId: i.user_id,
          ...(i.aad_object_id ? { aadObjectId: i.aad_object_id } : {}),
        })),
    }));
  }

  async function get(id: string): Promise<Person | undefined> {
    const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? (await hydrate([row]))[0] : undefined;
  }

  async function findByIdentity(identity: Pick<PlatformIdentity, 'platform' | 'tenantId' | 'userId'>) {
    const row = await db
      .selectFrom('identities')
      .select('person_id')
      .where('platform', '=', identity.platform)
      .where('tenant_id', '=', identity.tenantId)
      .where('user_id', '=', identity.userId)
      .executeTakeFirst();
    return row ? get(row.person_id) : undefined;
  }

  async function findByEmail(email: string) {
    const normalised = normaliseEmail(email);
    if (!normalised) return undefined;
    const row = await db.selectFrom('people').selectAll().where('email', '=', normalised).executeTakeFirst();
    return row ? (await hydrate([row]))[0] : undefined;
  }

  async function personIdByAad(tenantId: string, aadObjectId: string): Promise<string | undefined> {
    const row = await db
      .selectFrom('identities')
      .select('person_id')
      .where('tenant_id', '=', tenantId)
      .where('aad_object_id', '=', aadObjectId)
      .executeTakeFirst();
    return row?.person_id;
  }

  async function create(values: {
    email: string | null;
    displayName: string;
    timeZone?: string;
  }): Promise<string> {
    const id = randomUUID();
    const now = nowIso();
    await db
      .insertInto('people')
      .values({
        id,
        email: values.email,
        display_name: values.displayName,
        department: null,
        site: null,
        manager_id: null,
        start_date: null,
        locale: null,
        time_zone: values.timeZone ?? null,
        kind: 'member',
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .execute();
    // a concurrent first contact with the same email won the insert: join that person
    return values.email ? ((await findByEmail(values.email))?.id ?? id) : id;
  }

  return {
    get,
    findByIdentity,
    findByEmail,

    async learn(identity, profile) {
      const email = normaliseEmail(profile.email);
      const now = nowIso();
      const known = await findByIdentity(identity);
      if (known) {
        // Platform data fills gaps; the imported directory stays the source of truth.
        const patch: Record<string, string> = {};
        if (email && !known.email && !(await findByEmail(email))) patch.email = email;
        if (profile.displayName && known.displayName !== profile.displayName && !known.email) {
          patch.display_name = profile.displayName;
        }
        if (profile.timeZone && !known.timeZone) patch.time_zone = profile.timeZone;
        if (identity.aadObjectId && !known.identities.some((i) => i.aadObjectId)) {
          await db
            .updateTable('identities')
            .set({ aad_object_id: identity.aadObjectId })
            .where('platform', '=', identity.platform)
            .where('tenant_id', '=', identity.tenantId)
            .where('user_id', '=', identity.userId)
            .execute();
        }
        if (Object.keys(patch).length === 0) return known;
        await db
          .updateTable('people')
          .set({ ...patch, updated_at: now })
          .where('id', '=', known.id)
          .execute();
        return (await get(known.id))!;
      }

      // Link to someone already known by their directory object id (tab sign-in) or email
      // (imported, or seen on the other platform), else create.
      let personId = identity.aadObjectId
        ? await personIdByAad(identity.tenantId, identity.aadObjectId)
        : undefined;
      personId ??= email ? (await findByEmail(email))?.id : undefined;
      personId ??= await create({
        email,
        displayName: profile.displayName?.trim() || email || identity.userId,
        timeZone: profile.timeZone,
      });
      await db
        .insertInto('identities')
        .values({
          person_id: personId,
          platform: identity.platform,
          tenant_id: identity.tenantId,
          user_id: identity.userId,
          aad_object_id: identity.aadObjectId ?? null,
          created_at: now,
        })
        .onConflict((oc) => oc.columns(['platform', 'tenant_id', 'user_id']).doNothing())
        .execute();
      return (await findByIdentity(identity))!;
    },

    async signIn(account) {
      const email = normaliseEmail(account.email);
      const known = await personIdByAad(account.tenantId, account.aadObjectId);
      if (known) return (await get(known))!;
      const id =
        (email ? (await findByEmail(email))?.id : undefined) ??
        (await create({ email, displayName: account.displayName }));
      // Remember the directory account so the bot recognises this person by object id even when
      // the platform does not tell their email.
      await db
        .insertInto('identities')
        .values({
          person_id: id,
          platform: directoryPlatform,
          tenant_id: account.tenantId,
          user_id: account.aadObjectId,
          aad_object_id: account.aadObjectId,
          created_at: nowIso(),
        })
        .onConflict((oc) => oc.columns(['platform', 'tenant_id', 'user_id']).doNothing())
        .execute();
      return (await get(id))!;
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
  };
}
