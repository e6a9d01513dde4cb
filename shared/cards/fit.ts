/**
 * Truncation that respects what a reader sees: cuts on grapheme boundaries (an emoji or accented
 * letter is never split), ends with an ellipsis, and fits a limit measured on the *rendered*
 * output, after escaping (`&` becomes `&amp;` in Slack, `*` becomes `\*` in Teams), so a limit
 * is never broken by the escaping that follows a naive cut.
 */
import { inlineText, type MdBlock, type MdInline, type MdLine } from './markdown.js';

export const ellipsis = '…';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const isAscii = (code: number): boolean => code < 0x80;

/**
 * Grapheme clusters of `text`. ICU's segmenter slows down sharply on long strings, so the text is
 * segmented in slices cut between two ASCII characters (always a cluster boundary, except CR LF).
 */
export function graphemes(text: string): string[] {
  // printable ASCII without CR: one code unit per cluster, no need for ICU
  if (/^[\x20-\x7e\t\n]*$/.test(text)) return text.split('');
  const cached = memo.get(text);
  if (cached) return cached;
  const out = segment(text);
  if (memo.size >= 256) memo.clear();
  memo.set(text, out);
  return out;
}

/** Binary searches re-measure the same strings: remember the last few segmentations. */
const memo = new Map<string, string[]>();

function segment(text: string): string[] {
  const out: string[] = [];
  const slice = 512;
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + slice);
    while (
      end < text.length &&
      !(
        isAscii(text.charCodeAt(end - 1)) &&
        isAscii(text.charCodeAt(end)) &&
        text.slice(end - 1, end + 1) !== '\r\n'
      )
    ) {
      end += 1;
    }
    for (const part of segmenter.segment(text.slice(start, end))) out.push(part.segment);
    start = end;
  }
  return out;
}

/** Keeps at most `max` graphemes, the last one being an ellipsis when something was cut. */
export function truncate(text: string, max: number): string {
  const parts = graphemes(text);
  if (parts.length <= max) return text;
  if (max <= 0) return '';
  return (
    parts
      .slice(0, max - 1)
      .join('')
      .trimEnd() + ellipsis
  );
}

/** Longer than any grapheme cluster met in practice (the longest emoji sequences are ~35 units). */
const precutMargin = 64;

/** Largest `k` in [0, n] for which `fits(k)` holds, assuming `fits` is monotonic. */
export function largestFitting(n: number, fits: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Renders `text`, cutting it as little as needed for the rendered string to stay within `limit`. */
export function fitText(text: string, render: (text: string) => string, limit: number): string {
  const whole = render(text);
  if (whole.length <= limit) return whole;
  // Rendering never shortens text, so what fits lies within the first `limit` code units; the
  // margin keeps a grapheme cut by this slice out of reach of the search below.
  const head = text.slice(0, limit + precutMargin);
  const n = Math.min(graphemes(head).length, limit);
  const k = largestFitting(n, (k) => render(truncate(head, k)).length <= limit);
  return render(truncate(head, k));
}

/** Number of visible graphemes in parsed markdown. */
export function markdownLength(blocks: MdBlock[]): number {
  let total = 0;
  for (const block of blocks) {
    for (const line of block.kind === 'paragraph' ? block.lines : block.items) {
      total += graphemes(inlineText(line)).length;
    }
  }
  return total;
}

type Take = (text: string, budget: number) => { taken: string; used: number };

const takeGraphemes: Take = (text, budget) => {
  const parts = graphemes(text);
  return { taken: parts.slice(0, budget).join(''), used: Math.min(parts.length, budget) };
};

const takeCodeUnits: Take = (text, budget) => {
  const taken = text.slice(0, budget);
  return { taken, used: taken.length };
};

/** The first `max` units of visible text (as counted by `take`), markup intact. */
function cutMarkdown(blocks: MdBlock[], max: number, take: Take): MdBlock[] {
  let budget = max;
  const cutInline = (line: MdInline[]): MdInline[] => {
    const kept: MdInline[] = [];
    for (const node of line) {
      if (budget <= 0) break;
      if (node.kind === 'text' || node.kind === 'link') {
        const { taken, used } = take(node.kind === 'text' ? node.text : node.label, budget);
        budget -= used;
        kept.push(node.kind === 'text' ? { kind: 'text', text: taken } : { ...node, label: taken });
      } else {
        kept.push({ kind: node.kind, children: cutInline(node.children) });
      }
    }
    return kept;
  };
  const cutLines = (lines: MdLine[]): MdLine[] => {
    const kept: MdLine[] = [];
    for (const line of lines) {
      if (budget <= 0) break;
      kept.push(cutInline(line));
    }
    return kept;
  };
  const out: MdBlock[] = [];
  for (const block of blocks) {
    if (budget <= 0) break;
    out.push(
      block.kind === 'paragraph'
        ? { kind: 'paragraph', lines: cutLines(block.lines) }
        : { kind: 'list', items: cutLines(block.items) },
    );
  }
  return out;
}

/** Keeps the first `max` visible graphemes of parsed markdown, markup intact, ending with `…`. */
export function truncateMarkdown(blocks: MdBlock[], max: number): MdBlock[] {
  if (markdownLength(blocks) <= max) return blocks;
  const out = cutMarkdown(blocks, Math.max(0, max - 1), takeGraphemes);
  const tail: MdInline = { kind: 'text', text: ellipsis };
  const last = out.at(-1);
  if (!last) return [{ kind: 'paragraph', lines: [[tail]] }];
  const lines = last.kind === 'paragraph' ? last.lines : last.items;
  lines[lines.length - 1].push(tail);
  return out;
}

/** Renders parsed markdown, cutting it as little as needed to stay within `limit` characters. */
export function fitMarkdown(blocks: MdBlock[], render: (blocks: MdBlock[]) => string, limit: number): string {
  const whole = render(blocks);
  if (whole.length <= limit) return whole;
  // same reasoning as `fitText`: only the first `limit` code units of visible text can fit
  const head = cutMarkdown(blocks, limit + precutMargin, takeCodeUnits);
  const n = Math.min(markdownLength(head), limit);
  const k = largestFitting(n, (k) => render(truncateMarkdown(head, k)).length <= limit);
  return render(truncateMarkdown(head, k));
}
