/**
 * News items as data: the French and English variants (each recipient reads their language, else
 * the other), the audience, the strategic flag (asks for an acknowledgement), expiry and the
 * publishing life cycle. Input schemas are zod, shared by the REST routes and chat paths.
 */
import { z } from 'zod';
import { reason } from '../api/field-errors.js';
import { type Audience, audienceSchema } from '../audiences/audience.js';
import { isSafeImageUrl, isSafeUrl } from '../cards/markdown.js';
import type { Locale } from '../i18n/i18n.js';

/**
 * draft → (pending_approval) → scheduled → publishing → published → recalled. `expired` is read
 * from `expiresAt` (a published item past its expiry), never stored.
 */
export const newsStatuses = [
  'draft',
  'pending_approval',
  'scheduled',
  'publishing',
  'published',
  'recalled',
  'expired',
] as const;
export type NewsStatus = (typeof newsStatuses)[number];

/** What a person can do with a news item, first time each, one row per (news, person, kind). */
export const signalKinds = ['delivered', 'read', 'acknowledged', 'clicked', 'reacted'] as const;
export type SignalKind = (typeof signalKinds)[number];

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => isSafeUrl(u) && /^https?:\/\//i.test(u), {
    message: 'must be an http(s) URL',
    params: reason('invalid_format', { format: 'url' }),
  });

export const newsButtonSchema = z.object({
  label: z.string().trim().min(1).max(80),
  url: httpUrl,
});
export type NewsButton = z.infer<typeof newsButtonSchema>;

export const newsVariantSchema = z.object({
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(500).default(''),
  /** markdown subset (shared/cards/markdown.ts) */
  body: z.string().max(8000).default(''),
  imageUrl: z
    .string()
    .trim()
    .max(2000)
    .refine(isSafeImageUrl, {
      message: 'must be an http(s) image URL',
      params: reason('invalid_format', { format: 'url' }),
    })
    .optional(),
  imageAlt: z.string().trim().max(200).optional(),
  buttons: z.array(newsButtonSchema).max(5).default([]),
});
export type NewsVariant = z.infer<typeof newsVariantSchema>;

export const newsVariantsSchema = z
  .object({ fr: newsVariantSchema.optional(), en: newsVariantSchema.optional() })
  .refine((v) => v.fr || v.en, {
    message: 'give at least one of fr, en',
    params: reason('one_language_required'),
  });
export type NewsVariants = z.infer<typeof newsVariantsSchema>;

const isoWithOffset = z.iso.datetime({ offset: true });

export const newsInputSchema = z.object({
  variants: newsVariantsSchema,
  audience: audienceSchema,
  strategic: z.boolean().default(false),
  /** ISO-8601 with an offset (Z or ±hh:mm) */
  expiresAt: isoWithOffset.nullable().optional(),
});
export type NewsInput = z.input<typeof newsInputSchema>;

/** PATCH: any subset; variants replace per language. */
export const newsPatchSchema = z
  .object({
    variants: z.object({
      fr: newsVariantSchema.nullable().optional(),
      en: newsVariantSchema.nullable().optional(),
    }),
    audience: audienceSchema,
    strategic: z.boolean(),
    expiresAt: isoWithOffset.nullable(),
  })
  .partial();
export type NewsPatch = z.input<typeof newsPatchSchema>;

/**
 * When to publish: nothing = now; `at` with an offset (2026-11-23T09:00:00+01:00); or a local
 * time (2026-11-23T09:00) with an IANA `timeZone` (Europe/Paris).
 */
export const publishSchema = z
  .object({
    at: z
      .string()
      .trim()
      .regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/,
        'must be an ISO date-time, e.g. 2026-11-23T09:00:00+01:00 or 2026-11-23T09:00 with timeZone',
      )
      .optional(),
    timeZone: z.string().trim().min(1).max(100).optional(),
    /** with `at` only: publish even if the audience reaches nobody now (its people may arrive by then) */
    allowEmpty: z.boolean().optional(),
  })
  .default({});
export type PublishInput = z.input<typeof publishSchema>;

/** Share as news from chat: a first draft from a message (title + text). */
export const draftFromChatSchema = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().max(8000).default(''),
  summary: z.string().trim().max(500).optional(),
  locale: z.enum(['fr', 'en']).optional(),
  audience: audienceSchema.optional(),
});
export type DraftFromChat = z.input<typeof draftFromChatSchema>;

export interface NewsItem {
  id: string;
  /** as stored, except `expired`, computed from expiresAt for published items */
  status: NewsStatus;
  variants: NewsVariants;
  audience: Audience;
  strategic: boolean;
  expiresAt: string | null;
  authorId: string | null;
  authorName: string;
  createdAt: string;
  updatedAt: string;
  /** scheduled time (UTC ISO) and the zone it was asked in */
  publishAt: string | null;
  publishTimeZone: string | null;
  publishedAt: string | null;
  recalledAt: string | null;
  /** the send was cancelled part-way (what was sent stays) */
  cancelledAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  /** reminders sent so far (strategic news) */
  remindersSent: number;
}

/** A feed entry: the item in the reader's language with their own state. */
export interface FeedItem {
  id: string;
  locale: Locale;
  title: string;
  summary: string;
  body: string;
  imageUrl: string | null;
  buttons: NewsButton[];
  strategic: boolean;
  authorName: string;
  publishedAt: string;
  expiresAt: string | null;
  acknowledgedAt: string | null;
  readAt: string | null;
}

/** Per-kind counts of one group of recipients. */
export interface SignalCounts {
  targeted: number;
  delivered: number;
  read: number;
  acknowledged: number;
  clicked: number;
  reacted: number;
}

export interface NewsStats {
  newsId: string;
  status: NewsStatus;
  /** delivery records by status (queued, sent, failed, unreachable...) and progress */
  deliveries: {
    total: number;
    byStatus: Record<string, number>;
    done: boolean;
    sentPerSecond: number;
    etaSeconds: number | null;
  };
  totals: SignalCounts;
  /** '' = people without a department */
  byDepartment: ({ department: string } & SignalCounts)[];
  remindersSent: number;
}

export interface PendingAcknowledgement {
  personId: string;
  displayName: string;
  email: string | null;
  department: string | null;
  /** where they got a copy */
  platforms: string[];
}

/** The variant a reader sees: theirs, else the other language. */
export function variantFor(variants: NewsVariants, locale: Locale): { locale: Locale; variant: NewsVariant } {
  const own = variants[locale];
  if (own) return { locale, variant: own };
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  return { locale: other, variant: variants[other]! };
}
