/**
 * The console's calls to the tours REST API (/api/v1/tours…, /api/v1/tutorials), one function per
 * call, typed by the server's OpenAPI document (../api/relais-api.d.ts). The server validates
 * everything again.
 */
import { type ApiClient, answerOf } from '../api/api-client.js';
import type { BodyOf, ResponseOf } from '../api/api-types.js';
import { defaultSchedule, type ScheduleLocale } from './schedule-words.js';

type TourBody = BodyOf<'/tours', 'post'>;
export type TriggerKind = NonNullable<TourBody['triggers']>[number];
export const triggerKinds: TriggerKind[] = ['first_contact', 'team_join', 'channel_join', 'import', 'manual'];
export type TourStatus = NonNullable<TourBody['status']>;
export const tourStatuses: TourStatus[] = ['active', 'draft', 'archived'];
export type AudienceWho = TourBody['audience']['who'];
export const audienceWhos: AudienceWho[] = ['newcomers', 'managers', 'guests', 'everyone'];

/** A tour as the server answers it (GET /tours/{id}, and what create, update and archive return). */
export type Tour = ResponseOf<'/tours/{id}', 'get'>;
/** What the editor holds and sends back: a tour's own fields, nothing the server computed. */
export type TourInput = Pick<Tour, 'name' | 'description' | 'status' | 'audience' | 'triggers' | 'steps'>;
export type TourStep = TourInput['steps'][number];
/** The languages a step is written in. */
export type TourLocale = keyof TourStep['content'];
export type Tutorial = ResponseOf<'/tutorials', 'get'>['tutorials'][number];
export type TourResource = ResponseOf<'/tours/resources', 'get'>['resources'][number];
export type TourStats = ResponseOf<'/tours/{id}/stats', 'get'>;
export type CompletionRow = TourStats['bySite'][number];

export type PersonSummary = Pick<
  ResponseOf<'/people', 'get'>['people'][number],
  'id' | 'displayName' | 'email'
>;

/** The tour's path, and the signal that cancels a read when its page closes (useLoad). */
const tour = (tourId: string, signal?: AbortSignal) => ({ params: { path: { id: tourId } }, signal });

export function createToursApi({ http }: ApiClient) {
  return {
    list: async (signal?: AbortSignal) => (await answerOf(http.GET('/tours', { signal }))).tours,
    get: (tourId: string, signal?: AbortSignal) => answerOf(http.GET('/tours/{id}', tour(tourId, signal))),
    create: (input: TourInput) => answerOf(http.POST('/tours', { body: input })),
    update: (tourId: string, input: TourInput) =>
      answerOf(http.PUT('/tours/{id}', { ...tour(tourId), body: input })),
    archive: (tourId: string) => answerOf(http.DELETE('/tours/{id}', tour(tourId))),
    applyToRunning: (tourId: string) => answerOf(http.POST('/tours/{id}/apply-to-running', tour(tourId))),
    stats: (tourId: string, signal?: AbortSignal) =>
      answerOf(http.GET('/tours/{id}/stats', tour(tourId, signal))),
    tutorials: async (signal?: AbortSignal) => (await answerOf(http.GET('/tutorials', { signal }))).tutorials,
    createTutorial: (input: BodyOf<'/tutorials', 'post'>) =>
      answerOf(http.POST('/tutorials', { body: input })),
    deleteTutorial: (tutorialId: string) =>
      answerOf(http.DELETE('/tutorials/{id}', { params: { path: { id: tutorialId } } })),
    resources: async (signal?: AbortSignal) =>
      (await answerOf(http.GET('/tours/resources', { signal }))).resources,
    setResource: (scope: TourResource['scope'], value: string, personId: string | null) =>
      answerOf(http.PUT('/tours/resources', { body: { scope, value, personId } })),
    /** departments and sites to choose from (the audience picker's suggestions) */
    audienceSuggestions: (signal?: AbortSignal) => answerOf(http.GET('/audiences/suggestions', { signal })),
    /** how many people the audience as edited matches in the directory today, and where */
    audienceReach: (audience: TourInput['audience'], signal?: AbortSignal) =>
      answerOf(http.POST('/tours/audience-reach', { body: audience, signal })),
    searchPeople: async (q: string, signal?: AbortSignal): Promise<PersonSummary[]> =>
      (await answerOf(http.GET('/people', { params: { query: { q, limit: 8, offset: 0 } }, signal }))).people,
    /** the neutral card of a step as edited, in French and English (the editor's preview) */
    previewStep: (body: StepCardBody, signal?: AbortSignal) =>
      answerOf(http.POST('/tours/step-preview', { body, signal })),
    /** "send me a test": the step as edited, to the caller's own chat accounts */
    testStep: (body: StepCardBody & { locale: ScheduleLocale }) =>
      answerOf(http.POST('/tours/step-test', { body })),
    /** when a step with this schedule would arrive for a newcomer starting on `startDate` (default: a sample Monday) */
    previewSchedule: (schedule: string, startDate?: string, signal?: AbortSignal) =>
      answerOf(
        http.POST('/tours/schedule-preview', {
          body: { schedule, ...(startDate ? { startDate } : {}) },
          signal,
        }),
      ),
  };
}

export type ToursApi = ReturnType<typeof createToursApi>;

export type StepCardBody = BodyOf<'/tours/step-preview', 'post'>;

/**
 * A new step: its key (the id progress follows, never shown) unused in the tour, its schedule in
 * the author's words.
 */
export const emptyStep = (n: number, locale: ScheduleLocale, taken: readonly string[] = []): TourStep => {
  let i = n;
  while (taken.includes(`step-${i}`)) i += 1;
  return {
    key: `step-${i}`,
    schedule: defaultSchedule(locale, n),
    content: { fr: { title: '', text: '', links: [] }, en: { title: '', text: '', links: [] } },
    tutorialIds: [],
  };
};

const hasText = (text: string | undefined) => Boolean(text?.trim());

/**
 * What is sent for a step: a language left entirely empty is left out (one language is enough;
 * the server gives readers of the other one this one), and so is an empty task label.
 */
export function writtenStep(step: TourStep): TourStep {
  const content = { ...step.content };
  for (const lang of ['fr', 'en'] as const) {
    const c = content[lang];
    if (c && !hasText(c.title) && !hasText(c.text) && !c.imageUrl && !c.links?.length) delete content[lang];
  }
  // nothing written at all: kept, so the server names the missing title
  const kept = Object.keys(content).length > 0 ? content : step.content;
  const label = { ...step.task?.label };
  for (const lang of ['fr', 'en'] as const) if (!hasText(label[lang])) delete label[lang];
  const task = step.task && Object.keys(label).length > 0 ? { ...step.task, label } : undefined;
  const { task: _old, ...rest } = step;
  return { ...rest, content: kept, ...(task ? { task } : {}) };
}

export const emptyTour = (locale: ScheduleLocale): TourInput => ({
  name: '',
  description: '',
  status: 'draft',
  audience: { who: 'newcomers', departments: [], sites: [] },
  triggers: ['first_contact'],
  steps: [emptyStep(1, locale)],
});

/** What the editor sends back: the input fields of a tour, nothing the server computed. */
export const toInput = (tour: TourInput): TourInput => ({
  name: tour.name,
  description: tour.description,
  status: tour.status,
  audience: tour.audience,
  triggers: tour.triggers,
  steps: tour.steps.map(writtenStep),
});
