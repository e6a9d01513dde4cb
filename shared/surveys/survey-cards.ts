/**
 * Survey views in the neutral card model: the card people receive (with its "Answer" button that
 * opens the dialog), the dialog pages (questions as inputs, at most `pageSize` per page), and the
 * results card. User text (titles, questions, options, free-text answers) is escaped where it
 * goes into markdown; plain label fields are escaped by the renderers.
 */
import type { DialogSpec } from '../actions/dispatcher.js';
import { escapeMarkdown } from '../cards/markdown.js';
import { type Card, type CardBlock, type CardInput, card } from '../cards/model.js';
import type { Translator } from '../i18n/i18n.js';
import { surveyActions } from './survey-actions.js';
import { type AnswerValue, maxTextAnswer, type Survey, type SurveyQuestion } from './survey-model.js';
import type { SurveyResults } from './survey-results.js';

/** Questions per dialog page: a Slack modal and a Teams task module stay readable. */
export const pageSize = 6;

export const pageCount = (survey: Survey): number =>
  Math.max(1, Math.ceil(survey.questions.length / pageSize));

export const questionsOnPage = (survey: Survey, page: number): SurveyQuestion[] =>
  survey.questions.slice(page * pageSize, (page + 1) * pageSize);

const numbers = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: String(from + i), label: String(from + i) }));

function inputOf(t: Translator, q: SurveyQuestion, saved: AnswerValue | undefined): CardInput {
  const base = { id: q.id, required: q.required, errorMessage: t('survey.error.required') };
  const chosen = saved === undefined ? undefined : Array.isArray(saved) ? saved : [String(saved)];
  switch (q.kind) {
    case 'text':
      return {
        ...base,
        kind: 'text',
        label: q.label,
        multiline: true,
        maxLength: maxTextAnswer,
        value: typeof saved === 'string' ? saved : undefined,
      };
    case 'single':
    case 'multiple':
      return {
        ...base,
        kind: 'choice',
        label:
          q.kind === 'multiple' && q.maxChoices
            ? t('survey.question.max', { label: q.label, max: q.maxChoices })
            : q.label,
        options: q.options ?? [],
        multiple: q.kind === 'multiple',
        value: chosen,
      };
    case 'rating':
      return {
        ...base,
        kind: 'choice',
        label: t('survey.question.rating', { label: q.label }),
        options: numbers(1, 5),
        value: chosen,
      };
    case 'score':
      return {
        ...base,
        kind: 'choice',
        label: t('survey.question.score', { label: q.label }),
        options: numbers(0, 10),
        value: chosen,
      };
    case 'yes_no':
      return {
        ...base,
        kind: 'choice',
        label: q.label,
        options: [
          { id: 'yes', label: t('survey.yes') },
          { id: 'no', label: t('survey.no') },
        ],
        value: chosen,
      };
  }
}

/**
 * One page of the survey as a dialog; `saved` prefills what the person answered before; `relay`
 * (the relayed copy it was opened from) goes back with each page.
 */
export function surveyDialog(
  t: Translator,
  survey: Survey,
  page: number,
  saved: Record<string, AnswerValue> = {},
  relay?: string,
): DialogSpec {
  const pages = pageCount(survey);
  const last = page >= pages - 1;
  return {
    title: survey.title.slice(0, 24),
    size: 'large',
    card: card(
      survey.title,
      page === 0 && survey.description ? { type: 'text', text: escapeMarkdown(survey.description) } : null,
      page === 0 && survey.anonymous ? { type: 'context', text: t('survey.anonymous') } : null,
      pages > 1 && {
        type: 'progress',
        label: t('survey.page', { page: page + 1, pages }),
        value: page + 1,
        max: pages,
      },
      {
        type: 'inputs',
        inputs: questionsOnPage(survey, page).map((q) => inputOf(t, q, saved[q.id])),
        submit: surveyActions.submit.button(last ? t('survey.submit') : t('survey.next'), {
          surveyId: survey.id,
          page,
          ...(relay ? { relay } : {}),
        }),
      },
    ),
  };
}

/**
 * The card people receive: what the survey is about and the button that opens it; a copy an
 * ambassador relayed names its relay on that button.
 */
export function surveyCard(t: Translator, survey: Survey, relay?: string): Card {
  const open = survey.status === 'open';
  return card(
    t('survey.card.summary', { title: survey.title }),
    { type: 'heading', text: survey.title },
    survey.description ? { type: 'text', text: escapeMarkdown(survey.description) } : null,
    {
      type: 'context',
      text: [
        t('survey.card.questions', { count: survey.questions.length }),
        survey.anonymous ? t('survey.anonymous') : null,
        open ? null : t('survey.closed'),
      ]
        .filter(Boolean)
        .join(' · '),
    },
    open && {
      type: 'buttons',
      buttons: [
        {
          ...surveyActions.open.button(
            t('survey.answer'),
            { surveyId: survey.id, ...(relay ? { relay } : {}) },
            'primary',
          ),
          opensDialog: true,
        },
      ],
    },
  );
}

/** The results summary as a card (communicators: from the `survey results` button or command). */
export function surveyResultsCard(t: Translator, survey: Survey, results: SurveyResults): Card {
  const blocks: CardBlock[] = [
    { type: 'heading', text: t('survey.results.title', { title: survey.title }) },
    { type: 'context', text: t('survey.results.respondents', { count: results.respondents }) },
  ];
  for (const q of results.questions) {
    blocks.push({ type: 'divider' }, { type: 'text', text: `**${escapeMarkdown(q.label)}**` });
    if (q.options) {
      blocks.push({
        type: 'choices',
        options: q.options.map((o) => ({ id: o.id, label: o.label, count: o.count })),
        total: q.answered,
      });
    }
    const facts: { label: string; value: string }[] = [];
    if (q.average !== undefined)
      facts.push({ label: t('survey.results.average'), value: q.average === null ? '–' : String(q.average) });
    if (q.nps)
      facts.push({ label: t('survey.results.nps'), value: q.nps.score === null ? '–' : String(q.nps.score) });
    if (facts.length) blocks.push({ type: 'facts', facts });
    if (q.texts) {
      const shown = q.texts.slice(0, 5);
      blocks.push(
        shown.length
          ? {
              type: 'text',
              text: shown
                .map((text) => `- ${escapeMarkdown(text.replace(/\s+/g, ' ').slice(0, 200))}`)
                .join('\n'),
            }
          : { type: 'text', text: t('survey.results.no_text'), subtle: true },
      );
      if (q.texts.length > shown.length) {
        blocks.push({
          type: 'context',
          text: t('survey.results.more_texts', { count: q.texts.length - shown.length }),
        });
      }
    }
  }
  return { summary: t('survey.results.title', { title: survey.title }), blocks };
}
