/**
 * What the groups REST routes and chat take, as zod schemas: every text bounded, domains checked,
 * settings within sane limits, a name in at least one language.
 */
import { z } from 'zod';
import { localized } from '../api/api-route.js';
import { groupKinds, groupRights } from './group-model.js';

const name = z.string().trim().min(1).max(120);
const description = z.string().trim().max(2000);
const platformId = z.string().trim().min(1).max(300);
/** `partner.com`, `@partner.com`, `sub.partner.co.uk` */
const domain = z
  .string()
  .trim()
  .max(253)
  .regex(/^@?([a-z0-9-]+\.)+[a-z]{2,}$/i, 'a domain such as partner.com');
const personRef = z.string().trim().min(1).max(100);

/** shared with the group's view (group-routes.ts) */
export const teamsTeamIdText =
  'the Teams team: either its Microsoft Entra group id (a GUID) or its Bot Framework id (19:…@thread…, its general channel’s id); Relais learns the other one from any channel of the team it is in (invitations need the Entra id, posting into the team the 19: id)';

export const groupSpaceSchema = z.object({
  teamsTenantId: platformId.nullable().optional(),
  teamsTeamId: platformId.nullable().optional().describe(teamsTeamIdText),
  teamsChannelId: platformId.nullable().optional(),
  slackTeamId: platformId.nullable().optional(),
  slackChannelId: platformId.nullable().optional(),
});

const settings = {
  descriptionFr: description.nullable().optional(),
  descriptionEn: description.nullable().optional(),
  space: groupSpaceSchema.optional(),
  allowedDomains: z.array(domain).max(200).optional(),
  blockedDomains: z.array(domain).max(200).optional(),
  guestExpiryDays: z.number().int().min(1).max(3650).optional(),
  reviewPeriodDays: z.number().int().min(7).max(730).optional(),
  charterDeadlineDays: z.number().int().min(1).max(365).optional(),
};

const nameRequired = {
  message: 'a group has a name in French or in English',
  path: ['nameEn'],
  params: localized({ key: 'groups.error.name_required' }),
};

export const groupInputSchema = z
  .object({
    nameFr: name.nullable().optional(),
    nameEn: name.nullable().optional(),
    kind: z.enum(groupKinds),
    ...settings,
    /** person ids named managers of the new group */
    managers: z.array(personRef).max(50).default([]),
  })
  .refine((g) => Boolean(g.nameFr || g.nameEn), nameRequired);
export type GroupInput = z.infer<typeof groupInputSchema>;

export const groupPatchSchema = z.object({
  nameFr: name.nullable().optional(),
  nameEn: name.nullable().optional(),
  kind: z.enum(groupKinds).optional(),
  ...settings,
});
export type GroupPatchInput = z.infer<typeof groupPatchSchema>;

export const memberInputSchema = z.object({
  /** a person id, or the email address of someone in the directory */
  person: z.string().trim().min(1).max(320),
  right: z.enum(groupRights).default('member'),
});
export type MemberInput = z.infer<typeof memberInputSchema>;

export const rightInputSchema = z.object({ right: z.enum(groupRights) });

export const charterInputSchema = z
  .object({
    textFr: z.string().trim().min(1).max(20_000).nullable().optional(),
    textEn: z.string().trim().min(1).max(20_000).nullable().optional(),
  })
  .refine((c) => Boolean(c.textFr || c.textEn), {
    message: 'a charter has a text in French or in English',
    path: ['textEn'],
    params: localized({ key: 'groups.error.charter_text_required' }),
  });
export type CharterInput = z.infer<typeof charterInputSchema>;
