/**
 * The markdown subset of the card model, parsed into a small token tree that each platform
 * renderer emits in its own format (Adaptive Card markdown, Slack mrkdwn). Only this subset is
 * ever interpreted: `**bold**`, `_italic_`, `[label](url)` links to http, https and mailto URLs,
 * `- ` bullet lists, paragraphs (blank line) and line breaks. A backslash before one of the
 * subset's markers (`\\ * _ [ ] -`) makes it literal, which is how `escapeMarkdown` puts user text
 * (a display name, an echoed command) inside a markdown template without it becoming markup.
 * Everything else is literal text, and renderers escape it as such.
 */

import { isSpaceCode } from './chars.js';
import { parseLine } from './markdown-inline.js';

export type MdInline =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; children: MdInline[] }
  | { kind: 'italic'; children: MdInline[] }
  /** links carry a plain label: neither Slack nor Teams style link labels reliably */
  | { kind: 'link'; url: string; label: string };

/** One line of inline content. */
export type MdLine = MdInline[];

export type MdBlock =
  /** lines separated by single line breaks */
  { kind: 'paragraph'; lines: MdLine[] } | { kind: 'list'; items: MdLine[] };

const safeUrlPattern = /^(https?:\/\/[^\s()<>]+|mailto:[^\s()<>]+)$/i;

/** Only absolute http(s) and mailto URLs may become links or images; the rest stays text. */
export const isSafeUrl = (url: string): boolean => safeUrlPattern.test(url) && url.length <= 2000;

/** Image URLs: web URLs only. */
export const isSafeImageUrl = (url: string): boolean => /^https?:\/\//i.test(url) && isSafeUrl(url);

/** The subset's markers that a backslash makes literal (the backslash itself included). */
const escapedByMarkdown = /[\\*_[\]]/g;

/**
 * Literal text → markdown-subset source that parses back to exactly that text, for user text
 * interpolated into a template (`Hello {name}!`). Line breaks become spaces: a parameter sits
 * inside one line of its template, and a break there could open a list or a new paragraph.
 */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(/\r\n?|\n/g, ' ').replace(escapedByMarkdown, (ch) => `\\${ch}`);
  // a `-` after leading whitespace would open a list item
  let i = 0;
  while (i < escaped.length && isSpaceCode(escaped.charCodeAt(i))) i += 1;
  return escaped[i] === '-' ? `${escaped.slice(0, i)}\\${escaped.slice(i)}` : escaped;
}

/**
 * The text of a `- ` list item (up to 3 spaces before the dash), or undefined: what
 * `/^\s{0,3}- (.*)$/` matched, without a pattern (a line separator U+2028/U+2029 is not `.`).
 */
function listItemText(line: string): string | undefined {
  let i = 0;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i += 1;
  if (i > 3 || line[i] !== '-' || line[i + 1] !== ' ') return undefined;
  const rest = line.slice(i + 2);
  return rest.includes('\u2028') || rest.includes('\u2029') ? undefined : rest;
}

/** Blocks of the subset, in time linear in the source (no pattern that backtracks on it). */
export function parseMarkdown(source: string): MdBlock[] {
  const blocks: MdBlock[] = [];
  let current: MdBlock | undefined;
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    // trimEnd strips exactly `\s`, as `/\s+$/` did, but without retrying from every space
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    const item = listItemText(line);
    if (item !== undefined) {
      if (current?.kind !== 'list') {
        current = { kind: 'list', items: [] };
        blocks.push(current);
      }
      current.items.push(parseInline(item));
    } else {
      if (current?.kind !== 'paragraph') {
        current = { kind: 'paragraph', lines: [] };
        blocks.push(current);
      }
      current.lines.push(parseInline(line.trim()));
    }
  }
  return blocks;
}

/** Parses one line of inline markup. Unclosed or unsafe markup stays literal text. */
export const parseInline = (text: string): MdLine => parseLine(text, isSafeUrl);

/** Visible characters of inline content, the unit truncation counts in. */
export function inlineText(line: MdInline[]): string {
  return line
    .map((node) =>
      node.kind === 'text' ? node.text : node.kind === 'link' ? node.label : inlineText(node.children),
    )
    .join('');
}

/** The text a reader sees, without markup: for notifications and fallbacks. */
export function markdownToPlain(source: string): string {
  return parseMarkdown(source)
    .map((block) =>
      block.kind === 'paragraph'
        ? block.lines.map(inlineText).join('\n')
        : block.items.map((item) => `• ${inlineText(item)}`).join('\n'),
    )
    .join('\n\n');
}
