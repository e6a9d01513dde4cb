/**
 * Attaching platform identities to people, each step one transaction: a first contact creates the
 * person and the identity together, the identity's primary key deciding between concurrent first
 * contacts (Teams sends installationUpdate and conversationUpdate at once); and an identity that
 * first came without an email moves to the person its email later reveals, leaving no orphan.
 * Only a trusted email reaches these functions (see `trustedEmail` in sql-people-service): the
 * caller passes null for anything a sign-in token or a guest account claims.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import { nowIso } from '../store/store.js';
import { newPersonRow } from './person-row.js';

/** An identity row's key, for chat platforms and for directory accounts (tab sign-in) alike. */
export interface IdentityKey {
  platform: string;
  tenantId: string;
  userId: string;
  aadObjectId?: string;
}

/** What is known of someone met for the first time. */
export interface Newcomer {
  /** an email a trusted source vouches for (it may link to a known person), else null */
  email: string | null;
  displayName: string;
  timeZone?: string;
  /** 'unknown' (the platform could not be asked) makes a guest that the platform may promote */
  kind?: 'member' | 'guest' | 'unknown';
}

/** Thrown inside the transaction to roll back our person when another first contact won. */
class LostFirstContact extends Error {}

const changed = (result: { numInsertedOrUpdatedRows?: bigint } | undefined): boolean =>
  Number(result?.numInsertedOrUpdatedRows ?? 0n) > 0;

/**
 * Links `identity` to the person already known by its directory object id or email, else to a new
 * person. When a concurrent call attached the identity first, this one changes nothing.
 */
export async function attachFirstContact(
  db: Kysely<Database>,
  identity: IdentityKey,
  newcomer: Newcomer,
): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      const personId =
        (await knownPersonId(trx, identity, newcomer.email)) ?? (await insertPerson(trx, newcomer));
      const inserted = await trx
        .insertInto('identities')
        .values({
          person_id: personId,
          platform: identity.platform,
          tenant_id: identity.tenantId,
          user_id: identity.userId,
          aad_object_id: identity.aadObjectId ?? null,
          created_at: nowIso(),
        })
        .onConflict((oc) => oc.columns(['platform', 'tenant_id', 'user_id']).doNothing())
        .executeTakeFirst();
      if (!changed(inserted)) throw new LostFirstContact();
    });
  } catch (error) {
    // the winner's person and identity stand; the person we may have created is rolled back
    if (!(error instanceof LostFirstContact)) throw error;
  }
}

/** The person holding any identity (chat or directory) with this Entra object id in this tenant. */
export async function personIdByDirectoryId(
  db: Kysely<Database> | Transaction<Database>,
  tenantId: string,
  aadObjectId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('identities')
    .select('person_id')
    .where('tenant_id', '=', tenantId)
    .where('aad_object_id', '=', aadObjectId)
    .executeTakeFirst();
  return row?.person_id;
}

/**
 * Whether `email` may link `identity` to the person who owns that address: not when that person
 * already holds another account of the same platform and tenant, or another Entra object id in
 * the tenant. An address that moved to a new account (a UPN reused for a new hire, a Slack email
 * given to a new user) then names someone else, not the same person with a second account.
 */
export async function emailLinkable(
  db: Kysely<Database>,
  identity: IdentityKey,
  email: string,
): Promise<boolean> {
  const other = await db
    .selectFrom('identities')
    .innerJoin('people', 'people.id', 'identities.person_id')
    .select('identities.user_id')
    .where('people.email', '=', email)
    .where('identities.tenant_id', '=', identity.tenantId)
    .where((eb) => {
      const sameAccountKind = eb.and([
        eb('identities.platform', '=', identity.platform),
        eb('identities.user_id', '!=', identity.userId),
      ]);
      return identity.aadObjectId
        ? eb.or([
            sameAccountKind,
            eb.and([
              eb('identities.aad_object_id', 'is not', null),
              eb('identities.aad_object_id', '!=', identity.aadObjectId),
            ]),
          ])
        : sameAccountKind;
    })
    .executeTakeFirst();
  return other === undefined;
}

async function knownPersonId(
  trx: Transaction<Database>,
  identity: IdentityKey,
  email: string | null,
): Promise<string | undefined> {
  if (identity.aadObjectId) {
    const byAad = await personIdByDirectoryId(trx, identity.tenantId, identity.aadObjectId);
    if (byAad) return byAad;
  }
  if (!email) return undefined;
  return (await trx.selectFrom('people').select('id').where('email', '=', email).executeTakeFirst())?.id;
}

async function insertPerson(trx: Transaction<Database>, newcomer: Newcomer): Promise<string> {
  const row = newPersonRow({
    email: newcomer.email,
    display_name: newcomer.displayName,
    time_zone: newcomer.timeZone ?? null,
    // fail closed: someone the platform could not vouch for is a guest until it does
    kind: newcomer.kind === 'member' || newcomer.kind === undefined ? 'member' : 'guest',
    kind_source: newcomer.kind === 'guest' ? 'platform' : newcomer.kind === 'unknown' ? 'unknown' : null,
  });
  // PostgreSQL waits here for a concurrent transaction inserting the same email, then skips
  const inserted = await trx
    .insertInto('people')
    .values(row)
    .onConflict((oc) => oc.column('email').doNothing())
    .executeTakeFirst();
  if (changed(inserted)) return row.id;
  const winner = newcomer.email
    ? await trx.selectFrom('people').select('id').where('email', '=', newcomer.email).executeTakeFirst()
    : undefined;
  if (!winner) throw new Error(`person with email ${newcomer.email} neither inserted nor found`);
  return winner.id;
}

export interface MoveOutcome {
  moved: boolean;
  /** the person left behind had nothing else (no other identity, no role) and was deleted */
  orphanDeleted: boolean;
}

/**
 * Moves `identity` and its conversations from person `fromId` to `toId`, with the directory
 * account of the same Entra object id (a tab sign-in made before the bot met them): one object id
 * is one account, and a sign-in must not find two people by it. The person left behind is deleted
 * when nothing else is theirs; their events then follow the identity, since that identity was all
 * they were.
 */
export async function moveIdentity(
  db: Kysely<Database>,
  identity: IdentityKey,
  fromId: string,
  toId: string,
): Promise<MoveOutcome> {
  return db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable('identities')
      .set({ person_id: toId })
      .where('platform', '=', identity.platform)
      .where('tenant_id', '=', identity.tenantId)
      .where('user_id', '=', identity.userId)
      .where('person_id', '=', fromId)
      .executeTakeFirst();
    // a concurrent turn moved it already
    if (Number(moved.numUpdatedRows) === 0) return { moved: false, orphanDeleted: false };
    if (identity.aadObjectId) {
      await trx
        .updateTable('identities')
        .set({ person_id: toId })
        .where('tenant_id', '=', identity.tenantId)
        .where('aad_object_id', '=', identity.aadObjectId)
        .where('person_id', '=', fromId)
        .execute();
    }
    await trx
      .updateTable('conversations')
      .set({ person_id: toId })
      .where('platform', '=', identity.platform)
      .where('tenant_id', '=', identity.tenantId)
      .where('person_id', '=', fromId)
      .execute();
    const otherIdentity = await trx
      .selectFrom('identities')
      .select('user_id')
      .where('person_id', '=', fromId)
      .executeTakeFirst();
    const role = await trx
      .selectFrom('roles')
      .select('role')
      .where('person_id', '=', fromId)
      .executeTakeFirst();
    if (otherIdentity || role) return { moved: true, orphanDeleted: false };
    await trx.updateTable('events').set({ person_id: toId }).where('person_id', '=', fromId).execute();
    await trx.deleteFrom('people').where('id', '=', fromId).execute();
    return { moved: true, orphanDeleted: true };
  });
}
