/**
 * User text → Slack text. In `mrkdwn`, `&`, `<` and `>` are the only characters Slack asks apps
 * to escape, and escaping them is what stops `<!channel>`, `<!everyone>`, `<@U…>` pings and
 * `<https://evil|click>` links; only the card model's markdown subset is emitted as markup
 * (`*bold*`, `_italic_`, `<url|label>`, `•` lists). mrkdwn has no escape for its emphasis
 * markers (`*`, `_`, `~`, backtick). Slack pairs them only at word boundaries (an opener has no
 * letter or digit before it and text after it, a closer the reverse), so in literal text a marker
 * at a word boundary gets an invisible U+200B ZERO WIDTH SPACE on each side that touches text:
 * `*boss*` stays as typed. A marker inside a word (`jean_dupont`) cannot pair and is left alone,
 * and so are URLs and email addresses, which Slack auto-links only when they reach it byte for
 * byte (`https://intra/my_page`, `jean_dupont@corp.fr`). `plain_text` objects are never parsed by
 * Slack and carry user text as it is.
 */
import { foldLineBreaks, isSpace, isSpaceCode, isWordChar } from '../../../shared/cards/chars.js';
import {
  ellipsis,
  fitMarkdown,
  fitText,
  largestFitting,
  markdownLength,
  truncateMarkdown,
} from '../../../shared/cards/fit.js';
import type { MdBlock, MdInline } from '../../../shared/cards/markdown.js';
import { autoLinkedSpans } from './auto-links.js';

export const escapeMrkdwn = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** U+200B ZERO WIDTH SPACE: breaks an emphasis marker's pairing, invisible to the reader. */
export const zeroWidthSpace = '\u200b';

/** a neighbour that a marker can pair across: anything but the text's edge, whitespace or U+200B */
const touchesText = (char: string | undefined): boolean =>
  char !== undefined && char !== zeroWidthSpace && !isSpace(char);

/** Emphasis markers in text that is not a URL or an email: inert wherever Slack could pair them. */
function breakMarkers(text: string, before: string | undefined, after: string | undefined): string {
  let out = '';
  // text between markers is copied in one piece
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== '*' && char !== '_' && char !== '~' && char !== '`') continue;
    const prev = i > 0 ? text[i - 1] : before;
    const next = i < text.length - 1 ? text[i + 1] : after;
    // inside a word (`snake_case`) a marker can neither open nor close
    if (isWordChar(prev) && isWordChar(next)) continue;
    out += text.slice(copied, i);
    out += `${touchesText(prev) ? zeroWidthSpace : ''}${char}${touchesText(next) ? zeroWidthSpace : ''}`;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Literal text for `mrkdwn`: control characters escaped, emphasis markers made inert. */
export function literalMrkdwn(text: string): string {
  const escaped = escapeMrkdwn(text);
  let out = '';
  let from = 0;
  for (const [start, end] of autoLinkedSpans(escaped)) {
    out += breakMarkers(escaped.slice(from, start), escaped[from - 1], escaped[start]);
    out += escaped.slice(start, end);
    from = end;
  }
  return out + breakMarkers(escaped.slice(from), escaped[from - 1], undefined);
}

/** Folds line breaks: for single-line fields such as headers and button texts. */
export const oneLine = foldLineBreaks;

/** A `plain_text` value within `max` characters (never empty: Slack rejects empty texts). */
export const plain = (text: string, max: number): string => fitText(oneLine(text), (t) => t, max) || ellipsis;

/** Literal user text as `mrkdwn` within `max` characters after escaping. */
export const mrkdwnLiteral = (text: string, max: number): string => fitText(text, literalMrkdwn, max);

/**
 * Slack's emphasis needs the markers to touch the words: `** x **` becomes ` *x* `. The spaces
 * are counted from each end (a lazy pattern here retried `\s*$` after every character).
 */
function wrap(marker: string, inner: string): string {
  let start = 0;
  while (start < inner.length && isSpaceCode(inner.charCodeAt(start))) start += 1;
  if (start === inner.length) return inner;
  let end = inner.length;
  while (isSpaceCode(inner.charCodeAt(end - 1))) end -= 1;
  return `${inner.slice(0, start)}${marker}${inner.slice(start, end)}${marker}${inner.slice(end)}`;
}

/** `<url|label>`: `|` would end the URL early, so it is percent-encoded. */
const linkUrl = (url: string): string => escapeMrkdwn(url.replaceAll('|', '%7C'));

function node(item: MdInline): string {
  if (item.kind === 'text') return literalMrkdwn(item.text);
  if (item.kind === 'bold') return wrap('*', inline(item.children));
  if (item.kind === 'italic') return wrap('_', inline(item.children));
  return `<${linkUrl(item.url)}|${escapeMrkdwn(item.label)}>`;
}

const inline = (nodes: MdInline[]): string => nodes.map(node).join('');

export function renderMrkdwn(blocks: MdBlock[]): string {
  return blocks
    .map((block) =>
      block.kind === 'paragraph'
        ? block.lines.map(inline).join('\n')
        : block.items.map((item) => `• ${inline(item)}`).join('\n'),
    )
    .join('\n\n');
}

/** Parsed markdown → `mrkdwn` strings of at most `max` characters each, paragraphs packed together. */
function packChunks(blocks: MdBlock[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const block of blocks) {
    const text = fitMarkdown([block], renderMrkdwn, max);
    if (current && current.length + 2 + text.length <= max) {
      current += `\n\n${text}`;
    } else {
      if (current) chunks.push(current);
      current = text;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * Parsed markdown → at most `maxChunks` `mrkdwn` strings of at most `max` characters each. A text
 * too long for that is cut (ending with `…`) rather than crowding out the blocks after it.
 */
export function mrkdwnChunks(blocks: MdBlock[], max: number, maxChunks = 1): string[] {
  const whole = packChunks(blocks, max);
  if (whole.length <= maxChunks) return whole;
  const head = truncateMarkdown(blocks, max * maxChunks);
  const k = largestFitting(
    markdownLength(head),
    (k) => packChunks(truncateMarkdown(head, k), max).length <= maxChunks,
  );
  return packChunks(truncateMarkdown(head, k), max);
}
