/** The sign-in tables (migration 012) beside the core's, for this folder's queries. */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';

export type SigninTables = {
  console_sessions: {
    token_digest: string;
    person_id: string;
    via: string;
    csrf_token: string;
    created_ms: number | string;
    last_seen_ms: number | string;
  };
  signin_attempts: {
    state_digest: string;
    provider: string;
    nonce: string;
    code_verifier: string;
    created_ms: number | string;
  };
  setup_links: {
    token_digest: string;
    created_ms: number | string;
    expires_ms: number | string;
    used_ms: number | string | null;
  };
};

export type SigninDb = Kysely<Database & SigninTables>;
