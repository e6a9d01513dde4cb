/**
 * The console's view of the tours REST API (/api/v1/tours…, /api/v1/tutorials): the shapes the
 * pages read and write (mirroring shared/tours/tour-model.ts) and one function per call. The
 * server validates everything again.
 */

export type TourLocale = 'fr' | 'en';
export type TriggerKind = 'first_contact' | 'team_join' | 'channel_join' | 'import' | 'manual';
export const triggerKinds: TriggerKind[] = ['first_contact', 'team_join', 'channel_join', 'import', 'manual'];
export type TourStatus = 'active' | 'draft' | 'archived';
export const tourStatuses: TourStatus[] = ['active', 'draft', 'archived'];
export type AudienceWho = 'newcomers' | 'managers' | 'guests' | 'everyone';
export const audienceWhos: AudienceWho[] = ['newcomers', 'managers', 'guests', 'everyone'];

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

export interface PersonSummary {
  id: string;
  displayName: string;
  email: string | null;
}

/** JSON over /api/v1 with the session's credential (the shell's ApiClient.request). */
export type ApiRequest = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** Lists may come bare or wrapped ({ tours: [...] }): accept both so the page follows the server. */
const listOf = <T>(value: unknown, key: string): T[] =>
  Array.isArray(value) ? (value as T[]) : (((value as Record<string, unknown>)?.[key] as T[]) ?? []);

export function createToursApi(request: ApiRequest) {
  const id = encodeURIComponent;
  return {
    list: async () => listOf<Tour>(await request('GET', '/tours'), 'tours'),
    get: (tourId: string) => request<Tour>('GET', `/tours/${id(tourId)}`),
    create: (input: TourInput) => request<Tour>('POST', '/tours', input),
    update: (tourId: string, input: TourInput) => request<Tour>('PUT', `/tours/${id(tourId)}`, input),
    archive: (tourId: string) => request<Tour>('DELETE', `/tours/${id(tourId)}`),
    applyToRunning: (tourId: string) =>
      request<{ journeys: number }>('POST', `/tours/${id(tourId)}/apply-to-running`, {}),
    stats: (tourId: string) => request<TourStats>('GET', `/tours/${id(tourId)}/stats`),
    tutorials: async () => listOf<Tutorial>(await request('GET', '/tutorials'), 'tutorials'),
    createTutorial: (input: Omit<Tutorial, 'id'>) => request<Tutorial>('POST', '/tutorials', input),
    deleteTutorial: (tutorialId: string) => request<void>('DELETE', `/tutorials/${id(tutorialId)}`),
    resources: async () => listOf<TourResource>(await request('GET', '/tours/resources'), 'resources'),
    setResource: (scope: TourResource['scope'], value: string, personId: string | null) =>
      request<void>('PUT', '/tours/resources', { scope, value, personId }),
    searchPeople: async (q: string) =>
      listOf<PersonSummary>(
        await request('GET', `/people?q=${encodeURIComponent(q)}&limit=8&offset=0`),
        'people',
      ),
    /** when a step with this schedule would arrive for a newcomer starting on `startDate` (default: a sample Monday) */
    previewSchedule: (schedule: string, startDate?: string) =>
      request<{ dueAt: string; startDate: string; timeZone: string }>('POST', '/tours/schedule-preview', {
        schedule,
        ...(startDate ? { startDate } : {}),
      }),
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
