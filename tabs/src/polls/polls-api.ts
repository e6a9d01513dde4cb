/**
 * The REST calls of the polls console (/api/v1/polls, /surveys, /quizzes), typed for the pages.
 * The server checks roles on every call; these types mirror its answers.
 */
import type { ApiClient } from '../api/api-client.js';

export interface PollOption {
  id: string;
  label: string;
  position: number;
}

export interface Poll {
  id: string;
  question: string;
  options: PollOption[];
  maxChoices: number;
  anonymous: boolean;
  resultVisibility: 'live' | 'after_vote' | 'after_close';
  closesAt: string | null;
  closedAt: string | null;
  createdAt: string;
}

export interface PollResults {
  pollId: string;
  voters: number;
  counts: Record<string, number>;
}

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

export interface Target {
  conversation?: { platform: 'teams' | 'slack'; tenantId: string; conversationId: string };
  audience?: { everyone?: boolean; departments?: string[] };
}

export const pollsApi = (api: ApiClient) => ({
  listPolls: () => api.request<{ polls: Poll[] }>('GET', '/polls?limit=100'),
  createPoll: (poll: Record<string, unknown>, target?: Target) =>
    api.request<{ poll: Poll }>('POST', '/polls', { poll, ...(target ? { target } : {}) }),
  getPoll: (id: string) =>
    api.request<{ poll: Poll; results?: PollResults; canManage: boolean }>('GET', `/polls/${id}`),
  pollResults: (id: string) => api.request<PollResults>('GET', `/polls/${id}/results`),
  pollCsv: (id: string) => api.text(`/polls/${id}/results?format=csv`),
  pollVotersCsv: (id: string) => api.text(`/polls/${id}/voters`),
  setPoll: (id: string, verb: 'close' | 'reopen') => api.request('POST', `/polls/${id}/${verb}`, {}),

  listSurveys: () => api.request<{ surveys: SurveySummary[] }>('GET', '/surveys'),
  createSurvey: (body: Record<string, unknown>) => api.request<{ id: string }>('POST', '/surveys', body),
  getSurvey: (id: string) => api.request<SurveySummary & { questions: unknown[] }>('GET', `/surveys/${id}`),
  surveyResults: (id: string) => api.request<SurveyResults>('GET', `/surveys/${id}/results`),
  surveyCsv: (id: string) => api.text(`/surveys/${id}/results.csv`),
  setSurvey: (id: string, verb: 'close' | 'reopen') => api.request('POST', `/surveys/${id}/${verb}`),
  sendSurvey: (id: string, target: Target) => api.request('POST', `/surveys/${id}/send`, target),

  listQuizzes: () => api.request<{ quizzes: QuizSummary[] }>('GET', '/quizzes'),
  createQuiz: (body: Record<string, unknown>) => api.request<{ id: string }>('POST', '/quizzes', body),
  getQuiz: (id: string) => api.request<QuizSummary & { status: 'open' | 'closed' }>('GET', `/quizzes/${id}`),
  quizResults: (id: string) => api.request<QuizResults>('GET', `/quizzes/${id}/results`),
  quizLeaderboard: (id: string) =>
    api.request<{ entries: { rank: number; displayName: string; score: number }[] }>(
      'GET',
      `/quizzes/${id}/leaderboard`,
    ),
  setQuiz: (id: string, verb: 'close' | 'reopen') => api.request('POST', `/quizzes/${id}/${verb}`),
  sendQuiz: (id: string, target: Target) => api.request('POST', `/quizzes/${id}/send`, target),
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
