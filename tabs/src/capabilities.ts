/**
 * Every capability of the tab app, in home-page order. Adding one: its folder under tabs/src/
 * with a `<name>-capability.tsx` module, and one line here.
 */
import { adminCapability } from './admin/admin-capability.js';
import { ambassadorsCapability } from './ambassadors/ambassadors-capability.js';
import type { TabCapability } from './capability.js';
import { groupsCapability } from './groups/groups-capability.js';
import { insightsCapability } from './insights/insights-capability.js';
import { newsCapability } from './news/news-capability.js';
import { peopleCapability } from './people/people-capability.js';
import { pollsCapability } from './polls/polls-capability.js';
import { toursCapability } from './tours/tours-capability.js';

export const capabilities: readonly TabCapability[] = [
  newsCapability,
  pollsCapability,
  toursCapability,
  adminCapability,
  peopleCapability,
  ambassadorsCapability,
  groupsCapability,
  insightsCapability,
];

/** The capability whose pages the hash names, if any. */
export const capabilityOf = (hash: string): TabCapability | undefined =>
  capabilities.find((capability) => capability.owns(hash));
