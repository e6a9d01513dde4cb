/** Who the console treats as an organisation-wide author; the server checks again on every call. */
import type { Me } from './api-client.js';

/** API keys (automation) and communicators or administrators without a scope. */
export const isOrganisationAuthor = (me: Me | undefined): boolean =>
  Boolean(
    me &&
      (me.via === 'api_key' ||
        me.person?.roles.some((r) => (r.role === 'admin' || r.role === 'communicator') && !r.scope)),
  );

/** API keys and organisation-wide administrators (the raw-id fallbacks are theirs). */
export const isAdministrator = (me: Me | undefined): boolean =>
  Boolean(me && (me.via === 'api_key' || me.person?.roles.some((r) => r.role === 'admin' && !r.scope)));
