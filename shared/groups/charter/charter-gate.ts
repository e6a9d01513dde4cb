/**
 * The charter gate: a guest who has not accepted the current charter of one of their groups is
 * held back on every path the core asks (shared/access): actions and commands answer the charter
 * card, the API a 403 `charter_pending` in their language, the App Home shows the charter, and
 * 1:1 copies wait (released on acceptance). Only the charter's own buttons and `/me/charters`
 * pass. Members (not guests) never wait: the query is one indexed read per call for guests.
 * A held guest is held for everything while one charter is pending: they see only their groups'
 * content anyway, and one click per charter lifts the hold.
 */
import type { AccessGate, GatePoint } from '../../access/access-gates.js';
import type { GuestsContext } from '../reviews/guests-context.js';
import { CHARTER_ACTION_PREFIX } from './charter-actions.js';
import { charterCard } from './charter-card.js';
import { pendingCharters } from './charter-queries.js';
import { onContact } from './charter-service.js';

/** the API routes a held guest may call: reading and accepting their charters */
export const CHARTER_API_PREFIX = '/me/charters';

const passes = (point: GatePoint): boolean =>
  (point.kind === 'action' && point.action.startsWith(CHARTER_ACTION_PREFIX)) ||
  (point.kind === 'api' && point.path.startsWith(CHARTER_API_PREFIX));

export function charterGate(ctx: GuestsContext): AccessGate {
  return {
    name: 'groups.charter',
    async hold(person, point) {
      if (person.kind === 'member' || passes(point)) return undefined;
      const pending = await pendingCharters(ctx.db, person.id);
      const first = pending[0];
      if (!first) return undefined;
      return {
        code: 'charter_pending',
        text: { key: 'groups.charter.pending' },
        card: async (locale) => charterCard(first, locale),
      };
    },
    contact: (personId, contact) => onContact(ctx, personId, contact),
  };
}
