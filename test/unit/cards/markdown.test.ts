/** The markdown subset parser and the grapheme-safe truncation both renderers stand on. */
import assert from 'node:assert/strict';
import { fitText, graphemes, truncate, truncateMarkdown } from '../../../shared/cards/fit.js';
import {
  escapeMarkdown,
  isSafeUrl,
  markdownToPlain,
  parseInline,
  parseMarkdown,
} from '../../../shared/cards/markdown.js';
import { prng, randomText } from './hostile-text.js';

describe('parseMarkdown', () => {
  it('parses bold, italic and safe links inside a line', () => {
    assert.deepEqual(parseInline('a **b _c_** [d](https://x.example/p?q=1) e'), [
      { kind: 'text', text: 'a ' },
      {
        kind: 'bold',
        children: [
          { kind: 'text', text: 'b ' },
          { kind: 'italic', children: [{ kind: 'text', text: 'c' }] },
        ],
      },
      { kind: 'text', text: ' ' },
      { kind: 'link', label: 'd', url: 'https://x.example/p?q=1' },
      { kind: 'text', text: ' e' },
    ]);
  });

  it('keeps unsafe links, unclosed markers and snake_case as text', () => {
    for (const text of [
      '[x](javascript:alert(1))',
      '[x](data:text/html,hi)',
      '[x](//evil.example)',
      '[x](ftp://a.example)',
      '**unclosed',
      'snake_case_name',
      '_ spaced _',
      '****',
    ]) {
      assert.deepEqual(parseInline(text), [{ kind: 'text', text }], text);
    }
  });

  it('accepts mailto links', () => {
    assert.deepEqual(parseInline('[mail](mailto:a@b.example)'), [
      { kind: 'link', label: 'mail', url: 'mailto:a@b.example' },
    ]);
    assert.equal(isSafeUrl('https://a.example/x y'), false);
  });

  it('splits paragraphs on blank lines and groups `- ` lines into lists', () => {
    assert.deepEqual(parseMarkdown('one\ntwo\r\n\r\n- a\n- b\nthree\n\n\n'), [
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'one' }], [{ kind: 'text', text: 'two' }]] },
      { kind: 'list', items: [[{ kind: 'text', text: 'a' }], [{ kind: 'text', text: 'b' }]] },
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'three' }]] },
    ]);
  });

  it('gives the plain text a reader sees', () => {
    assert.equal(markdownToPlain('**Hi** [there](https://x.example)\n\n- a\n- _b_'), 'Hi there\n\n• a\n• b');
  });
});

describe('escapeMarkdown', () => {
  const nasty = [
    '**[click](https://evil.example)** _x_',
    '[Verify your account](https://evil.example)',
    '- not a list',
    '   - not a list either',
    'snake_case and _italic_ and **bold**',
    'a\\*b\\_c\\\\d \\ trailing\\',
    '\\[x](https://x.example)',
    '****',
    '_',
    '*',
    '',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal `${` is hostile user text
    '<!channel> & ${x} {{DATE()}}',
  ];
  const literal = (text: string) => (text === '' ? [] : [{ kind: 'text', text }]);

  it('parses back to exactly the literal text (hand-picked and seeded random strings)', () => {
    const next = prng(777);
    const random = Array.from({ length: 500 }, () => randomText(next, 20).replace(/[\r\n]/g, ''));
    for (const text of [...nasty, ...random]) {
      assert.deepEqual(parseInline(escapeMarkdown(text)), literal(text), JSON.stringify(text));
    }
  });

  it('stays literal inside a template, next to real markup', () => {
    const next = prng(778);
    const random = Array.from({ length: 300 }, () => randomText(next, 20).replace(/[\r\n]/g, ''));
    for (const text of [...nasty, ...random].filter((t) => t.trim() !== '')) {
      const source = `Hello **${escapeMarkdown(text)}** and _${escapeMarkdown(text)}_ end`;
      const [block, ...rest] = parseMarkdown(source);
      assert.deepEqual(rest, []);
      assert.equal(block.kind, 'paragraph');
      const line = (block as { lines: unknown[][] }).lines[0];
      assert.deepEqual(line[0], { kind: 'text', text: 'Hello ' });
      assert.deepEqual(line[1], { kind: 'bold', children: literal(text) }, JSON.stringify(text));
      // italic opens before and closes after a non-space: then its content is exactly the text too
      if (!/^\s|\s$/.test(text)) {
        assert.deepEqual(line[3], { kind: 'italic', children: literal(text) }, JSON.stringify(text));
      }
      assert.equal(markdownToPlain(`x ${escapeMarkdown(text)} y`), `x ${text} y`.replace(/\s+$/, ''));
    }
  });

  it('folds line breaks into spaces, so a parameter cannot open a list or a paragraph', () => {
    const escaped = escapeMarkdown('Ann\n- [x](https://evil.example)\r\n\r\n**b**');
    assert.deepEqual(parseMarkdown(`Hi ${escaped}!`), [
      {
        kind: 'paragraph',
        lines: [[{ kind: 'text', text: 'Hi Ann - [x](https://evil.example)  **b**!' }]],
      },
    ]);
    assert.deepEqual(parseMarkdown(escapeMarkdown('- item')), [
      { kind: 'paragraph', lines: [[{ kind: 'text', text: '- item' }]] },
    ]);
  });
});

describe('truncation', () => {
  it('never splits a grapheme and ends with an ellipsis', () => {
    const family = '👩‍👩‍👧‍👦';
    assert.deepEqual(graphemes(`a${family}é🇫🇷`), ['a', family, 'é', '🇫🇷']);
    assert.equal(truncate(`${family.repeat(5)}`, 3), `${family}${family}…`);
    assert.equal(truncate('short', 10), 'short');
  });

  it('segments long mixed text the same as ICU does on small pieces', () => {
    const text = 'Café 👩‍👩‍👧‍👦 e\u0301 ok\r\n'.repeat(300);
    const reference = Array.from(
      new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
      (s) => s.segment,
    );
    assert.deepEqual(graphemes(text), reference);
  });

  it('fits the rendered (escaped) text within the limit', () => {
    const escapeAmp = (t: string) => t.replaceAll('&', '&amp;');
    const out = fitText('&'.repeat(100), escapeAmp, 52);
    assert.ok(out.length <= 52);
    assert.equal(out, `${'&amp;'.repeat(10)}…`);
  });

  it('cuts markdown on visible text, keeping markup balanced', () => {
    const cut = truncateMarkdown(parseMarkdown('**bold words** and more'), 6);
    assert.deepEqual(cut, [
      {
        kind: 'paragraph',
        lines: [
          [
            { kind: 'bold', children: [{ kind: 'text', text: 'bold ' }] },
            { kind: 'text', text: '…' },
          ],
        ],
      },
    ]);
  });
});
