/** Reads and writes a group's portal row; a group without one gets its kind's template. */
import type { Group } from '../group-model.js';
import type { GroupPortal, PortalContent } from './portal-model.js';
import type { PortalDb } from './portal-tables.js';
import { portalTemplates } from './portal-templates.js';

export class PortalStore {
  constructor(private readonly db: PortalDb) {}

  async portalOf(group: Pick<Group, 'id' | 'kind'>): Promise<GroupPortal> {
    const row = await this.db
      .selectFrom('group_portals')
      .selectAll()
      .where('group_id', '=', group.id)
      .executeTakeFirst();
    if (!row) {
      return {
        ...structuredClone(portalTemplates[group.kind]),
        groupId: group.id,
        tourId: null,
        edited: false,
        updatedAt: null,
      };
    }
    const welcome: PortalContent['welcome'] = {};
    if (row.welcome_fr !== null) welcome.fr = row.welcome_fr;
    if (row.welcome_en !== null) welcome.en = row.welcome_en;
    return {
      groupId: group.id,
      welcome,
      sections: JSON.parse(row.sections),
      pinnedNews: JSON.parse(row.pinned_news),
      tourId: row.tour_id,
      edited: true,
      updatedAt: row.updated_at,
    };
  }

  /** replaces the content, keeping the tour */
  async write(groupId: string, content: PortalContent, by: string | null): Promise<void> {
    const values = {
      welcome_fr: content.welcome.fr?.trim() || null,
      welcome_en: content.welcome.en?.trim() || null,
      sections: JSON.stringify(content.sections),
      pinned_news: JSON.stringify(content.pinnedNews),
      updated_by: by,
      updated_at: new Date().toISOString(),
    };
    await this.db
      .insertInto('group_portals')
      .values({ group_id: groupId, tour_id: null, ...values })
      .onConflict((oc) => oc.column('group_id').doUpdateSet(values))
      .execute();
  }

  /** names the group's tour; a group still on its template keeps the template as its content */
  async setTour(group: Pick<Group, 'id' | 'kind'>, tourId: string | null, by: string | null): Promise<void> {
    const current = await this.portalOf(group);
    if (!current.edited) await this.write(group.id, current, by);
    await this.db
      .updateTable('group_portals')
      .set({ tour_id: tourId, updated_by: by, updated_at: new Date().toISOString() })
      .where('group_id', '=', group.id)
      .execute();
  }

  /** the groups among these whose portal has a tour, with it */
  async toursOf(groupIds: readonly string[]): Promise<Map<string, string>> {
    if (groupIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('group_portals')
      .select(['group_id', 'tour_id'])
      .where('group_id', 'in', [...groupIds])
      .where('tour_id', 'is not', null)
      .execute();
    return new Map(rows.map((r) => [r.group_id, r.tour_id!]));
  }
}
