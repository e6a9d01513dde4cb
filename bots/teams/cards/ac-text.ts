/**
 * User text → Adaptive Card text. Teams runs TextBlock and FactSet strings through its markdown
 * processor, so literal user text is backslash-escaped (CommonMark escapes, which Teams honours)
 * and only the card model's markdown subset is emitted as markup. `${…}` (adaptivecards-templating)
 * and `{{DATE(…)}}` / `{{TIME(…)}}` (AC text functions) are broken with an invisible word joiner so
 * no later pass can ever expand user text.
 */
import { foldLineBreaks, isSpaceCode } from '../../../shared/cards/chars.js';
import { ellipsis, fitMarkdown, fitText } from '../../../shared/cards/fit.js';
import { type MdBlock, type MdInline, parseMarkdown } from '../../../shared/cards/markdown.js';

/** U+2060 WORD JOINER: invisible, no line-break opportunity, not whitespace. */
export const wordJoiner = '\u2060';

/** Inline markdown specials: emphasis, links, code, strike, autolinks/HTML. */
const inlineSpecials = /[\\*_[\]`~<>]/g;
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/**
 * Block markers only matter at the start of a line (after its indent): `-`, `+`, `#` and `>` get a
 * backslash before them, a number followed by `.` or `)` one after it (`1\.`), so no list, heading
 * or quote opens. Scanned by hand: the indent and the digits are each read once.
 */
function escapeLineStart(text: string): string {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i += 1;
  if ('-+#>'.includes(text[i] ?? ' ')) return `${text.slice(0, i)}\\${text.slice(i)}`;
  let digits = i;
  while (isDigit(text[digits])) digits += 1;
  if (digits > i && (text[digits] === '.' || text[digits] === ')'))
    return `${text.slice(0, digits)}\\${text.slice(digits)}`;
  return text;
}

/** Escapes literal text for a markdown-processed AC string. `lineStart`: the text opens a line. */
export function escapeAcText(text: string, lineStart = true): string {
  const escaped = text.replace(inlineSpecials, (ch) => `\\${ch}`);
  return lineStart ? escapeLineStart(escaped) : escaped;
}

/** Breaks template and text-function openers anywhere in a string (idempotent). */
export const neutraliseTemplates = (text: string): string =>
  text.replace(/\$(?=\{)/g, () => '$' + wordJoiner).replace(/\{(?=\{)/g, () => '{' + wordJoiner);

/** `${` and `{{` in a URL are percent-encoded: same resource for the server, inert for templating. */
export const neutraliseUrl = (url: string): string =>
  url.replaceAll('${', '%24%7B').replaceAll('{{', '%7B%7B');

/** Undoes `neutraliseTemplates` (inbound payload strings). */
export const restoreTemplates = (text: string): string =>
  text.replaceAll('$' + wordJoiner + '{', '${').replaceAll('{' + wordJoiner + '{', '{{');

/** A single-line plain field (heading, fact, label): escaped, newlines folded, cut to `max`. */
export function acPlain(text: string, max: number): string {
  return fitText(foldLineBreaks(text), (t) => neutraliseTemplates(escapeAcText(t)), max);
}

/**
 * A field that is never markdown-processed (action titles, input labels, choice titles). Never
 * empty: the SDK rejects a choice without a title, and a blank button or label helps nobody.
 */
export function acLiteral(text: string, max: number): string {
  return fitText(foldLineBreaks(text), neutraliseTemplates, max) || ellipsis;
}

/** An input's initial value: literal, line breaks kept (multiline inputs), templates neutralised. */
export const acValue = (text: string, max: number): string => fitText(text, neutraliseTemplates, max);

function node(item: MdInline, lineStart: boolean): string {
  if (item.kind === 'text') return escapeAcText(item.text, lineStart);
  if (item.kind === 'bold') return `**${inline(item.children, false)}**`;
  if (item.kind === 'italic') return `_${inline(item.children, false)}_`;
  return `[${escapeAcText(item.label, false)}](${item.url})`;
}

function inline(nodes: MdInline[], lineStart: boolean): string {
  return nodes.map((item, index) => node(item, lineStart && index === 0)).join('');
}

/**
 * Paragraph lines are separated by a blank line: Teams' markdown needs `\n\n` for a visible break.
 * List items are separated by `\r`, as Teams' card formatting documentation shows.
 */
export function renderAcMarkdown(blocks: MdBlock[]): string {
  const text = blocks
    .map((block) =>
      block.kind === 'paragraph'
        ? block.lines.map((line) => inline(line, true)).join('\n\n')
        : block.items.map((item) => `- ${inline(item, true)}`).join('\r'),
    )
    .join('\n\n');
  return neutraliseTemplates(text);
}

/** Markdown-subset source → AC markdown within `max` characters. */
export const acMarkdown = (source: string, max: number): string =>
  fitMarkdown(parseMarkdown(source), renderAcMarkdown, max);
