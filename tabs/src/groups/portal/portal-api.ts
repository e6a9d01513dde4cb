/** The tab's calls to a group's portal, typed by the server's OpenAPI document. */
import { type ApiClient, answerOf } from '../../api/api-client.js';
import type { BodyOf, ResponseOf } from '../../api/api-types.js';

export type PortalView = ResponseOf<'/groups/{id}/portal', 'get'>;
export type PortalContent = NonNullable<PortalView['content']>;
export type PortalInput = BodyOf<'/groups/{id}/portal', 'put'>;
export type TourSteps = BodyOf<'/groups/{id}/portal/tour', 'put'>['steps'];
type Locale = 'fr' | 'en';

export function createPortalApi({ http }: ApiClient) {
  const at = (id: string, locale: Locale) => ({ params: { path: { id }, query: { locale } } });
  return {
    view: (id: string, locale: Locale, signal?: AbortSignal) =>
      answerOf(http.GET('/groups/{id}/portal', { ...at(id, locale), signal })),
    edit: (id: string, locale: Locale, body: PortalInput) =>
      answerOf(http.PUT('/groups/{id}/portal', { ...at(id, locale), body })),
    setTour: (id: string, locale: Locale, steps: TourSteps) =>
      answerOf(http.PUT('/groups/{id}/portal/tour', { ...at(id, locale), body: { steps } })),
    endTour: (id: string, locale: Locale) =>
      answerOf(http.DELETE('/groups/{id}/portal/tour', at(id, locale))),
  };
}

export type PortalApi = ReturnType<typeof createPortalApi>;
