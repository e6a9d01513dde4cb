/**
 * The markdown subset of the card model, parsed into a small token tree that each platform
 * renderer emits in its own format (Adaptive Card markdown, Slack mrkdwn). Only this subset is
 * ever interpreted: `**bold**`, `_italic_`, `[label](url)` links to http, https and mailto URLs,
 * `- ` bullet lists, paragraphs (blank line) and line breaks. A backslash before one of the
 * subset's markers (`\\ * _ [ ] -`) makes it literal, which is how `escapeMarkdown` puts user text
 * (a display name, an echoed command) inside a markdown template without it becoming markup.
 * Everything else is literal text, and renderers escape it as such.
 */

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

const listItemPattern = /^\s{0,3}- (.*)$/;

/** The subset's markers that a backslash makes literal (the backslash itself included). */
const escapable = new Set(['\\', '*', '_', '[', ']', '-']);
const isEscape = (text: string, i: number): boolean => text[i] === '\\' && escapable.has(text[i + 1]);

/**
 * Literal text → markdown-subset source that parses back to exactly that text, for user text
 * interpolated into a template (`Hello {name}!`). Line breaks become spaces: a parameter sits
 * inside one line of its template, and a break there could open a list or a new paragraph.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\*_[\]]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)-/, '$1\\-');
}

export function parseMarkdown(source: string): MdBlock[] {
  const blocks: MdBlock[] = [];
  let current: MdBlock | undefined;
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    const item = listItemPattern.exec(line);
    if (item) {
      if (current?.kind !== 'list') {
        current = { kind: 'list', items: [] };
        blocks.push(current);
      }
      current.items.push(parseInline(item[1]));
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

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Parses one line of inline markup. Unclosed or unsafe markup stays literal text. */
export function parseInline(text: string): MdLine {
  const out: MdInline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    if (isEscape(text, i)) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (text.startsWith('**', i)) {
      const end = findBoldEnd(text, i + 2);
      if (end > i + 2) {
        flush();
        out.push({ kind: 'bold', children: parseInline(text.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    // `_` opens only at a word start and closes only at a word end, so snake_case stays text
    if (text[i] === '_' && !isWordChar(text[i - 1]) && text[i + 1] !== undefined && text[i + 1] !== ' ') {
      const end = findItalicEnd(text, i + 1);
      if (end > 0) {
        flush();
        out.push({ kind: 'italic', children: parseInline(text.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (text[i] === '[') {
      const link = /^\[([^[\]]+)\]\(([^()\s]+)\)/.exec(text.slice(i));
      if (link && isSafeUrl(link[2])) {
        flush();
        out.push({ kind: 'link', label: link[1], url: link[2] });
        i += link[0].length;
        continue;
      }
    }
    plain += text[i];
    i += 1;
  }
  flush();
  return out;
}

/** The closing `**`, skipping escaped markers. */
function findBoldEnd(text: string, from: number): number {
  for (let j = from; j < text.length - 1; j += 1) {
    if (isEscape(text, j)) j += 1;
    else if (text[j] === '*' && text[j + 1] === '*') return j;
  }
  return -1;
}

/** The closing `_` at a word end, skipping escaped markers. */
function findItalicEnd(text: string, from: number): number {
  for (let j = from; j < text.length; j += 1) {
    if (isEscape(text, j)) j += 1;
    else if (j > from && text[j] === '_' && text[j - 1] !== ' ' && !isWordChar(text[j + 1])) return j;
  }
  return -1;
}

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
