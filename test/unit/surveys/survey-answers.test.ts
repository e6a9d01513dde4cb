/** Answer validation and the results summary: pure functions, every question kind. */
import assert from 'node:assert/strict';
import { csvCell, toCsv } from '../../../shared/surveys/csv.js';
import { AnswerValidationError, validateAnswers } from '../../../shared/surveys/survey-answers.js';
import type { SurveyQuestion } from '../../../shared/surveys/survey-model.js';
import { summarise } from '../../../shared/surveys/survey-results.js';

const questions: SurveyQuestion[] = [
  {
    id: 'one',
    kind: 'single',
    label: 'One',
    required: true,
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  },
  {
    id: 'many',
    kind: 'multiple',
    label: 'Many',
    required: false,
    maxChoices: 2,
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
    ],
  },
  { id: 'stars', kind: 'rating', label: 'Stars', required: false },
  { id: 'nps', kind: 'score', label: 'NPS', required: false },
  { id: 'yn', kind: 'yes_no', label: 'Y/N', required: false },
  { id: 'text', kind: 'text', label: 'Text', required: false },
];

const problemsOf = (raw: Record<string, unknown>) => {
  try {
    validateAnswers(questions, raw);
  } catch (error) {
    assert.ok(error instanceof AnswerValidationError);
    assert.equal(error.code, 'bad_request');
    return error.problems.map((p) => p.field);
  }
  return [];
};

describe('survey answers', () => {
  it('normalises what chat and REST send into stored values', () => {
    const values = validateAnswers(questions, {
      one: ['a'],
      many: 'a,b',
      stars: '5',
      nps: 0,
      yn: false,
      text: '  hello  ',
    });
    assert.deepEqual(Object.fromEntries(values), {
      one: 'a',
      many: ['a', 'b'],
      stars: 5,
      nps: 0,
      yn: 'no',
      text: 'hello',
    });
  });

  it('leaves optional questions empty (null) and requires required ones', () => {
    const values = validateAnswers(questions, { one: 'b', many: [], text: '   ' });
    assert.equal(values.get('many'), null);
    assert.equal(values.get('text'), null);
    assert.deepEqual(problemsOf({ many: ['a'] }), ['answers.one']);
  });

  it('names every malformed field at once', () => {
    assert.deepEqual(
      problemsOf({
        one: 'z',
        many: ['a', 'b', 'c'],
        stars: 0,
        nps: '11',
        yn: 'maybe',
        text: 3,
        ghost: 'x',
      }).sort(),
      [
        'answers.ghost',
        'answers.many',
        'answers.nps',
        'answers.one',
        'answers.stars',
        'answers.text',
        'answers.yn',
      ],
    );
    assert.deepEqual(problemsOf({ one: ['a', 'b'] }), ['answers.one']);
    assert.deepEqual(problemsOf({ one: 'a', stars: '4.5' }), ['answers.stars']);
    assert.deepEqual(problemsOf({ one: 'a', text: 'x'.repeat(2_001) }), ['answers.text']);
  });
});

describe('survey results summary', () => {
  it('counts options, averages ratings and computes the NPS', () => {
    const results = summarise(
      's1',
      questions,
      4,
      [
        { questionId: 'one', value: 'a' },
        { questionId: 'one', value: 'a' },
        { questionId: 'one', value: 'b' },
        { questionId: 'many', value: ['a', 'c'] },
        { questionId: 'many', value: ['c'] },
        { questionId: 'stars', value: 4 },
        { questionId: 'stars', value: 5 },
        { questionId: 'nps', value: 10 },
        { questionId: 'nps', value: 9 },
        { questionId: 'nps', value: 7 },
        { questionId: 'nps', value: 2 },
        { questionId: 'yn', value: 'yes' },
        { questionId: 'text', value: 'great' },
      ],
      { yes: 'Yes', no: 'No' },
    );
    const by = (id: string) => results.questions.find((q) => q.questionId === id)!;
    assert.equal(results.respondents, 4);
    assert.deepEqual(
      by('one').options?.map((o) => o.count),
      [2, 1],
    );
    assert.deepEqual(
      by('many').options?.map((o) => o.count),
      [1, 0, 2],
    );
    assert.equal(by('stars').average, 4.5);
    assert.deepEqual(by('nps').nps, { promoters: 2, passives: 1, detractors: 1, score: 25 });
    assert.deepEqual(
      by('yn').options?.map((o) => [o.label, o.count]),
      [
        ['Yes', 1],
        ['No', 0],
      ],
    );
    assert.deepEqual(by('text').texts, ['great']);
    assert.equal(summarise('s2', questions, 0, [], { yes: 'Y', no: 'N' }).questions[3]!.nps?.score, null);
  });
});

describe('CSV cells', () => {
  it('quotes separators and neutralises formulas', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell(-3), '-3');
    assert.equal(toCsv([['x', null]]), '\uFEFFx,\r\n');
  });
});
