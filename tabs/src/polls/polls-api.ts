/**
 * The REST calls of the polls console (/api/v1/polls, /surveys, /quizzes), typed by the server's
 * OpenAPI document (../api/relais-api.d.ts). The server checks roles on every call.
 */
import { type ApiClient, answerAs, answerOf, asCsv } from '../api/api-client.js';
import type { BodyOf, ResponseOf } from '../api/api-types.js';

export type Poll = ResponseOf<'/polls/{id}', 'get'>['poll'];
export type PollOption = Poll['options'][number];
export type PollResults = Exclude<ResponseOf<'/polls/{id}/results', 'get'>, string>;
export type PollInput = BodyOf<'/polls', 'post'>['poll'];
/** Where a poll, survey or quiz is sent: a conversation or an audience. */
export type Target = NonNullable<BodyOf<'/polls', 'post'>['target']>;

// Local shapes: the document declares no response schema for surveys and quizzes yet (issue 10,
// item 3), so what the pages read is named here. Drop each when the document declares it.

export interface SurveySummary {
  id: string;
  title: string;
  status: 'open' | 'closed';
  createdAt: string;
  questionCount: number;
  respondents?: number;
}

export interface QuestionResult {
  questionId: string;
  kind: string;
  label: string;
  answered: number;
  options?: { id: string; label: string; count: number }[];
  average?: number | null;
  nps?: { score: number | null } | null;
  texts?: string[];
}

export interface SurveyResults {
  surveyId: string;
  respondents: number;
  questions: QuestionResult[];
}

export interface QuizSummary {
  id: string;
  title: string;
  status: 'open' | 'closed';
  createdAt: string;
  questionCount: number;
  participants?: number;
}

export interface QuizResults {
  quizId: string;
  participants: number;
  averageScore: number | null;
  questions: {
    questionId: string;
    label: string;
    answered: number;
    correct: number;
    options: { id: string; label: string; correct: boolean; count: number }[];
  }[];
}

/** The record's path, and the signal that cancels a read when its page closes (useLoad). */
const one = (id: string, signal?: AbortSignal) => ({ params: { path: { id } }, signal });

export const pollsApi = ({ http }: ApiClient) => ({
  listPolls: (signal?: AbortSignal) =>
    answerOf(http.GET('/polls', { params: { query: { limit: 100 } }, signal })),
  createPoll: (poll: PollInput, target?: Target) =>
    answerOf(http.POST('/polls', { body: { poll, ...(target ? { target } : {}) } })),
  getPoll: (id: string, signal?: AbortSignal) => answerOf(http.GET('/polls/{id}', one(id, signal))),
  // JSON unless CSV is asked for (pollCsv)
  pollResults: (id: string, signal?: AbortSignal) =>
    answerOf(http.GET('/polls/{id}/results', one(id, signal))) as Promise<PollResults>,
  pollCsv: (id: string) =>
    answerOf(
      http.GET('/polls/{id}/results', { params: { path: { id }, query: { format: 'csv' } }, ...asCsv }),
    ) as Promise<string>,
  pollVotersCsv: (id: string) =>
    answerOf(http.GET('/polls/{id}/voters', { ...one(id), ...asCsv })) as Promise<string>,
  setPoll: (id: string, verb: 'close' | 'reopen') =>
    answerOf(
      verb === 'close'
        ? http.POST('/polls/{id}/close', one(id))
        : http.POST('/polls/{id}/reopen', { ...one(id), body: {} }),
    ),

  listSurveys: (signal?: AbortSignal) =>
    answerAs<{ surveys: SurveySummary[] }>(http.GET('/surveys', { signal })),
  createSurvey: (body: BodyOf<'/surveys', 'post'>) =>
    answerAs<{ id: string }>(http.POST('/surveys', { body })),
  getSurvey: (id: string, signal?: AbortSignal) =>
    answerAs<SurveySummary & { questions: unknown[] }>(http.GET('/surveys/{id}', one(id, signal))),
  surveyResults: (id: string, signal?: AbortSignal) =>
    answerAs<SurveyResults>(http.GET('/surveys/{id}/results', one(id, signal))),
  surveyCsv: (id: string) =>
    answerOf(http.GET('/surveys/{id}/results.csv', { ...one(id), ...asCsv })) as Promise<string>,
  setSurvey: (id: string, verb: 'close' | 'reopen') =>
    answerOf(
      verb === 'close'
        ? http.POST('/surveys/{id}/close', one(id))
        : http.POST('/surveys/{id}/reopen', one(id)),
    ),
  sendSurvey: (id: string, target: Target) =>
    answerOf(http.POST('/surveys/{id}/send', { ...one(id), body: target })),

  listQuizzes: (signal?: AbortSignal) =>
    answerAs<{ quizzes: QuizSummary[] }>(http.GET('/quizzes', { signal })),
  createQuiz: (body: BodyOf<'/quizzes', 'post'>) => answerAs<{ id: string }>(http.POST('/quizzes', { body })),
  getQuiz: (id: string, signal?: AbortSignal) =>
    answerAs<QuizSummary>(http.GET('/quizzes/{id}', one(id, signal))),
  quizResults: (id: string, signal?: AbortSignal) =>
    answerAs<QuizResults>(http.GET('/quizzes/{id}/results', one(id, signal))),
  quizLeaderboard: (id: string, signal?: AbortSignal) =>
    answerAs<{ entries: { rank: number; displayName: string; score: number }[] }>(
      http.GET('/quizzes/{id}/leaderboard', one(id, signal)),
    ),
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
