/**
 * Recognition: each ambassador's figures (relays, the reach of their channel relays and who acted
 * through them — read, acknowledged, voted, answered —, colleagues
 * helped, colleagues who came back within 7 days of a nudge) and the leaderboard of a scope.
 * Figures are counted with grouped queries over the whole roster at once, so a leaderboard of a
 * thousand ambassadors is a handful of queries, not one per person.
 */
import { can, type Principal, principalPersonId } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import type { AmbassadorContext } from './ambassador-context.js';
import type { Ambassador } from './ambassador-model.js';
import { loadAmbassadors } from './roster.js';

/** a colleague "came back" when they used Relais within this delay of the nudge */
export const RETURN_WINDOW_MS = 7 * 86_400_000;

export interface AmbassadorFigures {
  relays: number;
  /** relays posted into a channel by Relais (the others were relayed "elsewhere") */
  channelRelays: number;
  /** members of the channels relayed into, where the platform told it */
  reach: number;
  /** channel relays whose reach is not known */
  reachUnknown: number;
  /** distinct colleagues they took on ("I'll help them", "Done") or nudged */
  helped: number;
  /** nudged colleagues who used Relais within 7 days of the nudge */
  returned: number;
  /** distinct people who acted on their relayed copies (relay-attribution.ts), and how */
  engaged: number;
  acknowledged: number;
  voted: number;
  answered: number;
}

/** [from, to) as ISO instants; no bound means since the start or until now */
export interface Period {
  from?: string;
  to?: string;
}

const zero = (): AmbassadorFigures => ({
  relays: 0,
  channelRelays: 0,
  reach: 0,
  reachUnknown: 0,
  helped: 0,
  returned: 0,
  engaged: 0,
  acknowledged: 0,
  voted: 0,
  answered: 0,
});

/** The figures of each of `ids` over `period`. */
export async function figuresOf(
  ctx: AmbassadorContext,
  ids: string[],
  period: Period = {},
): Promise<Map<string, AmbassadorFigures>> {
  const out = new Map(ids.map((id) => [id, zero()]));
  if (ids.length === 0) return out;
  const from = period.from ?? '';
  const to = period.to ?? '9999';
  const relays = await ctx.db
    .selectFrom('relays')
    .select((eb) => [
      'ambassador_id',
      eb.fn.countAll().as('relays'),
      eb.fn.count('conversation_id').as('channel'),
      eb.fn.count('reach').as('known'),
      eb.fn.sum('reach').as('reach'),
    ])
    .where('ambassador_id', 'in', ids)
    .where('at', '>=', from)
    .where('at', '<', to)
    .groupBy('ambassador_id')
    .execute();
  for (const r of relays) {
    const f = out.get(r.ambassador_id)!;
    f.relays = Number(r.relays);
    f.channelRelays = Number(r.channel);
    f.reachUnknown = f.channelRelays - Number(r.known);
    f.reach = Number(r.reach ?? 0);
  }

  // what came through their relays: people per kind, one relay's reader counted once per ambassador
  const through = await ctx.db
    .selectFrom('relay_interactions as i')
    .innerJoin('relays as r', 'r.request_id', 'i.request_id')
    .select((eb) => ['r.ambassador_id', 'i.kind', eb.fn.count('i.person_id').distinct().as('people')])
    .where('r.ambassador_id', 'in', ids)
    .where('i.at', '>=', from)
    .where('i.at', '<', to)
    .groupBy(['r.ambassador_id', 'i.kind'])
    .execute();
  for (const t of through) {
    const f = out.get(t.ambassador_id)!;
    const n = Number(t.people);
    if (t.kind === 'read') f.engaged = n;
    else if (t.kind === 'acknowledged' || t.kind === 'voted' || t.kind === 'answered') f[t.kind] = n;
  }

  const helped = new Map<string, Set<string>>();
  const help = (ambassadorId: string, personId: string) => {
    const set = helped.get(ambassadorId) ?? new Set<string>();
    set.add(personId);
    helped.set(ambassadorId, set);
  };
  const assigned = await ctx.db
    .selectFrom('ambassador_assignments')
    .select(['ambassador_id', 'person_id'])
    .distinct()
    .where('ambassador_id', 'in', ids)
    .where('state', 'in', ['helping', 'done'])
    .where('at', '>=', from)
    .where('at', '<', to)
    .execute();
  for (const a of assigned) help(a.ambassador_id, a.person_id);
  const nudges = await ctx.db
    .selectFrom('ambassador_nudges')
    .select(['ambassador_id', 'person_id', 'at', 'returned_at'])
    .where('ambassador_id', 'in', ids)
    .where('at', '>=', from)
    .where('at', '<', to)
    .execute();
  const returned = new Map<string, Set<string>>();
  for (const n of nudges) {
    help(n.ambassador_id, n.person_id);
    if (n.returned_at && Date.parse(n.returned_at) - Date.parse(n.at) <= RETURN_WINDOW_MS) {
      const set = returned.get(n.ambassador_id) ?? new Set<string>();
      set.add(n.person_id);
      returned.set(n.ambassador_id, set);
    }
  }
  for (const [id, set] of helped) out.get(id)!.helped = set.size;
  for (const [id, set] of returned) out.get(id)!.returned = set.size;
  return out;
}

/** "My ambassador page": the ambassador themself, communicators and admins. */
export async function ambassadorFigures(
  ctx: AmbassadorContext,
  principal: Principal,
  personId: string,
  period: Period = {},
): Promise<{ ambassador: Ambassador; figures: AmbassadorFigures }> {
  if (principalPersonId(principal) !== personId && !can(principal, 'communicator'))
    throw new AppError('forbidden', 'only the ambassador, communicators and admins see these figures');
  const [ambassador] = await loadAmbassadors(ctx, { personIds: [personId] });
  if (!ambassador || ambassador.status === 'nominated' || ambassador.status === 'refused')
    throw new AppError('not_found', 'no such ambassador', undefined, {
      key: 'ambassador.error.not_found',
    });
  const figures = (await figuresOf(ctx, [personId], period)).get(personId)!;
  return { ambassador, figures };
}

export interface LeaderboardEntry extends AmbassadorFigures {
  rank: number;
  personId: string;
  displayName: string;
}

/** whom a leaderboard ranks: one department and/or site, or the whole roster */
export interface LeaderboardScope {
  department?: string;
  site?: string;
}

const inScope = (a: Ambassador, scope: LeaderboardScope) =>
  (!scope.department || a.scope.departments.includes(scope.department)) &&
  (!scope.site || a.scope.sites.includes(scope.site));

/**
 * The active ambassadors of a scope ranked by relays, then colleagues helped, then colleagues
 * back; whoever left the leaderboard is not listed. Communicators, admins and ambassadors see it
 * (an ambassador who is a guest: the ambassadors of their groups only).
 */
export async function leaderboard(
  ctx: AmbassadorContext,
  principal: Principal,
  scope: LeaderboardScope,
  period: Period = {},
): Promise<LeaderboardEntry[]> {
  const self = principalPersonId(principal);
  if (!can(principal, 'communicator')) {
    const [me] = self ? await loadAmbassadors(ctx, { personIds: [self] }) : [];
    if (!me || (me.status !== 'active' && me.status !== 'paused'))
      throw new AppError('forbidden', 'the leaderboard is for ambassadors, communicators and admins');
  }
  // a guest ambassador sees no one outside their groups: only their groups' ambassadors
  const guest = principal.kind === 'person' && principal.person.kind === 'guest' ? principal.person : null;
  const guestGroups = guest ? new Set(await ctx.audienceGroups.groupsOf(guest.id)) : null;
  const listed = (await loadAmbassadors(ctx, { status: 'active' })).filter(
    (a) =>
      !a.leaderboardOptOut &&
      inScope(a, scope) &&
      (!guestGroups || a.scope.groups.some((g) => guestGroups.has(g))),
  );
  const figures = await figuresOf(
    ctx,
    listed.map((a) => a.personId),
    period,
  );
  const entries = listed.map((a) => ({
    personId: a.personId,
    displayName: a.displayName,
    ...figures.get(a.personId)!,
  }));
  entries.sort(
    (x, y) =>
      y.relays - x.relays ||
      y.helped - x.helped ||
      y.returned - x.returned ||
      x.displayName.localeCompare(y.displayName) ||
      x.personId.localeCompare(y.personId),
  );
  // equal figures share a rank
  let rank = 0;
  return entries.map((e, i) => {
    const prev = entries[i - 1];
    if (!prev || prev.relays !== e.relays || prev.helped !== e.helped || prev.returned !== e.returned)
      rank = i + 1;
    return { rank, ...e };
  });
}

/** [first instant of the month, first instant of the next) for `2026-11`, in UTC */
export function monthPeriod(month: string): Period {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return {
    from: new Date(Date.UTC(y, m - 1, 1)).toISOString(),
    to: new Date(Date.UTC(y, m, 1)).toISOString(),
  };
}
