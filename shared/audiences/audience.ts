/**
 * Audiences: who a news item, a poll sent 1:1 or a reminder is addressed to, as data. Resolved
 * into people and channels by shared/audiences/resolve-audience.ts. Guests are reached only when
 * the audience names them (explicit people, a group they are in, or `includeGuests`): "everyone"
 * means the members.
 */
import { z } from 'zod';
import { reason } from '../api/field-errors.js';
import { roles } from '../people/person.js';

export const channelTargetSchema = z.object({
  platform: z.enum(['teams', 'slack']),
  /** Teams tenant id or Slack team id */
  tenantId: z.string().min(1).max(200),
  /** Teams channel/conversation id (19:…) or Slack channel id (C…) */
  conversationId: z.string().min(1).max(300),
  /** shown in the console and delivery lists */
  name: z.string().max(200).optional(),
});
export type ChannelTarget = z.infer<typeof channelTargetSchema>;

export const audienceSchema = z
  .object({
    /** every active member (guests only with includeGuests) */
    everyone: z.boolean().default(false),
    departments: z.array(z.string().min(1).max(200)).max(500).default([]),
    sites: z.array(z.string().min(1).max(200)).max(500).default([]),
    roles: z.array(z.enum(roles)).max(10).default([]),
    /** person ids or email addresses (a CSV list lands here); named people include guests */
    people: z.array(z.string().min(1).max(320)).max(100_000).default([]),
    /** group ids: their current members and guests (naming a group includes its guests) */
    groups: z.array(z.string().min(1).max(100)).max(200).default([]),
    /** posts into channels (one message per channel, no 1:1) */
    channels: z.array(channelTargetSchema).max(500).default([]),
    /** guests matching departments/sites/roles/everyone are included only when set */
    includeGuests: z.boolean().default(false),
  })
  .refine(
    (a) =>
      a.everyone ||
      a.departments.length +
        a.sites.length +
        a.roles.length +
        a.people.length +
        a.groups.length +
        a.channels.length >
        0,
    {
      message:
        'an audience names at least one of everyone, departments, sites, roles, people, groups, channels',
      params: reason('audience_required'),
    },
  );
export type Audience = z.infer<typeof audienceSchema>;
/** what callers may write: defaults filled by audienceSchema.parse */
export type AudienceInput = z.input<typeof audienceSchema>;
