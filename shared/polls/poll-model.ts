/**
 * Polls as data: a question, 2 to 10 options (voters may add more when allowed), single or
 * multiple choice, anonymous or named, when results show, a deadline. Plain types and the zod
 * schemas that validate what the REST API and the dialog accept; no storage, no platform.
 */
import { z } from 'zod';
import { reason } from '../api/field-errors.js';
import { audienceSchema } from '../audiences/audience.js';
import type { Locale } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';

/** options written by the author */
export const minOptions = 2;
export const maxAuthorOptions = 10;
/** a ballot is a bitmask over option positions: 30 bits stay a positive 32-bit integer everywhere */
export const maxOptions = 30;
export const maxQuestionLength = 300;
export const maxOptionLength = 150;

/** when the counts show: at once, to each person after they voted, or to everyone after closing */
export const resultVisibilities = ['live', 'after_vote', 'after_close'] as const;
export type ResultVisibility = (typeof resultVisibilities)[number];

export interface PollOption {
  /** stable id (`o0`, `o1`…, voter-added ones too); what buttons and the API carry */
  id: string;
  label: string;
  /** bit position in a ballot */
  position: number;
  /** set when a voter added it (their person id; null on anonymous polls) */
  addedBy: string | null;
}

export interface PollConversation {
  platform: PlatformName;
  tenantId: string;
  conversationId: string;
}

export interface Poll {
  id: string;
  question: string;
  options: PollOption[];
  /** at most this many options per ballot (1 = single choice) */
  maxChoices: number;
  anonymous: boolean;
  resultVisibility: ResultVisibility;
  /** voters may add an option (not on anonymous polls: the option would name its author) */
  allowAddOptions: boolean;
  /** ISO time of the automatic close, or null */
  closesAt: string | null;
  /** ISO time it closed, or null while open */
  closedAt: string | null;
  authorId: string | null;
  /** language of the poll's own texts (buttons on shared cards) */
  locale: Locale;
  createdAt: string;
}

export const isOpen = (poll: Poll): boolean => poll.closedAt === null;
export const isMultiple = (poll: Poll): boolean => poll.maxChoices > 1;

/** Counts read by one aggregate query; `voters` is the number of ballots (people who voted). */
export interface PollResults {
  pollId: string;
  voters: number;
  /** option id → number of ballots that chose it */
  counts: Record<string, number>;
}

/** What a person sees of a poll: their own choices, and the counts when they may see them. */
export interface PollView {
  poll: Poll;
  /** option ids the viewer chose (empty when they have not voted) */
  myChoices: string[];
  /** undefined while results are hidden from this viewer */
  results?: PollResults;
  /** the viewer may close, reopen and export it */
  canManage: boolean;
}

const optionLabel = z.string().trim().min(1).max(maxOptionLength);

export const pollDraftSchema = z
  .object({
    question: z.string().trim().min(1).max(maxQuestionLength),
    options: z.array(optionLabel).min(minOptions).max(maxAuthorOptions),
    /** 1 = single choice (default); up to the number of options */
    maxChoices: z.number().int().min(1).max(maxOptions).default(1),
    anonymous: z.boolean().default(false),
    resultVisibility: z.enum(resultVisibilities).default('live'),
    allowAddOptions: z.boolean().default(false),
    /** ISO date-time of the automatic close, in the future */
    closesAt: z.iso.datetime({ offset: true }).optional(),
    locale: z.enum(['fr', 'en']).optional(),
  })
  .superRefine((draft, ctx) => {
    if (draft.maxChoices > draft.options.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxChoices'],
        message: 'must not exceed the number of options',
        params: reason('more_than_options', { maximum: draft.options.length }),
      });
    }
    const seen = new Set<string>();
    draft.options.forEach((label, index) => {
      const key = labelKey(label);
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['options', index],
          message: 'duplicate option',
          params: reason('duplicate'),
        });
      seen.add(key);
    });
    if (draft.anonymous && draft.allowAddOptions) {
      ctx.addIssue({
        code: 'custom',
        path: ['allowAddOptions'],
        message: 'an anonymous poll takes no options from voters (the option would name its author)',
        params: reason('anonymous_no_voter_options'),
      });
    }
    if (draft.closesAt && Date.parse(draft.closesAt) <= Date.now()) {
      ctx.addIssue({
        code: 'custom',
        path: ['closesAt'],
        message: 'must be in the future',
        params: reason('in_the_past'),
      });
    }
  });
export type PollDraft = z.infer<typeof pollDraftSchema>;
export type PollDraftInput = z.input<typeof pollDraftSchema>;

/** Where a new poll goes: posted into one conversation, or sent 1:1 to an audience. */
export const pollTargetSchema = z.union([
  z.object({
    conversation: z.object({
      platform: z.enum(['teams', 'slack']),
      tenantId: z.string().min(1).max(200),
      conversationId: z.string().min(1).max(300),
    }),
  }),
  z.object({ audience: audienceSchema }),
]);
export type PollTarget = z.infer<typeof pollTargetSchema>;

/** Two labels that differ only by case, accents or spaces are one option. */
export const labelKey = (label: string): string =>
  label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** The ballot bitmask for a set of options. */
export const ballotOf = (options: PollOption[]): number =>
  options.reduce((mask, option) => mask | (1 << option.position), 0);

export const choicesOf = (poll: Poll, ballot: number): string[] =>
  poll.options.filter((o) => (ballot & (1 << o.position)) !== 0).map((o) => o.id);
