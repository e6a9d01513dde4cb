/**
 * User text reaches no pattern that can backtrack, and the card text paths do work in proportion
 * to the text, on the inputs that made them quadratic: a long run of spaces between two letters
 * (Teams: 5 s for 40 cards), thousands of letters (Slack's email pattern), unclosed `_` openers
 * among snake_case words, brackets. Checked without a clock: every regular expression the
 * renderers execute is recorded (a patched `RegExp.prototype.exec`, which `replace`, `test` and
 * `matchAll` all go through once patched); those run over user text must be on a list of linear
 * ones, and their number must grow like the text (4× the text, at most 5× the executions; a
 * quadratic path gives 16×). The cost in time is for `npm run bench -- render`.
 */
import assert from 'node:assert/strict';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import { literalMrkdwn, oneLine } from '../../../bots/slack/cards/slack-text.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import { markdownToPlain, parseMarkdown } from '../../../shared/cards/markdown.js';
import { type Card, card, link, submit } from '../../../shared/cards/model.js';

/**
 * Patterns allowed over user text, each linear by construction: a single character (class) with
 * at most one character of lookahead, or an anchored prefix and one run of one class.
 */
const linearPatterns = new Set([
  String.raw`\r\n?`,
  String.raw`\r\n?|\n`,
  String.raw`[\\*_[\]]`,
  String.raw`[\\*_[\]` + '`~<>]',
  String.raw`\$(?=\{)`,
  String.raw`\{(?=\{)`,
  String.raw`^(https?:\/\/[^\s()<>]+|mailto:[^\s()<>]+)$`,
  String.raw`^https?:\/\/`,
  String.raw`^[\x20-\x7e\t\n]*$`,
  String.raw`^[\p{L}\p{N}]$`,
]);

interface Recorded {
  executions: number;
  /** patterns run over more than 64 characters that are not on the linear list */
  suspicious: Set<string>;
}

function recordingRegExps<T>(run: () => T): Recorded {
  const original = RegExp.prototype.exec;
  const recorded: Recorded = { executions: 0, suspicious: new Set() };
  RegExp.prototype.exec = function exec(this: RegExp, input: string) {
    recorded.executions += 1;
    if (String(input).length > 64 && !linearPatterns.has(this.source)) recorded.suspicious.add(this.source);
    return original.call(this, input);
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = original;
  }
  return recorded;
}

/** The user text in every field a card offers. */
const cardOf = (text: string): Card =>
  card(
    text,
    { type: 'heading', text },
    { type: 'text', text },
    { type: 'text', text, subtle: true },
    { type: 'facts', facts: [{ label: text, value: text }] },
    { type: 'choices', options: [{ id: 'a', label: text, count: 1 }] },
    { type: 'buttons', buttons: [submit('poll.vote', text), link(text, 'https://example.com')] },
    { type: 'context', text },
  );

const renderEverywhere = (text: string) => {
  const c = cardOf(text);
  renderAdaptiveCard(c);
  renderBlockKit(c);
  renderBlockKit(c, 'home');
  literalMrkdwn(text);
  oneLine(text);
  markdownToPlain(text);
};

/** Adversarial shapes, by name, at a given length. */
const adversarial: Record<string, (n: number) => string> = {
  'spaces between two letters': (n) => `a${' '.repeat(n)}b`,
  'no-break spaces before a line break': (n) => `a${'\u00a0'.repeat(n)}\nb`,
  letters: (n) => 'a'.repeat(n),
  'accented letters': (n) => 'é'.repeat(n),
  'an address without a domain dot': (n) => `a@${'b'.repeat(n)}`,
  'a URL of punctuation': (n) => `http://${'.'.repeat(n)}`,
  'unclosed italic openers among snake_case': (n) => '_é é_é '.repeat(Math.ceil(n / 7)),
  'unclosed bold around italic openers': (n) => `**${'_é é_é '.repeat(Math.ceil(n / 7))}`,
  brackets: (n) => '['.repeat(n),
  'link openers': (n) => '[a]('.repeat(Math.ceil(n / 4)),
  'spaces inside bold': (n) => `**a${' '.repeat(n)}b**`,
};

describe('card text paths on adversarial user text', () => {
  for (const [name, make] of Object.entries(adversarial)) {
    it(`${name}: only linear patterns, executions growing like the text`, () => {
      const small = recordingRegExps(() => renderEverywhere(make(8_000)));
      const large = recordingRegExps(() => renderEverywhere(make(32_000)));
      assert.deepEqual([...large.suspicious], [], 'patterns that can backtrack ran over user text');
      assert.ok(
        large.executions <= 5 * Math.max(small.executions, 20),
        `${small.executions} executions for 8,000 characters, ${large.executions} for 32,000`,
      );
    });
  }

  it('keeps the output of the adversarial shapes', () => {
    assert.deepEqual(parseMarkdown(`a${' '.repeat(7_990)}b`), [
      { kind: 'paragraph', lines: [[{ kind: 'text', text: `a${' '.repeat(7_990)}b` }]] },
    ]);
    assert.equal(literalMrkdwn('a'.repeat(8_000)), 'a'.repeat(8_000));
    assert.equal(literalMrkdwn(`x a@${'b'.repeat(50)}.c y`), `x a@${'b'.repeat(50)}.c y`);
    assert.equal(oneLine(`a${' '.repeat(5_000)}\n b`), 'a b');
    assert.equal(oneLine(`a${' '.repeat(5_000)}b`), `a${' '.repeat(5_000)}b`);
    const italics = '_a _b _c d_ e_';
    assert.deepEqual(parseMarkdown(italics)[0], {
      kind: 'paragraph',
      lines: [
        [
          { kind: 'italic', children: [{ kind: 'text', text: 'a _b _c d' }] },
          { kind: 'text', text: ' e_' },
        ],
      ],
    });
  });
});
