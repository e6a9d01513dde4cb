/**
 * The first-run setup link: while nobody holds the admin role, `npm start` prints a link that
 * signs its visitor in as the first administrator. Only its digest is stored; it works once,
 * within an hour. Redeeming is one conditional UPDATE, so two visits racing get one session.
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

export interface SetupLinks {
  /** whether some active person holds the organisation-wide admin role */
  adminExists(): Promise<boolean>;
  /** a new link token when no admin exists, else undefined */
  issueIfNoAdmin(): Promise<string | undefined>;
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
  const adminExists = async () =>
    (await db
      .selectFrom('roles')
      .innerJoin('people', 'people.id', 'roles.person_id')
      .select('roles.person_id')
      .where('roles.role', '=', 'admin')
      .where('roles.scope', '=', '')
      .where('people.active', '=', 1)
      .executeTakeFirst()) !== undefined;

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
