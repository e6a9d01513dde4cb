/**
 * People service: learns people from platform activity, links identities by immutable ids (and by
 * an email only a trusted source vouches for), imports the directory (CSV/JSON), and answers who
 * is who. Every path that acts for a person starts here.
 */
import type { PlatformIdentity } from '../messaging/messenger.js';
import type { Person, PlatformProfile, Role, RoleGrant } from './person.js';

/** A directory (Entra) account signing in. No email: a token's claims never link accounts. */
export interface DirectoryAccount {
  tenantId: string;
  aadObjectId: string;
  displayName: string;
  /** what the sign-in token says: a guest (B2B, external identity) or a member of the tenant */
  kind?: Person['kind'];
}

/** A directory query: `q` matches name or email, accents and case ignored, wildcards literal. */
export interface PeopleQuery {
  q?: string;
  department?: string;
  site?: string;
  kind?: Person['kind'];
  limit: number;
  offset: number;
}

export interface PeopleService {
  /**
   * The person behind a platform identity, created or enriched from what the platform told:
   * an email already known links this identity to the existing person — also later, when the
   * identity first came without an email (its own empty person, then merged and tracked as
   * 'people.linked') — but only an email of someone the platform does not mark as a guest
   * (`trustedEmail`). Concurrent first contacts of one identity make one person.
   */
  learn(identity: PlatformIdentity, profile: PlatformProfile): Promise<Person>;
  findByIdentity(
    identity: Pick<PlatformIdentity, 'platform' | 'tenantId' | 'userId'>,
  ): Promise<Person | undefined>;
  /**
   * The person signing in to a tab with single sign-on: found by tenant + Entra object id (their
   * Teams identity or an earlier sign-in), else created without an email; never found by an
   * email claim. The bot later links that person to the owner of the email the Teams connector
   * tells. The account's kind applies as a platform's does in learn(): a newcomer gets it, and a
   * guest is never taken for a member on the token's word.
   */
  signIn(account: DirectoryAccount): Promise<Person>;
  get(id: string): Promise<Person | undefined>;
  findByEmail(email: string): Promise<Person | undefined>;
  grant(personId: string, role: Role, scope?: string): Promise<void>;
  revoke(personId: string, role: Role, scope?: string): Promise<void>;
  /** All of a person's grants replaced at once: nobody ever sees a half-replaced set. */
  replaceRoles(personId: string, grants: readonly RoleGrant[]): Promise<void>;
  /** The directory, filtered and paged, ordered by name. */
  list(query: PeopleQuery): Promise<{ people: Person[]; total: number }>;
}
