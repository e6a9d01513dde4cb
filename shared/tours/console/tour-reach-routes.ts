/**
 * `POST /api/v1/tours/audience-reach`: how many people in the directory a tour's audience matches
 * today, and where they are reached (the tour editor's live count). A tour audience is not a news
 * audience: its departments AND sites narrow a "who" (newcomers, managers, guests, everyone),
 * where a news audience's departments OR sites add up. So the people are matched here with the
 * rules journeys use (sql-tour-service.ts `fits`), and only counted by the news reach
 * (audience-reach.ts), as named people. A guest tour's group is not counted: it depends on the
 * channel a guest joins, not on the directory.
 */
import { type ExpressionBuilder, sql } from 'kysely';
import { defineRoute } from '../../api/api-route.js';
import { checkTourAudience } from '../../audiences/audience-check.js';
import { reachOf } from '../../audiences/audience-reach.js';
import { reachAnswer } from '../../audiences/audience-routes.js';
import { requireRole } from '../../auth/principal.js';
import type { Ports } from '../../capability/ports.js';
import type { Store } from '../../store/store.js';
import { type TourAudience, tourAudienceSchema } from '../tour-model.js';

/** one page of matched people: the ids are listed to the reach count, which pages them again */
const PAGE = 2_000;

/** Active people the tour's audience fits, as journeys decide it (names compared without case). */
export async function tourAudienceIds(store: Pick<Store, 'db'>, audience: TourAudience): Promise<string[]> {
  const db = store.db;
  const lowered = (list: string[]) => list.map((v) => v.toLowerCase());
  // biome-ignore lint/suspicious/noExplicitAny: the people table's builder, as in resolve-audience.ts
  const fits = (eb: ExpressionBuilder<any, 'people'>) => {
    const all = [eb('active', '=', 1)];
    if (audience.departments.length)
      all.push(eb(sql`lower(department)`, 'in', lowered(audience.departments)));
    if (audience.sites.length) all.push(eb(sql`lower(site)`, 'in', lowered(audience.sites)));
    if (audience.who === 'newcomers') all.push(eb('kind', '=', 'member'));
    if (audience.who === 'guests') all.push(eb('kind', '=', 'guest'));
    // every new person of the organisation: its members (audiences/guest-reach.ts); a guest only
    // by joining the group's space the tour names, which the directory cannot count
    if (audience.who === 'everyone') all.push(eb('kind', '=', 'member'));
    if (audience.who === 'managers') {
      all.push(eb('kind', '=', 'member'));
      all.push(
        eb.exists(
          eb
            .selectFrom('people as reports')
            .select('reports.id')
            .whereRef('reports.manager_id', '=', 'people.id'),
        ),
      );
    }
    return eb.and(all);
  };
  const ids: string[] = [];
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('people')
      .select('id')
      .where('id', '>', after)
      .where(fits)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    ids.push(...rows.map((r) => r.id as string));
    if (rows.length < PAGE) return ids;
    after = rows[rows.length - 1]!.id as string;
  }
}

export function tourReachRoutes(ports: Pick<Ports, 'store' | 'messengers'>) {
  return [
    defineRoute({
      method: 'post',
      path: '/tours/audience-reach',
      tag: 'tours',
      summary:
        'How many people in the directory a tour audience matches today, on Teams, on Slack and unreachable (the editor’s count)',
      body: tourAudienceSchema,
      response: reachAnswer,
      handler: async ({ principal, body }) => {
        requireRole(principal, 'communicator');
        // the same refusals as saving: "everyone" with departments, names the directory lacks
        await checkTourAudience(ports.store, body);
        const people = await tourAudienceIds(ports.store, body);
        return reachOf(
          ports.store,
          {
            everyone: false,
            departments: [],
            sites: [],
            roles: [],
            groups: [],
            people,
            channels: [],
            includeGuests: true,
          },
          (platform) => ports.messengers.get(platform) !== undefined,
        );
      },
    }),
  ];
}
