/**
 * Welcome tours as data: a tour (ordered steps, an audience, the triggers that start it), the
 * tutorials steps point to, and a person's journey through one tour (a snapshot of the steps it
 * started with, plus per-step progress). zod schemas validate what the REST API and the console
 * write; the types are what the service hands out.
 */
import { z } from 'zod';
import { reason } from '../api/field-errors.js';
import type { ConversationTarget, PlatformName } from '../messaging/messenger.js';

/** What starts a journey. `manual`: an administrator (or automation) starts it explicitly. */
export const triggerKinds = ['first_contact', 'team_join', 'channel_join', 'import', 'manual'] as const;
export type TriggerKind = (typeof triggerKinds)[number];

export interface TourTrigger {
  kind: TriggerKind;
  /** the platform the trigger happened on: the journey's steps go there first */
  platform?: PlatformName;
  /** the team or channel joined (team_join, channel_join), kept on the journey for the presentation */
  conversation?: ConversationTarget;
  /** the group a guest joined (channel_join of a group's channel): matches `audience.groupKey` */
  groupKey?: string;
}

const shortText = (max: number) => z.string().trim().min(1).max(max);
const httpsUrl = z.url({ protocol: /^https?$/ });

/** One language's content of a step: a neutral card's title, markdown-subset text, image, links. */
export const stepContentSchema = z.object({
  title: shortText(200),
  /** markdown subset (bold, italic, links, lists); author text, escaped by the renderers */
  text: z.string().max(4000).default(''),
  imageUrl: httpsUrl.optional(),
  imageAlt: z.string().max(200).optional(),
  /** link buttons */
  links: z
    .array(z.object({ label: shortText(80), url: httpsUrl }))
    .max(5)
    .default([]),
});
export type StepContent = z.infer<typeof stepContentSchema>;

/**
 * One language is enough: an author writing only French (or only English) is not made to
 * translate; the reader of the other language gets the written one (contentIn, taskLabelIn).
 */
const inOneLanguageAtLeast = <T extends z.ZodType>(schema: T) =>
  z
    .object({ fr: schema.optional(), en: schema.optional() })
    .refine((v) => v.fr !== undefined || v.en !== undefined, {
      message: 'give at least one of fr, en',
      params: reason('one_language_required'),
    });

export const taskSchema = z.object({
  /** what to do, per language ("Update your directory profile") */
  label: inOneLanguageAtLeast(shortText(200)),
  /** a reminder every this many working days until done */
  remindEveryWorkingDays: z.number().int().min(1).max(30).default(2),
  /** reminders at most */
  maxReminders: z.number().int().min(0).max(10).default(3),
  /** ISO-8601 duration between reminders instead of working days (demos and tests) */
  remindEvery: z.string().max(40).optional(),
});
export type TourTask = z.infer<typeof taskSchema>;

export const stepSchema = z.object({
  /** stable id within the tour: progress follows it when the tour is applied to running journeys */
  key: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, - and _'),
  /**
   * when: "first contact", "day 1 at 09:30", "week 2 Monday", "day -3" (pre-boarding), the French
   * forms ("premier contact", "jour 1 à 09h30", "semaine 2 lundi"), or an ISO-8601 duration after
   * the journey started ("PT30S", "P1D"; exact, no calendar rules: demos and tests)
   */
  schedule: shortText(60),
  content: inOneLanguageAtLeast(stepContentSchema),
  /** tutorial ids from the library, shown as links */
  tutorialIds: z.array(z.string().min(1).max(100)).max(5).default([]),
  task: taskSchema.optional(),
  /** sent only once the step with this key is done (skipped → this one is skipped too) */
  onlyAfter: z.string().max(60).optional(),
});
export type TourStep = z.infer<typeof stepSchema>;
export type TourStepInput = z.input<typeof stepSchema>;

type Locale = 'fr' | 'en';
const other = (locale: Locale): Locale => (locale === 'fr' ? 'en' : 'fr');

/** The step's content in `locale`, else in the language it was written in. */
export const contentIn = (step: Pick<TourStep, 'content'>, locale: Locale): StepContent =>
  (step.content[locale] ?? step.content[other(locale)]) as StepContent;

/** The task's label in `locale`, else in the language it was written in. */
export const taskLabelIn = (task: Pick<TourTask, 'label'>, locale: Locale): string =>
  (task.label[locale] ?? task.label[other(locale)]) as string;

export const tourAudienceSchema = z.object({
  /**
   * newcomers: members (not guests), filtered by departments/sites; managers: people somebody
   * reports to; guests: guests, of `groupKey` when set; everyone: every new person
   */
  who: z.enum(['newcomers', 'managers', 'guests', 'everyone']),
  /** empty = any */
  departments: z.array(shortText(200)).max(200).default([]),
  sites: z.array(shortText(200)).max(200).default([]),
  groupKey: z.string().trim().min(1).max(200).optional(),
});
export type TourAudience = z.infer<typeof tourAudienceSchema>;

export const tourStatuses = ['active', 'draft', 'archived'] as const;
export type TourStatus = (typeof tourStatuses)[number];

/** the most steps a tour has: a step button's index is below it */
export const maxTourSteps = 50;

export const tourInputSchema = z.object({
  name: shortText(200),
  description: z.string().max(2000).default(''),
  status: z.enum(tourStatuses).default('active'),
  audience: tourAudienceSchema,
  triggers: z.array(z.enum(triggerKinds)).min(1).max(5),
  steps: z.array(stepSchema).min(1).max(maxTourSteps),
});
export type TourInput = z.input<typeof tourInputSchema>;

export interface Tour {
  id: string;
  name: string;
  description: string;
  status: TourStatus;
  audience: TourAudience;
  triggers: TriggerKind[];
  steps: TourStep[];
  /** +1 on every update */
  version: number;
  /** 'relais-welcome' for the ready-made tour, else null */
  builtIn: string | null;
  createdAt: string;
  updatedAt: string;
}

export const tutorialInputSchema = z.object({
  title: z.object({ fr: shortText(200), en: shortText(200) }),
  url: httpsUrl,
  kind: z.enum(['link', 'video']).default('link'),
});
export type TutorialInput = z.input<typeof tutorialInputSchema>;
export interface Tutorial extends z.infer<typeof tutorialInputSchema> {
  id: string;
}

/** The resource person of a department or a site: shown on every step with a contact button. */
export interface TourResource {
  scope: 'department' | 'site';
  value: string;
  personId: string;
}

export const stepStates = ['pending', 'sent', 'done', 'skipped'] as const;
export type StepState = (typeof stepStates)[number];

export interface StepProgress {
  index: number;
  key: string;
  state: StepState;
  /** when the drip sends it (ISO); null while it waits for its `onlyAfter` step */
  dueAt: string | null;
  sentAt: string | null;
  doneAt: string | null;
  skippedAt: string | null;
  /** task reminders sent so far */
  reminders: number;
}

export type JourneyStatus = 'active' | 'completed' | 'stopped';

export interface Journey {
  id: string;
  tourId: string;
  personId: string;
  status: JourneyStatus;
  trigger: TourTrigger;
  /** the steps this journey started with (or the last applied version): edits do not change it */
  steps: TourStep[];
  tourVersion: number;
  /** +1 each time the tour is applied to this running journey */
  revision: number;
  /** the person's start date when the journey started (YYYY-MM-DD), the calendar's day 1 */
  startDate: string | null;
  /** when the journey started: the first contact (or the trigger) */
  startedAt: string;
  /** the step the person is looking at (`tour` command resumes here) */
  currentStep: number;
  progress: StepProgress[];
  completedAt: string | null;
  stoppedAt: string | null;
}

export interface StepFunnel {
  index: number;
  key: string;
  title: string;
  /** the title in each language, so a reader sees theirs (the other when theirs is empty) */
  titles: { fr: string; en: string };
  /** journeys for which this step was sent (or later done/skipped) */
  reached: number;
  done: number;
  skipped: number;
}

export interface CompletionRow {
  /** department or site name; '' when unknown */
  value: string;
  journeys: number;
  completed: number;
  /** completed / journeys, 0..1 */
  rate: number;
}

export interface TourStats {
  tourId: string;
  journeys: { total: number; active: number; completed: number; stopped: number };
  completionRate: number;
  funnel: StepFunnel[];
  byDepartment: CompletionRow[];
  bySite: CompletionRow[];
}

/**
 * The tours calendar and contact links, for capabilities that keep the same hours and reach the
 * same people (ambassadors' digests follow an ambassador's working days and quiet hours).
 */
export { type CalendarRules, isTimeZone, nextAllowedTime, zonedParts, zonedToUtc } from './calendar.js';
export { contactLinkFor } from './contact-links.js';
