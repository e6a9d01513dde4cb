/**
 * A group's welcome content as data: the welcome text, resource sections (each a heading and its
 * links, titles in French and/or English) and the news items pinned to the group. zod schemas
 * validate what managers write through the REST API and the console; field errors are worded in
 * the caller's language by the API (shared/api/field-errors.ts).
 */
import { z } from 'zod';
import { reason } from '../../api/field-errors.js';
import type { Locale } from '../../i18n/i18n.js';

export type Texts = { fr?: string; en?: string };

const shortText = (max: number) => z.string().trim().min(1).max(max);

/** one language is enough: the reader of the other language gets the written one */
const inOneLanguageAtLeast = (max: number) =>
  z
    .object({ fr: shortText(max).optional(), en: shortText(max).optional() })
    .refine((v) => v.fr !== undefined || v.en !== undefined, {
      message: 'give at least one of fr, en',
      params: reason('one_language_required'),
    });

export const resourceSchema = z.object({
  title: inOneLanguageAtLeast(200),
  url: z.url({ protocol: /^https?$/ }).max(2000),
});
export type Resource = z.infer<typeof resourceSchema>;

export const sectionSchema = z.object({
  title: inOneLanguageAtLeast(120),
  resources: z.array(resourceSchema).max(20).default([]),
});
export type Section = z.infer<typeof sectionSchema>;

export const portalInputSchema = z.object({
  /** plain text, line breaks kept; an empty text in both languages shows no welcome */
  welcome: z.object({ fr: z.string().max(4000).optional(), en: z.string().max(4000).optional() }),
  sections: z.array(sectionSchema).max(10).default([]),
  /** news ids addressed to the group, shown first */
  pinnedNews: z.array(z.string().min(1).max(100)).max(10).default([]),
});
export type PortalInput = z.input<typeof portalInputSchema>;
export type PortalContent = z.infer<typeof portalInputSchema>;

/** What a group's portal holds, stored or from its kind's template. */
export interface GroupPortal extends PortalContent {
  groupId: string;
  tourId: string | null;
  /** false while the group shows its kind's template (no manager has edited it yet) */
  edited: boolean;
  updatedAt: string | null;
}

/** The text in `locale`, else in the language it was written in. */
export const textIn = (texts: Texts, locale: Locale): string =>
  (locale === 'fr' ? (texts.fr ?? texts.en) : (texts.en ?? texts.fr)) ?? '';
