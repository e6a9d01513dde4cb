/**
 * Console sessions kept by the server: the browser holds a random token in an httpOnly cookie,
 * the table its SHA-256 digest (a leaked table opens no session). A session ends after
 * `idleMs` without a request and after `absoluteMs` in any case; each carries its CSRF token,
 * which the console sends back as a header on every state-changing request.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SigninDb } from './signin-tables.js';

export const digestOf = (token: string): string => createHash('sha256').update(token).digest('hex');
export const randomToken = (): string => randomBytes(32).toString('base64url');

export interface ConsoleSession {
  personId: string;
  via: string;
  csrfToken: string;
}

export interface SessionStore {
  /** a new session for the person: the cookie's token and the session */
  open(personId: string, via: string): Promise<{ token: string; session: ConsoleSession }>;
  /** the live session of a cookie token (and notes the request), or undefined once it ended */
  find(token: string): Promise<ConsoleSession | undefined>;
  close(token: string): Promise<void>;
}

/** Writing last_seen on every request would write on every read; a minute is precise enough. */
const touchEveryMs = (idleMs: number) => Math.min(60_000, idleMs / 10);

export function createSessionStore(
  db: SigninDb,
  options: { idleMs: number; absoluteMs: number; now: () => number },
): SessionStore {
  const { now } = options;
  return {
    async open(personId, via) {
      const token = randomToken();
      const session = { personId, via, csrfToken: randomToken() };
      const at = now();
      // sessions nobody came back to are never looked up again: each sign-in sweeps the ended ones
      await db
        .deleteFrom('console_sessions')
        .where((eb) =>
          eb.or([
            eb('last_seen_ms', '<=', at - options.idleMs),
            eb('created_ms', '<=', at - options.absoluteMs),
          ]),
        )
        .execute();
      await db
        .insertInto('console_sessions')
        .values({
          token_digest: digestOf(token),
          person_id: personId,
          via,
          csrf_token: session.csrfToken,
          created_ms: at,
          last_seen_ms: at,
        })
        .execute();
      return { token, session };
    },

    async find(token) {
      const digest = digestOf(token);
      const row = await db
        .selectFrom('console_sessions')
        .selectAll()
        .where('token_digest', '=', digest)
        .executeTakeFirst();
      if (!row) return undefined;
      const at = now();
      const lastSeen = Number(row.last_seen_ms);
      if (at - lastSeen >= options.idleMs || at - Number(row.created_ms) >= options.absoluteMs) {
        await db.deleteFrom('console_sessions').where('token_digest', '=', digest).execute();
        return undefined;
      }
      if (at - lastSeen >= touchEveryMs(options.idleMs)) {
        await db
          .updateTable('console_sessions')
          .set({ last_seen_ms: at })
          .where('token_digest', '=', digest)
          .execute();
      }
      return { personId: row.person_id, via: row.via, csrfToken: row.csrf_token };
    },

    async close(token) {
      await db.deleteFrom('console_sessions').where('token_digest', '=', digestOf(token)).execute();
    },
  };
}

/** Compares a CSRF header with the session's token in constant time. */
export function csrfMatches(session: ConsoleSession, sent: string | undefined): boolean {
  if (!sent) return false;
  const a = Buffer.from(session.csrfToken);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}
