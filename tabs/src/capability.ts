/**
 * What a capability brings to the tab app: the pages behind its URL hashes, its panel on the home
 * page and its links in the bar above every capability page. Each capability folder exports one
 * value of this shape (`<name>-capability.tsx`); tabs/src/capabilities.ts lists them, and the
 * shell (app.tsx), the home page and the bar read that list.
 */
import type { ComponentType } from 'react';
import type { ApiClient, Me } from './api/api-client.js';

export interface CapabilityPageProps {
  /** the whole URL hash (`#/news/abc`); the capability parses its own part */
  hash: string;
  api: ApiClient;
  me: Me;
  go(hash: string): void;
}

/** An item another capability's page shows (a news item, a poll, a survey, a quiz). */
export interface ItemActionsProps {
  api: ApiClient;
  me: Me;
  subjectType: 'news' | 'poll' | 'survey' | 'quiz';
  subjectId: string;
}

export interface TabCapability {
  /** as on the home page: its panel is `data-testid="feature-<name>"` */
  name: string;
  /** whether the URL hash names one of its pages */
  owns(hash: string): boolean;
  /** its pages; a lazy component, so each capability is a chunk loaded when first opened */
  Pages: ComponentType<CapabilityPageProps>;
  /** its panel on the home page */
  HomeCard: ComponentType<{ me: Me | undefined }>;
  /** its links in the bar above the capability pages (NavLink elements), for this person */
  NavEntries: ComponentType<{ me: Me; hash: string; go(hash: string): void }>;
  /**
   * Optional: what it offers on another capability's item page (the ambassadors' "ask for a
   * relay" on a news item or a poll), rendered by components/item-actions.tsx; nothing for
   * whoever may not use it.
   */
  ItemActions?: ComponentType<ItemActionsProps>;
}
