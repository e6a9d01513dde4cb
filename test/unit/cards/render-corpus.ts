/**
 * A fixed corpus of user texts and what every text path of the card renderers makes of them, for
 * the snapshot that keeps a rewrite of the parser and the escaping byte-for-byte faithful. The
 * texts are curated (markup, URLs, emails, whitespace runs) plus seeded random strings drawn from
 * an alphabet of the pieces each scanner looks at; the outputs are digested to keep the file small.
 */
import { createHash } from 'node:crypto';
import { renderBlockKit } from '../../../bots/slack/cards/render-block-kit.js';
import {
  literalMrkdwn,
  mrkdwnChunks,
  oneLine,
  plain,
  renderMrkdwn,
} from '../../../bots/slack/cards/slack-text.js';
import { acLiteral, acMarkdown, acPlain, escapeAcText } from '../../../bots/teams/cards/ac-text.js';
import { renderAdaptiveCard } from '../../../bots/teams/cards/render-adaptive-card.js';
import { escapeMarkdown, markdownToPlain, parseMarkdown } from '../../../shared/cards/markdown.js';
import { card } from '../../../shared/cards/model.js';
import { nastyStrings } from './fixtures.js';
import { alphabet, prng } from './hostile-text.js';

const curated = [
  '',
  ' ',
  'plain words',
  'a **b _c_** [d](https://x.example/p?q=1) e',
  '**unclosed',
  '****',
  '** spaced **',
  '**a** **b**',
  '_a _b _c d_',
  '_ spaced _',
  'snake_case_name and _italic_, __double__',
  '\\*not\\* \\_x\\_ \\\\ \\[y\\](https://x.example)',
  '[x](javascript:alert(1)) [y](mailto:a@b.example) [z](https://a.example/(x))',
  '[a](https://x.example)[b](https://y.example)',
  '[[a](https://x.example)]',
  '- one\n- two\n   - three\n    - four\n-five',
  'para one\nline two\r\n\r\nnext para\n\n\n',
  '  leading and trailing  \n\t tabs\t',
  'a\u2028b\u2029c\u00a0d\u3000e\ufeff',
  'jean_dupont@corp.fr, https://intra/my_page. (https://intra/a_b_c)',
  'mailto:jean_dupont@corp.fr et marie-claire_o~neil+news@sub.corp.fr.',
  'a@b a@b. a@b.c. a@.b @b.c a@b.c.d-e.f_g',
  'xhttp://a.example http://. https://x.example/*draft*_v2!?',
  '_https://intra/page_ *jean_dupont@corp.fr*',
  'Jean *le boss* Dupont ~x~ `y` *_z_*',
  '<!channel> & <https://evil|x> &amp;',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal `${` is hostile user text
  '${user.name} {{DATE(2017-02-14T06:08:39Z, SHORT)}} $${ {{{',
  '1. not numbered\n# heading\n> quote\n+ plus\n12) twelve',
  'e\u0301 👩‍👩‍👧‍👦 🇫🇷 𝐀𝐁 \u200b \u2060',
  '\ud800 lone \udc00 surrogates',
  `a${' '.repeat(40)}b`,
  `a${' '.repeat(40)}\n${' '.repeat(5)}b`,
  `${'_a '.repeat(20)}end`,
  `**${'_a '.repeat(10)}**`,
  `${'['.repeat(10)}x](https://x.example)`,
  `${'a'.repeat(60)}@${'b'.repeat(10)}`,
  `${'http://'.repeat(5)}...`,
  `Lorem ipsum **dolor** sit _amet_, ${'consectetur adipiscing elit. '.repeat(30)}`,
  ...nastyStrings,
];

/** The pieces each scanner reacts to, on top of the shared hostile alphabet. */
const pieces = [
  ...alphabet,
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u2028',
  'a',
  'b',
  'a@b',
  '.c',
  '@',
  '_a',
  'a_',
  ' _',
  '_ ',
  '**',
  '*',
  '[a]',
  '(https://y.example)',
  '(',
  ')',
  'http://',
  'https://z.example/p',
  '\\',
  '\\*',
  '\\_',
  '\\\\',
  '𝐀',
  'é',
  '3',
  '- ',
  '\n- ',
  '\n\n',
];

function randomPieces(next: () => number, maxParts: number): string {
  const parts = Math.floor(next() * maxParts);
  let text = '';
  for (let i = 0; i < parts; i += 1) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

export function corpusTexts(): string[] {
  const next = prng(20261206);
  const random: string[] = [];
  for (let i = 0; i < 700; i += 1) random.push(randomPieces(next, i < 600 ? 40 : 400));
  return [...curated, ...random];
}

/** Every text path of both renderers, by a stable name. */
export const textPaths: Record<string, (text: string) => unknown> = {
  parseMarkdown,
  escapeMarkdown,
  markdownToPlain,
  literalMrkdwn,
  renderMrkdwn: (text) => renderMrkdwn(parseMarkdown(text)),
  mrkdwnChunks: (text) => mrkdwnChunks(parseMarkdown(text), 120, 2),
  slackOneLine: oneLine,
  slackPlain: (text) => plain(text, 40),
  escapeAcText: (text) => [escapeAcText(text), escapeAcText(text, false)],
  acPlain: (text) => acPlain(text, 40),
  acLiteral: (text) => acLiteral(text, 40),
  acMarkdown: (text) => acMarkdown(text, 60),
  cards: (text) => {
    const c = card(
      text,
      { type: 'heading', text },
      { type: 'text', text },
      { type: 'text', text, subtle: true },
      { type: 'context', text },
    );
    return [renderAdaptiveCard(c), renderBlockKit(c)];
  },
};

export const digest = (value: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(value) ?? 'undefined')
    .digest('base64url')
    .slice(0, 12);

/** Output digests by path name, one per corpus text, in corpus order. */
export function corpusDigests(): Record<string, string[]> {
  const texts = corpusTexts();
  const out: Record<string, string[]> = {};
  for (const [name, path] of Object.entries(textPaths)) out[name] = texts.map((t) => digest(path(t)));
  return out;
}
