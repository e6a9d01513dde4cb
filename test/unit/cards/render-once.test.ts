/**
 * A broadcast renders its text once per platform and language, not once per recipient, while what
 * belongs to one recipient (their tracked link, their acknowledgement) stays theirs. The news card
 * of 60 readers is rendered on both platforms; the work is counted as the regular expressions
 * executed (a patched `RegExp.prototype.exec`), dominated by the escaping of the body: 60 readers
 * must cost far less than 60 times one reader.
 */
import assert from 'node:assert/strict';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import { translator } from '../../../shared/i18n/i18n.js';
import { newsCard } from '../../../shared/news/news-card.js';

const body = (run: string) =>
  `Résultats du trimestre ${run} : les équipes ont dépassé l'objectif **de 12 %** grâce à _vous_.\n\n`.repeat(
    30,
  );

function readerCards(run: string, readers: number) {
  const cards = [];
  for (let reader = 0; reader < readers; reader += 1) {
    cards.push(
      newsCard(
        {
          newsId: 'n1',
          locale: 'fr',
          variant: {
            title: `Trimestre ${run}`,
            summary: 'Les chiffres',
            body: body(run),
            buttons: [{ label: 'Le rapport', url: 'https://intra.example/rapport' }],
          },
          strategic: true,
          authorName: 'Direction',
          date: '2026-12-01T09:00:00Z',
          acknowledgedAt: reader % 2 ? '2026-12-02T09:00:00Z' : null,
          linkUrl: () => `https://relais.example/api/v1/r/token-of-reader-${reader}`,
        },
        translator('fr'),
      ),
    );
  }
  return cards;
}

function executionsWhile(run: () => void): number {
  const original = RegExp.prototype.exec;
  let executions = 0;
  RegExp.prototype.exec = function exec(this: RegExp, input: string) {
    executions += 1;
    return original.call(this, input);
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = original;
  }
  return executions;
}

describe('rendering a broadcast', () => {
  it('renders the text of 60 readers’ cards about once, each with their own link and acknowledgement', () => {
    // distinct texts per run, so each run starts with nothing rendered yet
    const one = readerCards('A', 1);
    const sixty = readerCards('B', 60);
    const render = (cards: typeof one) => cards.map((c) => [renderAdaptiveCard(c), renderBlockKit(c)]);
    const oneCost = executionsWhile(() => render(one));
    let rendered: ReturnType<typeof render> = [];
    const sixtyCost = executionsWhile(() => {
      rendered = render(sixty);
    });
    assert.ok(sixtyCost < 5 * oneCost, `1 reader: ${oneCost} executions; 60 readers: ${sixtyCost}`);

    rendered.forEach(([teams, slack], reader) => {
      const teamsJson = JSON.stringify(teams);
      const slackJson = JSON.stringify(slack);
      assert.ok(teamsJson.includes(`token-of-reader-${reader}"`), `Teams link of reader ${reader}`);
      assert.ok(slackJson.includes(`token-of-reader-${reader}"`), `Slack link of reader ${reader}`);
      for (const other of [reader - 1, reader + 1]) {
        assert.ok(!teamsJson.includes(`token-of-reader-${other}"`));
        assert.ok(!slackJson.includes(`token-of-reader-${other}"`));
      }
      // the "I have read it" button only for those who have not acknowledged
      assert.equal(teamsJson.includes('"news.ack"'), reader % 2 === 0);
      assert.equal(slackJson.includes('news.ack:'), reader % 2 === 0);
    });
  });
});
