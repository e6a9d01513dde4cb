/**
 * The console's calls to the tours REST API (/api/v1/tours…, /api/v1/tutorials), one function per
 * call, typed by the server's OpenAPI document (../api/relais-api.d.ts). The server validates
 * everything again.
 */
import { type ApiClient, answerOf } from '../api/api-client.js';
import type { BodyOf, ResponseOf } from '../api/api-types.js';

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
