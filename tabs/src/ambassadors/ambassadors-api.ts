/** The console's calls to the ambassadors REST API, typed by the server's OpenAPI document. */
import { type ApiClient, answerOf } from '../api/api-client.js';
import type { ResponseOf } from '../api/api-types.js';

export type Ambassador = ResponseOf<'/ambassadors', 'get'>['ambassadors'][number];
export type RelayCampaign = ResponseOf<'/relay-campaigns', 'get'>['campaigns'][number];

export function createAmbassadorsApi({ http }: ApiClient) {
  return {
    roster: async (signal?: AbortSignal) =>
      (await answerOf(http.GET('/ambassadors', { signal }))).ambassadors,
    campaigns: async (signal?: AbortSignal) =>
      (await answerOf(http.GET('/relay-campaigns', { params: { query: { limit: 20, offset: 0 } }, signal })))
        .campaigns,
    add: (body: { personId: string; departments?: string[]; sites?: string[] }) =>
      answerOf(http.POST('/ambassadors', { body: { ...body, sponsors: [] } })),
    setStatus: (personId: string, status: 'active' | 'paused') =>
      answerOf(http.PATCH('/ambassadors/{personId}', { params: { path: { personId } }, body: { status } })),
    approve: (personId: string) =>
      answerOf(http.POST('/ambassadors/{personId}/approve', { params: { path: { personId } } })),
  };
}

export type AmbassadorsApi = ReturnType<typeof createAmbassadorsApi>;
