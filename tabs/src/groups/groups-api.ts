/** The console's calls to the groups REST API, typed by the server's OpenAPI document. */
import { type ApiClient, answerOf, asCsv } from '../api/api-client.js';
import type { BodyOf, ResponseOf } from '../api/api-types.js';

export type GroupEntry = ResponseOf<'/groups', 'get'>['groups'][number];
export type GroupPage = ResponseOf<'/groups/{id}', 'get'>;
export type GroupMember = GroupPage['members'][number];
export type AuditEntry = ResponseOf<'/groups/{id}/audit', 'get'>['entries'][number];
export type GroupRight = GroupMember['right'];
export type InvitationList = ResponseOf<'/groups/{id}/invitations', 'get'>;
export type Invitation = InvitationList['invitations'][number];
export type InvitationStatus = Invitation['status'];
export type Wave = InvitationList['waves'][number];
export type InvitePlan = BodyOf<'/groups/{id}/invitations', 'post'>;
export type InviteAnswer = ResponseOf<'/groups/{id}/invitations', 'post'>;
export type Review = ResponseOf<'/groups/{id}/reviews', 'get'>['reviews'][number];
export type ReviewSettings = ResponseOf<'/groups/{id}/review-settings', 'get'>;
export type UnreviewedAction = ReviewSettings['unreviewedAction'];

export function createGroupsApi({ http }: ApiClient) {
  const path = (id: string) => ({ params: { path: { id } } });
  return {
    list: async (signal?: AbortSignal) => (await answerOf(http.GET('/groups', { signal }))).groups,
    page: (id: string, signal?: AbortSignal) => answerOf(http.GET('/groups/{id}', { ...path(id), signal })),
    audit: (id: string, signal?: AbortSignal) =>
      answerOf(
        http.GET('/groups/{id}/audit', {
          params: { path: { id }, query: { limit: 100, offset: 0 } },
          signal,
        }),
      ),
    /** headers in the console's language, whatever the person's own */
    auditCsv: (id: string, locale: 'fr' | 'en') =>
      answerOf(http.GET('/groups/{id}/audit.csv', { params: { path: { id }, query: { locale } }, ...asCsv })),
    create: (body: {
      nameFr?: string;
      nameEn?: string;
      kind: GroupPage['group']['kind'];
      managers: string[];
    }) => answerOf(http.POST('/groups', { body })),
    addMember: (id: string, person: string, right: GroupRight) =>
      answerOf(http.POST('/groups/{id}/members', { ...path(id), body: { person, right } })),
    setRight: (id: string, personId: string, right: GroupRight) =>
      answerOf(
        http.PUT('/groups/{id}/members/{personId}/right', {
          params: { path: { id, personId } },
          body: { right },
        }),
      ),
    remove: (id: string, personId: string) =>
      answerOf(http.DELETE('/groups/{id}/members/{personId}', { params: { path: { id, personId } } })),
    addCharter: (id: string, body: { textFr?: string; textEn?: string }) =>
      answerOf(http.POST('/groups/{id}/charters', { ...path(id), body })),
    invitations: (id: string, signal?: AbortSignal) =>
      answerOf(http.GET('/groups/{id}/invitations', { ...path(id), signal })),
    invite: (id: string, body: InvitePlan) =>
      answerOf(http.POST('/groups/{id}/invitations', { ...path(id), body })),
    resend: (id: string, invitationId: string) =>
      answerOf(
        http.POST('/groups/{id}/invitations/{invitationId}/resend', {
          params: { path: { id, invitationId } },
        }),
      ),
    cancel: (id: string, invitationId: string) =>
      answerOf(
        http.POST('/groups/{id}/invitations/{invitationId}/cancel', {
          params: { path: { id, invitationId } },
        }),
      ),
    reviews: async (id: string, signal?: AbortSignal) =>
      (await answerOf(http.GET('/groups/{id}/reviews', { ...path(id), signal }))).reviews,
    reviewSettings: (id: string, signal?: AbortSignal) =>
      answerOf(http.GET('/groups/{id}/review-settings', { ...path(id), signal })),
    setReviewSettings: (id: string, body: Partial<ReviewSettings>) =>
      answerOf(http.PATCH('/groups/{id}/review-settings', { ...path(id), body })),
    /** the review period is a group setting only admins change (`PATCH /groups/{id}`) */
    setReviewPeriod: (id: string, reviewPeriodDays: number) =>
      answerOf(http.PATCH('/groups/{id}', { ...path(id), body: { reviewPeriodDays } })),
  };
}

export type GroupsApi = ReturnType<typeof createGroupsApi>;
