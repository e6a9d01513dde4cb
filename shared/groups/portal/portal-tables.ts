/** The portal's table (migration 028-group-portal) beside the groups' and the core's. */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
import type { GroupTables } from '../group-tables.js';

export type PortalTables = {
  group_portals: {
    group_id: string;
    welcome_fr: string | null;
    welcome_en: string | null;
    sections: string;
    pinned_news: string;
    tour_id: string | null;
    updated_by: string | null;
    updated_at: string;
  };
};

export type PortalDb = Kysely<Database & GroupTables & PortalTables>;

export const portalDb = (store: Store): PortalDb => store.db.withTables<GroupTables & PortalTables>();
