/**
 * Every survey and quiz view renders on both platforms within their limits: the official
 * adaptivecards parser accepts the Teams cards, the Block Kit checker the Slack messages and
 * modals (the satisfaction survey's dialog pages in both languages included).
 */
import assert from 'node:assert/strict';
import { renderBlockKit, renderModal } from '../../../bots/slack/cards/render-block-kit.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import type { Card } from '../../../shared/cards/model.js';
import { type Locale, translator } from '../../../shared/i18n/i18n.js';
import { leaderboardCard, quizCard } from '../../../shared/quizzes/quiz-cards.js';
import type { Quiz } from '../../../shared/quizzes/quiz-model.js';
import {
  pageCount,
  surveyCard,
  surveyDialog,
  surveyResultsCard,
} from '../../../shared/surveys/survey-cards.js';
import type { Survey } from '../../../shared/surveys/survey-model.js';
import { summarise } from '../../../shared/surveys/survey-results.js';
import { surveyTemplate } from '../../../shared/surveys/survey-templates.js';
import { checkBlockKit } from '../../harness/block-kit-limits.js';
import { validateWithSdk } from '../cards/ac-validate.js';

const surveyOf = (locale: Locale): Survey => {
  const template = surveyTemplate('satisfaction', locale);
  return {
    id: 'survey-1',
    title: template.title,
    description: template.description,
    locale,
    questions: template.questions,
    anonymous: true,
    template: 'satisfaction',
    status: 'open',
    createdBy: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    closedAt: null,
  };
};

const quiz: Quiz = {
  id: 'quiz-1',
  title: 'Quiz *bold* [link](https://x.example)',
  description: 'About us',
  locale: 'en',
  questions: [
    {
      id: 'q1',
      kind: 'single',
      label: 'One?',
      options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      correct: ['a'],
      explanation: 'Because.',
    },
    {
      id: 'q2',
      kind: 'multiple',
      label: 'Two?',
      options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      correct: ['a', 'b'],
    },
  ],
  status: 'open',
  createdBy: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  closedAt: null,
};

function assertRenders(card: Card, label: string): void {
  assert.deepEqual(validateWithSdk(renderAdaptiveCard(card)).events, [], `${label}: adaptivecards`);
  assert.deepEqual(checkBlockKit(renderBlockKit(card), 'message'), [], `${label}: Block Kit message`);
}

describe('survey and quiz cards on both platforms', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`renders the satisfaction survey (${locale}): card, every dialog page, results`, () => {
      const t = translator(locale);
      const survey = surveyOf(locale);
      assertRenders(surveyCard(t, survey), 'survey card');
      assert.equal(pageCount(survey), 2);
      for (let page = 0; page < pageCount(survey); page++) {
        const dialog = surveyDialog(t, survey, page, {
          frequency: 'weekly',
          features: ['news'],
          suggestions: 'More',
        });
        assert.deepEqual(
          validateWithSdk(renderAdaptiveCard(dialog.card, 'dialog')).events,
          [],
          `page ${page}`,
        );
        const modal = renderModal(dialog.card, {
          callbackId: 'survey.submit',
          title: dialog.title,
          submitLabel: 'OK',
        });
        assert.deepEqual(checkBlockKit(modal, 'modal'), [], `modal page ${page}`);
      }
      const results = summarise(
        survey.id,
        survey.questions,
        2,
        [
          { questionId: 'frequency', value: 'daily' },
          { questionId: 'recommend', value: 9 },
          { questionId: 'suggestions', value: 'Plus de **groupes**' },
        ],
        { yes: t('survey.yes'), no: t('survey.no') },
      );
      const card = surveyResultsCard(t, survey, results);
      assertRenders(card, 'results');
      assert.ok(JSON.stringify(card).includes('Plus de \\\\*\\\\*groupes'), 'free text is escaped');
    });
  }

  it('renders the quiz at each step, the feedback, the end and the leaderboard', () => {
    const t = translator('en');
    const answers = new Map([['q1', { questionId: 'q1', choice: ['b'], correct: false }]]);
    assertRenders(quizCard(t, quiz), 'first question');
    assertRenders(quizCard(t, quiz, { answers, feedback: { questionId: 'q1', repeated: true } }), 'feedback');
    answers.set('q2', { questionId: 'q2', choice: ['a', 'b'], correct: true });
    const done = quizCard(t, quiz, { answers, feedback: { questionId: 'q2', repeated: false } });
    assertRenders(done, 'done');
    assert.ok(JSON.stringify(done).includes('1 / 2'));
    assertRenders(
      leaderboardCard(t, quiz, [{ rank: 1, personId: 'p', displayName: 'Ann', score: 2, answered: 2 }], {
        optedOut: false,
      }),
      'leaderboard',
    );
  });
});
