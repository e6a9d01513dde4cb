/**
 * The REST calls of the polls console (/api/v1/polls, /surveys, /quizzes), typed by the server's
 * OpenAPI document (../api/relais-api.d.ts). The server checks roles on every call.
 */
import { type ApiClient, answerOf, asCsv } from '../api/api-client.js';
import type { BodyOf, ResponseOf } from '../api/api-types.js';
import { audienceApi } from '../components/audience-picker/audience-api.js';

export type Poll = ResponseOf<'/polls/{id}', 'get'>['poll'];
export type PollOption = Poll['options'][number];
export type PollResults = ResponseOf<'/polls/{id}/results', 'get'>;
export type PollInput = BodyOf<'/polls', 'post'>['poll'];
/** The language a survey is written in. */
export type SurveyLocale = NonNullable<BodyOf<'/surveys', 'post'>['locale']>;
/** Where a poll, survey or quiz is sent: a conversation or an audience. */
export type Target = NonNullable<BodyOf<'/polls', 'post'>['target']>;

/** A Teams or Slack conversation a poll is posted into. */
export type Conversation = BodyOf<'/polls/{id}/post', 'post'>['conversation'];

/** A channel or group chat the bot is in (GET /conversations). */
export type KnownConversation = ResponseOf<'/conversations', 'get'>['conversations'][number];

/** Where "post into…" chooses from: the bot's conversations, and raw ids for administrators. */
export interface ConversationSource {
  list(signal?: AbortSignal): Promise<KnownConversation[]>;
  /** whether typing a conversation's ids is offered (administrators and API keys) */
  raw: boolean;
}

/** The record's path, and the signal that cancels a read when its page closes (useLoad). */
const one = (id: string, signal?: AbortSignal) => ({ params: { path: { id } }, signal });

export const pollsApi = ({ http }: ApiClient, options: { rawConversationIds?: boolean } = {}) => ({
  /** the audience picker's suggestions and reach count */
  audiences: audienceApi({ http }),
  conversations: {
    list: async (signal?: AbortSignal) =>
      (await answerOf(http.GET('/conversations', { signal }))).conversations,
    raw: options.rawConversationIds ?? false,
  } satisfies ConversationSource as ConversationSource,
  listPolls: (signal?: AbortSignal) =>
    answerOf(http.GET('/polls', { params: { query: { limit: 100 } }, signal })),
  createPoll: (poll: PollInput, target?: Target) =>
    answerOf(http.POST('/polls', { body: { poll, ...(target ? { target } : {}) } })),
  getPoll: (id: string, signal?: AbortSignal) => answerOf(http.GET('/polls/{id}', one(id, signal))),
  pollResults: (id: string, signal?: AbortSignal) =>
    answerOf(http.GET('/polls/{id}/results', one(id, signal))),
  pollCsv: (id: string) =>
    answerOf(
      http.GET('/polls/{id}/results', { params: { path: { id }, query: { format: 'csv' } }, ...asCsv }),
    ),
  pollVotersCsv: (id: string) => answerOf(http.GET('/polls/{id}/voters', { ...one(id), ...asCsv })),
  setPoll: (id: string, verb: 'close' | 'reopen') =>
    answerOf(
      verb === 'close'
        ? http.POST('/polls/{id}/close', one(id))
        : http.POST('/polls/{id}/reopen', { ...one(id), body: {} }),
    ),

  /** "send me a test": to the signed-in person only, without vote buttons, not counted */
  pollTest: (id: string, locale: 'fr' | 'en') =>
    answerOf(http.POST('/polls/{id}/test', { ...one(id), body: { locale } })),
  remind: (id: string) => answerOf(http.POST('/polls/{id}/remind', one(id))),
  postElsewhere: (id: string, conversation: Conversation) =>
    answerOf(http.POST('/polls/{id}/post', { ...one(id), body: { conversation } })),
  surveyTest: (id: string, locale: 'fr' | 'en') =>
    answerOf(http.POST('/surveys/{id}/test', { ...one(id), body: { locale } })),

  listSurveys: (signal?: AbortSignal) => answerOf(http.GET('/surveys', { signal })),
  createSurvey: (body: BodyOf<'/surveys', 'post'>) => answerOf(http.POST('/surveys', { body })),
  getSurvey: (id: string, signal?: AbortSignal) => answerOf(http.GET('/surveys/{id}', one(id, signal))),
  surveyResults: (id: string, signal?: AbortSignal) =>
    answerOf(http.GET('/surveys/{id}/results', one(id, signal))),
  surveyCsv: (id: string) => answerOf(http.GET('/surveys/{id}/results.csv', { ...one(id), ...asCsv })),
  setSurvey: (id: string, verb: 'close' | 'reopen') =>
    answerOf(
      verb === 'close'
        ? http.POST('/surveys/{id}/close', one(id))
        : http.POST('/surveys/{id}/reopen', one(id)),
    ),
  sendSurvey: (id: string, target: Target) =>
    answerOf(http.POST('/surveys/{id}/send', { ...one(id), body: target })),

  listQuizzes: (signal?: AbortSignal) => answerOf(http.GET('/quizzes', { signal })),
  createQuiz: (body: BodyOf<'/quizzes', 'post'>) => answerOf(http.POST('/quizzes', { body })),
  getQuiz: (id: string, signal?: AbortSignal) => answerOf(http.GET('/quizzes/{id}', one(id, signal))),
  quizResults: (id: string, signal?: AbortSignal) =>
    answerOf(http.GET('/quizzes/{id}/results', one(id, signal))),
  quizLeaderboard: (id: string, signal?: AbortSignal) =>
    answerOf(http.GET('/quizzes/{id}/leaderboard', one(id, signal))),
  setQuiz: (id: string, verb: 'close' | 'reopen') =>
    answerOf(
      verb === 'close'
        ? http.POST('/quizzes/{id}/close', one(id))
        : http.POST('/quizzes/{id}/reopen', one(id)),
    ),
  sendQuiz: (id: string, target: Target) =>
    answerOf(http.POST('/quizzes/{id}/send', { ...one(id), body: target })),
});

export type PollsApi = ReturnType<typeof pollsApi>;

/** Saves a CSV answer as a file (the API needs the Authorization header, so no plain link). */
export function downloadCsv(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
