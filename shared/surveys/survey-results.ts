/**
 * The results summary of a survey, computed from the stored answers: counts per option, the
 * average and distribution of ratings and scores, the Net Promoter Score of 0–10 questions
 * (promoters 9–10 minus detractors 0–6, in percent), yes/no counts and the free-text answers.
 */
import type { AnswerValue, SurveyQuestion } from './survey-model.js';

export interface QuestionResult {
  questionId: string;
  kind: SurveyQuestion['kind'];
  label: string;
  /** how many respondents answered this question */
  answered: number;
  /** single, multiple, yes_no (ids yes/no), rating and score (ids '1'…'5', '0'…'10') */
  options?: { id: string; label: string; count: number }[];
  /** rating and score */
  average?: number | null;
  /** score only */
  nps?: { promoters: number; passives: number; detractors: number; score: number | null };
  /** text only, newest first */
  texts?: string[];
}

export interface SurveyResults {
  surveyId: string;
  respondents: number;
  questions: QuestionResult[];
}

const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function summarise(
  surveyId: string,
  questions: SurveyQuestion[],
  respondents: number,
  answers: { questionId: string; value: AnswerValue }[],
  labels: { yes: string; no: string },
): SurveyResults {
  const byQuestion = new Map<string, AnswerValue[]>();
  for (const a of answers) {
    const list = byQuestion.get(a.questionId) ?? [];
    list.push(a.value);
    byQuestion.set(a.questionId, list);
  }
  return {
    surveyId,
    respondents,
    questions: questions.map((q) => questionResult(q, byQuestion.get(q.id) ?? [], labels)),
  };
}

function questionResult(
  q: SurveyQuestion,
  values: AnswerValue[],
  labels: { yes: string; no: string },
): QuestionResult {
  const base: QuestionResult = {
    questionId: q.id,
    kind: q.kind,
    label: q.label,
    answered: values.length,
  };
  const countOf = (ids: string[], labelOf: (id: string) => string) => {
    const counts = new Map(ids.map((id) => [id, 0]));
    for (const v of values) {
      for (const id of Array.isArray(v) ? v : [String(v)]) {
        if (counts.has(id)) counts.set(id, counts.get(id)! + 1);
      }
    }
    return ids.map((id) => ({ id, label: labelOf(id), count: counts.get(id)! }));
  };
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      const options = q.options ?? [];
      return {
        ...base,
        options: countOf(
          options.map((o) => o.id),
          (id) => options.find((o) => o.id === id)!.label,
        ),
      };
    }
    case 'yes_no':
      return {
        ...base,
        options: countOf(['yes', 'no'], (id) => (id === 'yes' ? labels.yes : labels.no)),
      };
    case 'rating':
    case 'score': {
      const numbers = values.filter((v): v is number => typeof v === 'number');
      const average = numbers.length ? round1(numbers.reduce((s, n) => s + n, 0) / numbers.length) : null;
      const ids = q.kind === 'rating' ? range(1, 5) : range(0, 10);
      const result: QuestionResult = { ...base, options: countOf(ids, (id) => id), average };
      if (q.kind === 'score') {
        const promoters = numbers.filter((n) => n >= 9).length;
        const detractors = numbers.filter((n) => n <= 6).length;
        result.nps = {
          promoters,
          passives: numbers.length - promoters - detractors,
          detractors,
          score: numbers.length ? Math.round(((promoters - detractors) * 100) / numbers.length) : null,
        };
      }
      return result;
    }
    case 'text':
      return { ...base, texts: values.filter((v): v is string => typeof v === 'string') };
  }
}
