/**
 * `npm run bench -- render [--sizes 1000,4000,16000]`: the cost of user text in cards, per
 * character, on the inputs that used to be quadratic (a run of spaces between two letters,
 * thousands of letters, unclosed `_` openers, brackets, an address with no dot). For each shape
 * and size it prints the time of the markdown parse, of a Teams card and of a Slack message
 * carrying the text, and of Slack's literal escaping, in nanoseconds per character: linear code
 * keeps that figure flat as the size grows (a whole card also pays a bounded cost to cut a text
 * longer than the platform's limit, 3,000 per Slack section and 5,000 per Teams text, so its
 * figure peaks just past the limit and then falls). Each card rendered carries a text of its own,
 * so the renderers' memo of text blocks (which a broadcast relies on) does not hide the cost. Then
 * the issue's two cases as measured there: 40 Teams renders of "a" + 7,990 spaces + "b" (distinct
 * texts, then one card sent 40 times), and escaping 8,000 letters for Slack.
 */
import { renderBlockKit } from '../bots/slack/cards/render-block-kit.js';
import { literalMrkdwn } from '../bots/slack/cards/slack-text.js';
import { renderAdaptiveCard } from '../bots/teams/cards/render-adaptive-card.js';
import { parseMarkdown } from '../shared/cards/markdown.js';
import { type Card, card } from '../shared/cards/model.js';
import type { Benchmark } from './benchmark.js';

const shapes: Record<string, (n: number) => string> = {
  'a + spaces + b': (n) => `a${' '.repeat(n - 2)}b`,
  letters: (n) => 'a'.repeat(n),
  'accented letters': (n) => 'é'.repeat(n),
  '_x a_b openers': (n) => '_x a_b '.repeat(Math.ceil(n / 7)).slice(0, n),
  brackets: (n) => '['.repeat(n),
  'a@bbb… (no dot)': (n) => `a@${'b'.repeat(n - 2)}`,
  'news prose': (n) =>
    'Our **quarterly** results are _in_: see [the report](https://intra.example/q3) or write to jean_dupont@corp.example. '
      .repeat(Math.ceil(n / 110))
      .slice(0, n),
};

const newsCard = (text: string): Card =>
  card('Bench', { type: 'heading', text: 'Bench' }, { type: 'text', text });

/** Fastest time of `run` in ms over repetitions lasting ~`budgetMs`: the least disturbed by a busy machine. */
function timeOf(run: (repetition: number) => unknown, budgetMs = 150): number {
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < 3 || (performance.now() - started < budgetMs && samples.length < 200)) {
    const t0 = performance.now();
    run(samples.length);
    samples.push(performance.now() - t0);
  }
  return Math.min(...samples);
}

const nsPerChar = (ms: number, n: number) => ((ms * 1e6) / n).toFixed(0).padStart(8);

function sizesArg(): number[] {
  const at = process.argv.indexOf('--sizes');
  const raw = at > 0 ? process.argv[at + 1] : '1000,4000,16000';
  const sizes = raw.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error('--sizes: integers ≥ 10');
  return sizes;
}

export const renderBenchmark: Benchmark = {
  name: 'render',
  description: 'user text in cards: ns per character on adversarial inputs (--sizes 1000,4000,16000)',
  async run() {
    const sizes = sizesArg();
    console.log(
      '  ns per character (fastest run): parse = parseMarkdown, teams/slack = a whole card, escape = Slack literal',
    );
    console.log(`  ${'shape'.padEnd(18)} ${'chars'.padStart(6)}    parse    teams    slack   escape`);
    for (const [name, make] of Object.entries(shapes)) {
      for (const n of sizes) {
        const text = make(n);
        // a card per repetition, its text ending differently: the memo of text blocks never hits
        const cards = Array.from({ length: 200 }, (_, k) => newsCard(`${text}${k}`));
        const figures = [
          timeOf(() => parseMarkdown(text)),
          timeOf((k) => renderAdaptiveCard(cards[k])),
          timeOf((k) => renderBlockKit(cards[k])),
          timeOf(() => literalMrkdwn(text)),
        ];
        console.log(
          `  ${name.padEnd(18)} ${String(n).padStart(6)} ${figures.map((ms) => nsPerChar(ms, n)).join(' ')}`,
        );
      }
    }
    const spacedCards = Array.from({ length: 40 }, (_, k) => newsCard(`a${' '.repeat(7_990)}b${k}`));
    const t0 = performance.now();
    for (const c of spacedCards) renderAdaptiveCard(c);
    const teamsMs = performance.now() - t0;
    const spaced = newsCard(`a${' '.repeat(7_990)}b`);
    const t2 = performance.now();
    for (let i = 0; i < 40; i += 1) renderAdaptiveCard(spaced);
    const sameCardMs = performance.now() - t2;
    const letters = 'a'.repeat(8_000);
    const t1 = performance.now();
    literalMrkdwn(letters);
    const slackMs = performance.now() - t1;
    console.log(`  40 Teams renders of "a" + 7,990 spaces + "b" (distinct texts): ${teamsMs.toFixed(0)} ms`);
    console.log(
      `  the same card rendered for 40 recipients (as a broadcast sends it): ${sameCardMs.toFixed(1)} ms`,
    );
    console.log(`  escaping 8,000 letters for Slack: ${slackMs.toFixed(1)} ms`);
  },
};
