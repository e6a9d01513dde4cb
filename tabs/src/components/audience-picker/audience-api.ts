/** The REST calls of the audience picker: suggestions, people search, reach (../../api/relais-api.d.ts). */
import { type ApiClient, answerOf } from '../../api/api-client.js';
import type { BodyOf, ResponseOf } from '../../api/api-types.js';

export type Suggestions = ResponseOf<'/audiences/suggestions', 'get'>;
export type Reach = ResponseOf<'/audiences/reach', 'post'>;
export type AudienceBody = BodyOf<'/audiences/reach', 'post'>;
export type PersonHit = ResponseOf<'/people', 'get'>['people'][number];

export const audienceApi = ({ http }: Pick<ApiClient, 'http'>) => ({
  suggestions: (signal?: AbortSignal) => answerOf(http.GET('/audiences/suggestions', { signal })),
  searchPeople: (q: string, signal?: AbortSignal) =>
    answerOf(http.GET('/people', { params: { query: { q, limit: 20 } }, signal })),
  reach: (audience: AudienceBody, signal?: AbortSignal) =>
    answerOf(http.POST('/audiences/reach', { body: audience, signal })),
});
export type AudienceApi = ReturnType<typeof audienceApi>;
