/**
 * The first administrator made by the setup link is a local person with no account. From the
 * console, that administrator signs in once with a configured provider ("link my account"), and
 * the account they prove to hold takes over:
 *   - an account the directory or a chat platform already linked to a person (by tenant + object
 *     id, or team + user id): that person becomes administrator, and the setup person is retired
 *     (admin role revoked, deactivated, its sessions ended);
 *   - an account Relais does not know yet: it is attached to the setup person (a directory
 *     identity for Entra, a Slack identity for Slack), so a later directory sync or chat contact
 *     finds the same person by that immutable id.
 * Never by an email claim. Each step is in the event log.
 */
import { AppError } from '../errors/errors.js';
import type { EventLog } from '../events/event-log.js';
import type { PeopleService } from '../people/people-service.js';
import { withSearchText } from '../people/person-row.js';
import { nowIso } from '../store/store.js';
import type { PersonLookup } from './console-signin.js';
import type { SigninAccount } from './oidc-sign-in.js';
import type { SigninDb } from './signin-tables.js';

export type LinkOutcome =
  | { ok: true; personId: string; linked: 'claimed' | 'attached' }
  | { ok: false; reason: 'tenant' | 'inactive' | 'taken' };

export async function linkSetupAdmin(deps: {
  db: SigninDb;
  people: PeopleService;
  events: EventLog;
  setupPersonId: string;
  account: SigninAccount;
  /** the sign-in's own lookup: the same tenant and workspace rules */
  personFor(account: SigninAccount): Promise<PersonLookup>;
}): Promise<LinkOutcome> {
  const { db, people, events, setupPersonId, account } = deps;
  const setupPerson = await people.get(setupPersonId);
  if (!setupPerson?.active || !setupPerson.roles.some((r) => r.role === 'admin' && r.scope === '')) {
    throw new AppError('forbidden', 'only the setup administrator links an account this way');
  }
  const found = await deps.personFor(account);
  if (!found.ok && found.reason !== 'unknown') return { ok: false, reason: found.reason };
  const via = { via: 'setup_link', provider: account.provider };

  if (found.ok) {
    const personId = found.person.id;
    // already this person (linked earlier): nothing to hand over
    if (personId === setupPersonId) return { ok: true, personId, linked: 'attached' };
    await people.grant(personId, 'admin');
    await events.track({
      type: 'people.role_granted',
      personId: setupPersonId,
      subjectType: 'person',
      subjectId: personId,
      data: { role: 'admin', scope: '', ...via },
    });
    // the local person had no account: it is retired rather than left as a second way in
    await people.revoke(setupPersonId, 'admin');
    await db
      .updateTable('people')
      .set({ active: 0, updated_at: nowIso() })
      .where('id', '=', setupPersonId)
      .execute();
    await db.deleteFrom('console_sessions').where('person_id', '=', setupPersonId).execute();
    await events.track({
      type: 'people.role_revoked',
      personId,
      subjectType: 'person',
      subjectId: setupPersonId,
      data: { role: 'admin', scope: '', ...via, replacedBy: personId },
    });
    return { ok: true, personId, linked: 'claimed' };
  }

  const identity =
    account.provider === 'entra'
      ? {
          platform: 'directory',
          tenant_id: account.tenantId,
          user_id: account.objectId,
          aad: account.objectId,
        }
      : { platform: 'slack', tenant_id: account.teamId, user_id: account.userId, aad: null };
  const inserted = await db
    .insertInto('identities')
    .values({
      person_id: setupPersonId,
      platform: identity.platform,
      tenant_id: identity.tenant_id,
      user_id: identity.user_id,
      aad_object_id: identity.aad,
      created_at: nowIso(),
    })
    .onConflict((oc) => oc.columns(['platform', 'tenant_id', 'user_id']).doNothing())
    .executeTakeFirst();
  // someone else's first contact attached this account in the meantime
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return { ok: false, reason: 'taken' };
  if (account.name) {
    await db
      .updateTable('people')
      .set(
        withSearchText(
          { display_name: setupPerson.displayName, email: setupPerson.email },
          { display_name: account.name.slice(0, 200), updated_at: nowIso() },
        ),
      )
      .where('id', '=', setupPersonId)
      .execute();
  }
  await events.track({
    type: 'people.linked',
    personId: setupPersonId,
    platform: identity.platform,
    subjectType: 'person',
    subjectId: setupPersonId,
    data: via,
  });
  return { ok: true, personId: setupPersonId, linked: 'attached' };
}
