/**
 * User text → Slack text. In `mrkdwn`, `&`, `<` and `>` are the only characters Slack asks apps
 * to escape, and escaping them is what stops `<!channel>`, `<!everyone>`, `<@U…>` pings and
 * `<https://evil|click>` links; only the card model's markdown subset is emitted as markup
 * (`*bold*`, `_italic_`, `<url|label>`, `•` lists). mrkdwn has no escape for its emphasis
 * markers (`*`, `_`, `~`, backtick), so in literal text each one is followed by an invisible
 * U+200B ZERO WIDTH SPACE, which stops Slack pairing it with another marker (a display name such
 * as `*boss*` stays as typed). `plain_text` objects are never parsed by Slack and carry user text
 * as it is.
 */
import {
  ellipsis,
  fitMarkdown,
  fitText,
  largestFitting,
  markdownLength,
  truncateMarkdown,
} from '../../../shared/cards/fit.js';
import type { MdBlock, MdInline } from '../../../shared/cards/markdown.js';

export const escapeMrkdwn = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** U+200B ZERO WIDTH SPACE: breaks an emphasis marker's pairing, invisible to the reader. */
export const zeroWidthSpace = '\u200b';

/** Literal text for `mrkdwn`: control characters escaped, emphasis markers made inert. */
export const literalMrkdwn = (text: string): string =>
  escapeMrkdwn(text).replace(/[*_~`]/g, (marker) => `${marker}${zeroWidthSpace}`);

/** Folds line breaks: for single-line fields such as headers and button texts. */
export const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** A `plain_text` value within `max` characters (never empty: Slack rejects empty texts). */
export const plain = (text: string, max: number): string => fitText(oneLine(text), (t) => t, max) || ellipsis;

/** Literal user text as `mrkdwn` within `max` characters after escaping. */
export const mrkdwnLiteral = (text: string, max: number): string => fitText(text, literalMrkdwn, max);

/** Slack's emphasis needs the markers to touch the words: `** x **` becomes ` *x* `. */
function wrap(marker: string, inner: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(inner)!;
  return match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : inner;
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
