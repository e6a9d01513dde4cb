/**
 * The first-run setup link: while no administrator can sign in (none holds an account yet),
 * `npm start` prints a link that signs its visitor in as the first administrator (the same one
 * again while that administrator has not linked an account: see setup-admin-link.ts). Only its digest is stored; it works once,
 * within an hour. Opening it (a GET, which link previewers and prefetchers also do) spends
 * nothing: only the page's button, a POST, redeems it. Redeeming is one conditional UPDATE, so two visits racing get one session.
 */
import type { EventLog } from '../events/event-log.js';
import type { PeopleService } from '../people/people-service.js';
import { newPersonRow } from '../people/person-row.js';
import { digestOf, randomToken } from './session-store.js';
import type { SigninDb } from './signin-tables.js';

export const setupLinkLifetimeMs = 3_600_000;

export type RedeemOutcome =
  | { ok: true; personId: string }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'admin_exists' };

export type InspectOutcome = { ok: true } | Extract<RedeemOutcome, { ok: false }>;

export interface SetupLinks {
  /** whether some active person with an account holds the organisation-wide admin role */
  adminExists(): Promise<boolean>;
  /** a new link token when no admin exists, else undefined */
  issueIfNoAdmin(): Promise<string | undefined>;
  /** what redeeming would answer, spending nothing (the GET of the link only shows a button) */
  inspect(token: string): Promise<InspectOutcome>;
  /** spends the token and makes the first administrator */
  redeem(token: string, displayName: string): Promise<RedeemOutcome>;
}

export function createSetupLinks(deps: {
  db: SigninDb;
  people: PeopleService;
  events: EventLog;
  now: () => number;
}): SetupLinks {
  const { db, now } = deps;
  // active organisation-wide administrators, and whether each holds an account to sign in with
  const admins = () =>
    db
      .selectFrom('roles')
      .innerJoin('people', 'people.id', 'roles.person_id')
      .select((eb) => [
        'roles.person_id as id',
        'people.email as email',
        eb
          .exists(
            eb
              .selectFrom('identities')
              .select('identities.person_id')
              .whereRef('identities.person_id', '=', 'roles.person_id'),
          )
          .as('has_account'),
      ])
      .where('roles.role', '=', 'admin')
      .where('roles.scope', '=', '')
      .where('people.active', '=', 1)
      .orderBy('people.created_at')
      .execute();
  const hasAccount = (row: { has_account: unknown }) =>
    row.has_account === true || Number(row.has_account) === 1;
  /**
   * An administrator who can sign in: one with an account (a directory or chat identity). The
   * setup administrator has none until they link one, so a restart still prints a link for
   * them: their session ending must not lock everyone out.
   */
  const adminExists = async () => (await admins()).some(hasAccount);
  /** the setup administrator a new link signs in as again, rather than making a second one */
  const setupAdminId = async () => (await admins()).find((a) => !hasAccount(a) && a.email === null)?.id;

  return {
    adminExists,

    async issueIfNoAdmin() {
      if (await adminExists()) return undefined;
      const token = randomToken();
      const at = now();
      await db
        .insertInto('setup_links')
        .values({
          token_digest: digestOf(token),
          created_ms: at,
          expires_ms: at + setupLinkLifetimeMs,
          used_ms: null,
        })
        .execute();
      return token;
    },

    async inspect(token) {
      const row = await db
        .selectFrom('setup_links')
        .select(['used_ms', 'expires_ms'])
        .where('token_digest', '=', digestOf(token))
        .executeTakeFirst();
      if (!row) return { ok: false, reason: 'unknown' };
      if (row.used_ms !== null) return { ok: false, reason: 'used' };
      if (Number(row.expires_ms) <= now()) return { ok: false, reason: 'expired' };
      if (await adminExists()) return { ok: false, reason: 'admin_exists' };
      return { ok: true };
    },

    async redeem(token, displayName) {
      const digest = digestOf(token);
      const at = now();
      const spent = await db
        .updateTable('setup_links')
        .set({ used_ms: at })
        .where('token_digest', '=', digest)
        .where('used_ms', 'is', null)
        .where('expires_ms', '>', at)
        .executeTakeFirst();
      if (Number(spent.numUpdatedRows) === 0) {
        const row = await db
          .selectFrom('setup_links')
          .select(['used_ms', 'expires_ms'])
          .where('token_digest', '=', digest)
          .executeTakeFirst();
        return { ok: false, reason: !row ? 'unknown' : row.used_ms !== null ? 'used' : 'expired' };
      }
      // a link printed by an earlier start must not make a second administrator once there is one
      if (await adminExists()) return { ok: false, reason: 'admin_exists' };
      const existing = await setupAdminId();
      if (existing) return { ok: true, personId: existing };
      // the first administrator is a person of its own: no platform account is trusted yet
      const row = newPersonRow({
        email: null,
        display_name: displayName,
        time_zone: null,
        kind: 'member',
        kind_source: null,
      });
      await db.insertInto('people').values(row).execute();
      await deps.people.grant(row.id, 'admin');
      await deps.events.track({
        type: 'people.role_granted',
        personId: row.id,
        subjectType: 'person',
        subjectId: row.id,
        data: { role: 'admin', scope: '', via: 'setup_link' },
      });
      return { ok: true, personId: row.id };
    },
  };
}
