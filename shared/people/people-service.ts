/**
 * People service: learns people from platform activity, links identities by email, imports the
 * directory (CSV/JSON), and answers who is who. Every path that acts for a person starts here.
 */
import type { PlatformIdentity } from '../messaging/messenger.js';
import type { Person, PlatformProfile, Role } from './person.js';

export interface DirectoryAccount {
  tenantId: string;
  aadObjectId: string;
  email: string | null;
  displayName: string;
}

export interface PeopleService {
  /**
   * The person behind a platform identity, created or enriched from what the platform told:
   * an email already known links this identity to the existing person.
   */
  learn(identity: PlatformIdentity, profile: PlatformProfile): Promise<Person>;
  findByIdentity(
    identity: Pick<PlatformIdentity, 'platform' | 'tenantId' | 'userId'>,
  ): Promise<Person | undefined>;
  /**
   * The person signing in to a tab with single sign-on: found by their Teams AAD object id, else
   * by email, else created (the bot links their chat identity by email when it meets them).
   */
  signIn(account: DirectoryAccount): Promise<Person>;
  get(id: string): Promise<Person | undefined>;
  findByEmail(email: string): Promise<Person | undefined>;
  grant(personId: string, role: Role, scope?: string): Promise<void>;
  revoke(personId: string, role: Role, scope?: string): Promise<void>;
}
