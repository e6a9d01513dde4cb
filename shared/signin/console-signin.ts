/**
 * The standalone console's way in, composed once per server: OpenID Connect sign-in, server-side
 * sessions, the first-run setup link, and the rule that an account reaches a person only by its
 * immutable ids as the directory (or a chat platform) linked them — never by an email.
 */
import type { Request } from 'express';
import type { Principal } from '../auth/principal.js';
import type { Config } from '../config/config.js';
import { AppError } from '../errors/errors.js';
import type { EventLog } from '../events/event-log.js';
import { personIdByDirectoryId } from '../people/identity-links.js';
import type { PeopleService } from '../people/people-service.js';
import type { Person } from '../people/person.js';
import type { Store } from '../store/store.js';
import { readCookie, sessionCookie } from './cookies.js';
import { createOidcSignIn, type OidcSignIn, type SigninAccount } from './oidc-sign-in.js';
import { createSessionStore, csrfMatches, type SessionStore } from './session-store.js';
import { type LinkOutcome, linkSetupAdmin } from './setup-admin-link.js';
import { createSetupLinks, type SetupLinks } from './setup-link.js';
import type { SigninProviderName } from './signin-config.js';
import type { SigninDb } from './signin-tables.js';

export type PersonLookup =
  | { ok: true; person: Person }
  | { ok: false; reason: 'tenant' | 'unknown' | 'inactive' };

export interface ConsoleSignin {
  providers: SigninProviderName[];
  /** false on a public interface with no sign-in configured: the console refuses to serve */
  consoleOpen: boolean;
  oidc: OidcSignIn;
  sessions: SessionStore;
  setup: SetupLinks;
  personFor(account: SigninAccount): Promise<PersonLookup>;
  /** the setup administrator proves an account: it takes over, or is attached (setup-admin-link.ts) */
  linkSetupAdmin(setupPersonId: string, account: SigninAccount): Promise<LinkOutcome>;
  /**
   * The person of the request's session cookie, undefined without one (or once it ended); a
   * state-changing request must carry the session's CSRF token in X-CSRF-Token.
   */
  authenticate(req: Request): Promise<Principal | undefined>;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isLoopbackHost = (host: string): boolean =>
  host === 'localhost' || host === '::1' || /^127\./.test(host);

export function createConsoleSignin(deps: {
  config: Config;
  store: Store;
  people: PeopleService;
  events: EventLog;
  now: () => number;
  baseUrl: () => string;
}): ConsoleSignin {
  const { config, people, now } = deps;
  const db = deps.store.db as unknown as SigninDb;
  const providers = config.signin.providers.map((p) => p.name);
  const sessions = createSessionStore(db, {
    idleMs: config.signin.idleMs,
    absoluteMs: config.signin.absoluteMs,
    now,
  });
  // the tenants and workspaces the deployment already serves (Teams, tab SSO, the Slack app)
  const tenants = new Set([...config.tabSso.allowedTenants, ...config.teams.allowedTenants]);
  const teams = new Set(config.slack.allowedTeamIds);

  const personFor = async (account: SigninAccount): Promise<PersonLookup> => {
    let personId: string | undefined;
    if (account.provider === 'entra') {
      if (tenants.size > 0 && !tenants.has(account.tenantId)) return { ok: false, reason: 'tenant' };
      personId = await personIdByDirectoryId(deps.store.db, account.tenantId, account.objectId);
    } else {
      if (teams.size > 0 && !teams.has(account.teamId)) return { ok: false, reason: 'tenant' };
      personId = (
        await people.findByIdentity({ platform: 'slack', tenantId: account.teamId, userId: account.userId })
      )?.id;
    }
    const person = personId ? await people.get(personId) : undefined;
    if (!person) return { ok: false, reason: 'unknown' };
    if (!person.active) return { ok: false, reason: 'inactive' };
    return { ok: true, person };
  };

  return {
    providers,
    consoleOpen: isLoopbackHost(config.listenHost) || providers.length > 0 || Boolean(config.tabSso.clientId),
    oidc: createOidcSignIn({ db, providers: config.signin.providers, baseUrl: deps.baseUrl, now }),
    sessions,
    setup: createSetupLinks({ db, people, events: deps.events, now }),
    personFor,
    linkSetupAdmin: (setupPersonId, account) =>
      linkSetupAdmin({ db, people, events: deps.events, setupPersonId, account, personFor }),
    async authenticate(req) {
      const token = readCookie(req, sessionCookie);
      if (!token) return undefined;
      const session = await sessions.find(token);
      if (!session) return undefined;
      if (!safeMethods.has(req.method) && !csrfMatches(session, req.get('x-csrf-token'))) {
        throw new AppError('csrf_failed', 'missing or wrong X-CSRF-Token for this session', undefined, {
          key: 'error.csrf_failed',
        });
      }
      const person = await people.get(session.personId);
      if (!person?.active) return undefined;
      return { kind: 'person', person, source: 'session' };
    },
  };
}
