/**
 * Inline markup of one line (`**bold**`, `_italic_`, `[label](url)`, backslash escapes) in time
 * linear in the line. One backward pass indexes, for every position, the next bold closer, the
 * next italic closer, the next bracket and the next character that ends a link URL; the parse then
 * decides each marker in constant time instead of scanning ahead from it (which made a line of
 * many unclosed `_a` openers, or of many `[`, quadratic). Nested bold/italic content is parsed in
 * place, within bounds, with the same index.
 *
 * Escapes pair from the start of the line (`\\` then `*` is an escaped backslash and a star), and
 * every place a parse starts or ends (the line's start, right after an opener, a closer) falls on
 * that pairing, so one index serves every nesting level: the result is exactly that of scanning
 * each piece on its own.
 */
import { isSpaceCode, isWordChar } from './chars.js';
import type { MdInline, MdLine } from './markdown.js';

/** The subset's markers that a backslash makes literal (the backslash itself included). */
const escapable = new Set(['\\', '*', '_', '[', ']', '-']);

/** Per position: the nearest index ≥ it of each kind of marker, -1 when there is none. */
interface LineIndex {
  text: string;
  nextBoldClose: Int32Array;
  nextItalicClose: Int32Array;
  nextBracket: Int32Array;
  nextUrlStop: Int32Array;
}

function indexLine(text: string): LineIndex {
  const n = text.length;
  // positions where a token starts, escapes paired from the line's start
  const tokenStart = new Uint8Array(n + 1);
  for (let i = 0; i < n; ) {
    tokenStart[i] = 1;
    i += text[i] === '\\' && escapable.has(text[i + 1]) ? 2 : 1;
  }
  const nextBoldClose = new Int32Array(n + 2).fill(-1);
  const nextItalicClose = new Int32Array(n + 2).fill(-1);
  const nextBracket = new Int32Array(n + 2).fill(-1);
  const nextUrlStop = new Int32Array(n + 2).fill(-1);
  for (let p = n - 1; p >= 0; p -= 1) {
    const ch = text[p];
    const token = tokenStart[p] === 1;
    nextBoldClose[p] = token && ch === '*' && text[p + 1] === '*' ? p : nextBoldClose[p + 1];
    nextItalicClose[p] =
      token && ch === '_' && text[p - 1] !== ' ' && !isWordChar(text[p + 1]) ? p : nextItalicClose[p + 1];
    nextBracket[p] = ch === '[' || ch === ']' ? p : nextBracket[p + 1];
    nextUrlStop[p] = ch === '(' || ch === ')' || isSpaceCode(text.charCodeAt(p)) ? p : nextUrlStop[p + 1];
  }
  return { text, nextBoldClose, nextItalicClose, nextBracket, nextUrlStop };
}

/** Parses one line of inline markup. Unclosed or unsafe markup stays literal text. */
export function parseLine(text: string, isSafeUrl: (url: string) => boolean): MdLine {
  return parseRange(indexLine(text), 0, text.length, isSafeUrl);
}

/** `[label](url)` opening at `i`, within `end`: the link and where it ends, if it is one. */
function linkAt(index: LineIndex, i: number, end: number) {
  const { text } = index;
  const close = index.nextBracket[i + 1];
  if (close < 0 || close >= end || close === i + 1 || text[close] !== ']') return undefined;
  if (close + 1 >= end || text[close + 1] !== '(') return undefined;
  const stop = index.nextUrlStop[close + 2];
  if (stop < 0 || stop >= end || stop === close + 2 || text[stop] !== ')') return undefined;
  return { label: text.slice(i + 1, close), url: text.slice(close + 2, stop), next: stop + 1 };
}

function parseRange(
  index: LineIndex,
  start: number,
  end: number,
  isSafeUrl: (url: string) => boolean,
): MdLine {
  const { text } = index;
  const out: MdInline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
  };
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < end && escapable.has(text[i + 1])) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '*' && i + 1 < end && text[i + 1] === '*') {
      const close = index.nextBoldClose[i + 2];
      if (close > i + 2 && close + 1 < end) {
        flush();
        out.push({ kind: 'bold', children: parseRange(index, i + 2, close, isSafeUrl) });
        i = close + 2;
        continue;
      }
    }
    // `_` opens only at a word start and closes only at a word end, so snake_case stays text
    if (ch === '_' && (i === start || !isWordChar(text[i - 1])) && i + 1 < end && text[i + 1] !== ' ') {
      const close = index.nextItalicClose[i + 2];
      if (close > 0 && close < end) {
        flush();
        out.push({ kind: 'italic', children: parseRange(index, i + 1, close, isSafeUrl) });
        i = close + 1;
        continue;
      }
    }
    if (ch === '[') {
      const link = linkAt(index, i, end);
      if (link && isSafeUrl(link.url)) {
        flush();
        out.push({ kind: 'link', label: link.label, url: link.url });
        i = link.next;
        continue;
      }
    }
    plain += ch;
    i += 1;
  }
  flush();
  return out;
}
