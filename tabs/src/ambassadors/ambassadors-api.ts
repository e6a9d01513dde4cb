/** The console's calls to the ambassadors REST API, typed by the server's OpenAPI document. */
import { type ApiClient, answerOf } from '../api/api-client.js';
import type { BodyOf, ResponseOf } from '../api/api-types.js';

export type Ambassador = ResponseOf<'/ambassadors', 'get'>['ambassadors'][number];
export type AmbassadorFigures = ResponseOf<'/ambassadors/{personId}/figures', 'get'>;
export type LeaderboardEntry = ResponseOf<'/ambassadors/leaderboard', 'get'>['entries'][number];
export type RelayCampaign = ResponseOf<'/relay-campaigns', 'get'>['campaigns'][number];
export type RelayCampaignInput = BodyOf<'/relay-campaigns', 'post'>;
export type Assignment = ResponseOf<'/ambassadors/assignments', 'get'>['assignments'][number];
export type RosterImportRow = BodyOf<'/ambassadors/import', 'post'>['rows'][number];
export type RosterImportResult = ResponseOf<'/ambassadors/import', 'post'>['results'][number];

export function createAmbassadorsApi({ http }: ApiClient) {
  return {
    roster: async (signal?: AbortSignal) =>
      (await answerOf(http.GET('/ambassadors', { signal }))).ambassadors,
    campaigns: async (signal?: AbortSignal) =>
      (await answerOf(http.GET('/relay-campaigns', { params: { query: { limit: 20, offset: 0 } }, signal })))
        .campaigns,
    add: (body: { personId: string; departments?: string[]; sites?: string[]; groups?: string[] }) =>
      answerOf(http.POST('/ambassadors', { body: { ...body, sponsors: [] } })),
    setStatus: (personId: string, status: 'active' | 'paused') =>
      answerOf(http.PATCH('/ambassadors/{personId}', { params: { path: { personId } }, body: { status } })),
    figures: (personId: string, signal?: AbortSignal) =>
      answerOf(
        http.GET('/ambassadors/{personId}/figures', { params: { path: { personId }, query: {} }, signal }),
      ),
    leaderboard: async (department: string, signal?: AbortSignal) =>
      (
        await answerOf(
          http.GET('/ambassadors/leaderboard', {
            params: { query: department ? { department } : {} },
            signal,
          }),
        )
      ).entries,
    setLeaderboardOptOut: (personId: string, leaderboardOptOut: boolean) =>
      answerOf(
        http.PATCH('/ambassadors/{personId}', {
          params: { path: { personId } },
          body: { leaderboardOptOut },
        }),
      ),
    ask: (body: RelayCampaignInput) => answerOf(http.POST('/relay-campaigns', { body })),
    campaignsOf: async (subjectType: RelayCampaign['subjectType'], subjectId: string, signal?: AbortSignal) =>
      (
        await answerOf(
          http.GET('/relay-campaigns', {
            params: { query: { limit: 20, offset: 0, subjectType, subjectId } },
            signal,
          }),
        )
      ).campaigns,
    campaign: (id: string, signal?: AbortSignal) =>
      answerOf(http.GET('/relay-campaigns/{id}', { params: { path: { id } }, signal })),
    assignments: async (week: string, signal?: AbortSignal) =>
      (await answerOf(http.GET('/ambassadors/assignments', { params: { query: { week } }, signal })))
        .assignments,
    importRoster: async (rows: RosterImportRow[]) =>
      (await answerOf(http.POST('/ambassadors/import', { body: { rows } }))).results,
    approve: (personId: string) =>
      answerOf(http.POST('/ambassadors/{personId}/approve', { params: { path: { personId } } })),
  };
}

export type AmbassadorsApi = ReturnType<typeof createAmbassadorsApi>;
