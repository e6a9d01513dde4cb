/**
 * What a directory source says about one account, in the core's words: the account's immutable
 * key, the trusted email that may link it to a person, and the values it gives (see
 * people/person-sources for which source wins each field). Mapping from Graph or Slack is the
 * source's job; writing is the writer's.
 */
import type { PersonSource, SourceValues } from '../people/person-sources.js';

export interface DirectoryAccountKey {
  /** 'directory' for an Entra account (as a tab sign-in), 'slack' for a Slack member */
  platform: 'directory' | 'slack';
  tenantId: string;
  userId: string;
  aadObjectId?: string;
  /**
   * the tenants where the same user id is this same account (the workspaces of one Slack Grid
   * org): linked to the person already holding it in any of them, never a second time
   */
  sameAccountIn?: string[];
}

export interface DirectoryRecord {
  source: Exclude<PersonSource, 'hr'>;
  account: DirectoryAccountKey;
  /** lower-cased; from the source's own profile (trusted), null when it has none */
  email: string | null;
  /** the source deleted the account (Graph `@removed`): its person becomes inactive */
  removed: boolean;
  values: SourceValues;
}

/** A source entry not taken, and why (counted per reason on the run). */
export interface Skip {
  reason: SkipReason;
  /** the account id when there is one, for the log */
  subject?: string;
}

export type SkipReason =
  | 'malformed'
  | 'no_address'
  | 'bot'
  | 'external'
  | 'email_claimed'
  | 'guest_claims_member_address'
  | 'malformed_page';

/** Either a record or why there is none. */
export type Mapped = { record: DirectoryRecord } | { skip: Skip };
