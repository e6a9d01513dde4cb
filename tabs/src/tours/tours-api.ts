/**
 * The console's calls to the tours REST API (/api/v1/tours…, /api/v1/tutorials), one function per
 * call, typed by the server's OpenAPI document (../api/relais-api.d.ts). The server validates
 * everything again.
 */
import { type ApiClient, answerAs, answerOf } from '../api/api-client.js';
import type { BodyOf, ResponseOf } from '../api/api-types.js';

type TourBody = BodyOf<'/tours', 'post'>;
export type TourLocale = 'fr' | 'en';
export type TriggerKind = NonNullable<TourBody['triggers']>[number];
export const triggerKinds: TriggerKind[] = ['first_contact', 'team_join', 'channel_join', 'import', 'manual'];
export type TourStatus = NonNullable<TourBody['status']>;
export const tourStatuses: TourStatus[] = ['active', 'draft', 'archived'];
export type AudienceWho = TourBody['audience']['who'];
export const audienceWhos: AudienceWho[] = ['newcomers', 'managers', 'guests', 'everyone'];

// Local shapes: the document declares no response schema for the tours, tutorials, resources and
// statistics yet (issue 10, item 3), so what the pages read is named here. What they send is
// checked against the document's request schemas below (create, update, tutorials, resources).
// Drop each local type when the document declares it.

export interface StepContent {
  title: string;
  text: string;
  imageUrl?: string;
  imageAlt?: string;
  links: { label: string; url: string }[];
}

export interface TourTask {
  label: { fr: string; en: string };
  remindEveryWorkingDays: number;
  maxReminders: number;
  remindEvery?: string;
}

export interface TourStep {
  key: string;
  schedule: string;
  content: Record<TourLocale, StepContent>;
  tutorialIds: string[];
  task?: TourTask;
  onlyAfter?: string;
}

export interface TourAudience {
  who: AudienceWho;
  departments: string[];
  sites: string[];
  groupKey?: string;
}

export interface TourInput {
  name: string;
  description: string;
  status: TourStatus;
  audience: TourAudience;
  triggers: TriggerKind[];
  steps: TourStep[];
}

export interface Tour extends TourInput {
  id: string;
  version: number;
  builtIn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Tutorial {
  id: string;
  title: { fr: string; en: string };
  url: string;
  kind: 'link' | 'video';
}

export interface TourResource {
  scope: 'department' | 'site';
  value: string;
  personId: string;
}

export interface StepFunnel {
  index: number;
  key: string;
  title: string;
  reached: number;
  done: number;
  skipped: number;
}

export interface CompletionRow {
  value: string;
  journeys: number;
  completed: number;
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

export type PersonSummary = Pick<
  ResponseOf<'/people', 'get'>['people'][number],
  'id' | 'displayName' | 'email'
>;

/** The tour's path, and the signal that cancels a read when its page closes (useLoad). */
const tour = (tourId: string, signal?: AbortSignal) => ({ params: { path: { id: tourId } }, signal });

export function createToursApi({ http }: ApiClient) {
  return {
    list: async (signal?: AbortSignal) =>
      (await answerAs<{ tours: Tour[] }>(http.GET('/tours', { signal }))).tours,
    get: (tourId: string, signal?: AbortSignal) =>
      answerAs<Tour>(http.GET('/tours/{id}', tour(tourId, signal))),
    create: (input: TourInput) => answerAs<Tour>(http.POST('/tours', { body: input })),
    update: (tourId: string, input: TourInput) =>
      answerAs<Tour>(http.PUT('/tours/{id}', { ...tour(tourId), body: input })),
    archive: (tourId: string) => answerAs<Tour>(http.DELETE('/tours/{id}', tour(tourId))),
    applyToRunning: (tourId: string) =>
      answerAs<{ journeys: number }>(http.POST('/tours/{id}/apply-to-running', tour(tourId))),
    stats: (tourId: string, signal?: AbortSignal) =>
      answerAs<TourStats>(http.GET('/tours/{id}/stats', tour(tourId, signal))),
    tutorials: async (signal?: AbortSignal) =>
      (await answerAs<{ tutorials: Tutorial[] }>(http.GET('/tutorials', { signal }))).tutorials,
    createTutorial: (input: Omit<Tutorial, 'id'>) =>
      answerAs<Tutorial>(http.POST('/tutorials', { body: input })),
    deleteTutorial: (tutorialId: string) =>
      answerOf(http.DELETE('/tutorials/{id}', { params: { path: { id: tutorialId } } })),
    resources: async (signal?: AbortSignal) =>
      (await answerAs<{ resources: TourResource[] }>(http.GET('/tours/resources', { signal }))).resources,
    setResource: (scope: TourResource['scope'], value: string, personId: string | null) =>
      answerOf(http.PUT('/tours/resources', { body: { scope, value, personId } })),
    searchPeople: async (q: string, signal?: AbortSignal): Promise<PersonSummary[]> =>
      (await answerOf(http.GET('/people', { params: { query: { q, limit: 8, offset: 0 } }, signal }))).people,
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

export const emptyStep = (n: number): TourStep => ({
  key: `step-${n}`,
  schedule: n === 1 ? 'first contact' : `day ${n}`,
  content: { fr: { title: '', text: '', links: [] }, en: { title: '', text: '', links: [] } },
  tutorialIds: [],
});

export const emptyTour = (): TourInput => ({
  name: '',
  description: '',
  status: 'draft',
  audience: { who: 'newcomers', departments: [], sites: [] },
  triggers: ['first_contact'],
  steps: [emptyStep(1)],
});

/** What the editor sends back: the input fields of a tour, nothing the server computed. */
export const toInput = (tour: TourInput): TourInput => ({
  name: tour.name,
  description: tour.description,
  status: tour.status,
  audience: tour.audience,
  triggers: tour.triggers,
  steps: tour.steps,
});
