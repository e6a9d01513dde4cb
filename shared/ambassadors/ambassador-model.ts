/**
 * Ambassadors as data: the roster entry (status, scope of departments and sites, or of guest
 * groups, sponsors), the
 * relay campaign a communicator starts and each ambassador's request in it, the week's digest.
 */
import { z } from 'zod';
import { reason } from '../api/field-errors.js';

export const ambassadorStatuses = ['nominated', 'active', 'paused', 'stepped_down', 'refused'] as const;
export type AmbassadorStatus = (typeof ambassadorStatuses)[number];

export const ambassadorSources = ['console', 'import', 'self', 'proposed'] as const;
export type AmbassadorSource = (typeof ambassadorSources)[number];

const scopeValue = z.string().trim().min(1).max(200);
const personId = z.string().min(1).max(100);
/** a guest group of shared/groups: its ambassadors look after its guests, in its space */
const groupId = z.string().trim().min(1).max(100);

export interface AmbassadorScope {
  departments: string[];
  sites: string[];
  /** guest groups (scope `group:<id>` on the roster): the group's guests, relays into its space */
  groups: string[];
}

export interface Ambassador {
  personId: string;
  displayName: string;
  email: string | null;
  department: string | null;
  site: string | null;
  status: AmbassadorStatus;
  scope: AmbassadorScope;
  sponsors: string[];
  source: AmbassadorSource;
  nominatedBy: string | null;
  approvedBy: string | null;
  leaderboardOptOut: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Naming someone in the console or over REST: the person, the scope (default: their own), sponsors. */
export const ambassadorInputSchema = z.object({
  personId,
  departments: z.array(scopeValue).max(50).optional(),
  sites: z.array(scopeValue).max(50).optional(),
  groups: z.array(groupId).max(20).optional(),
  sponsors: z.array(personId).max(20).default([]),
});
export type AmbassadorInput = z.input<typeof ambassadorInputSchema>;

export const ambassadorPatchSchema = z.object({
  departments: z.array(scopeValue).max(50).optional(),
  sites: z.array(scopeValue).max(50).optional(),
  groups: z.array(groupId).max(20).optional(),
  sponsors: z.array(personId).max(20).optional(),
  /** what an admin or the ambassador themselves may set: pause, resume, step down */
  status: z.enum(['active', 'paused', 'stepped_down']).optional(),
  leaderboardOptOut: z.boolean().optional(),
});
export type AmbassadorPatch = z.input<typeof ambassadorPatchSchema>;

/** What can be relayed: news items, polls, surveys and quizzes (relay-subjects.ts). */
export const relaySubjectTypes = ['news', 'poll', 'survey', 'quiz'] as const;
export type RelaySubjectType = (typeof relaySubjectTypes)[number];

const suggested = z.string().trim().min(1).max(1000);

export const relayCampaignInputSchema = z
  .object({
    subjectType: z.enum(relaySubjectTypes),
    subjectId: personId,
    message: z.object({ fr: suggested, en: suggested }),
    relayDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
    departments: z.array(scopeValue).max(200).default([]),
    sites: z.array(scopeValue).max(200).default([]),
    groups: z.array(groupId).max(50).default([]),
  })
  .refine((c) => c.departments.length + c.sites.length + c.groups.length > 0, {
    message: 'name at least one department, site or group whose ambassadors are asked',
    path: ['departments'],
    params: reason('department_or_site_required'),
  });
export type RelayCampaignInput = z.input<typeof relayCampaignInputSchema>;

export const relayStates = ['asked', 'snoozed', 'relayed', 'declined'] as const;
export type RelayState = (typeof relayStates)[number];

/** Why an ambassador of the scope was not asked. */
export const skipReasons = ['cap_reached', 'paused', 'not_in_audience'] as const;
export type SkipReason = (typeof skipReasons)[number];

export interface RelayRequestView {
  id: string;
  ambassadorId: string;
  ambassadorName: string;
  state: RelayState;
  reason: string | null;
  relayedTo: { kind: 'channel' | 'elsewhere'; platform: string | null; conversationId: string | null } | null;
  relayedAt: string | null;
  /** members of the channel relayed into, where the platform told it */
  reach: number | null;
  /** distinct people who acted on this relay's copy */
  engaged: number;
}

export interface RelayCampaign {
  id: string;
  subjectType: RelaySubjectType;
  subjectId: string;
  message: { fr: string; en: string };
  relayDate: string;
  scope: AmbassadorScope;
  createdAt: string;
  requests: RelayRequestView[];
  skipped: { ambassadorId: string; reason: SkipReason }[];
  counts: Record<RelayState, number>;
  /** the campaign's reach of relays: channel members, and people who acted through the copies */
  reach: number;
  engaged: number;
}

/**
 * why a colleague is listed: the welcome tour unfinished, a strategic item unacknowledged past its
 * date, inactivity
 */
export const needReasons = ['tour', 'unacknowledged', 'inactive'] as const;
export type NeedReason = (typeof needReasons)[number];

export interface Assignment {
  week: string;
  personId: string;
  displayName: string;
  ambassadorId: string;
  reason: NeedReason;
  state: 'listed' | 'helping' | 'done';
}
