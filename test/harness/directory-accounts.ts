/**
 * Links an Entra directory account (tenant + object id) to a person, as a trusted directory link
 * would: a tab sign-in finds people by object id only, never by a token's email, so a world whose
 * person met the bot without an object id (a Slack person) links one before signing them in.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../shared/store/schema.js';

export async function linkDirectoryAccount(
  db: Kysely<Database>,
  personId: string,
  tenantId: string,
  aadObjectId: string,
): Promise<void> {
  await db
    .insertInto('identities')
    .values({
      person_id: personId,
      platform: 'directory',
      tenant_id: tenantId,
      user_id: aadObjectId,
      aad_object_id: aadObjectId,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.columns(['platform', 'tenant_id', 'user_id']).doNothing())
    .execute();
}
