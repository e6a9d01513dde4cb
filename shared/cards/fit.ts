/**
 * Truncation that respects what a reader sees: cuts on grapheme boundaries (an emoji or accented
 * letter is never split), ends with an ellipsis, and fits a limit measured on the *rendered*
 * output, after escaping (`&` becomes `&amp;` in Slack, `*` becomes `\*` in Teams), so a limit
 * is never broken by the escaping that follows a naive cut.
 */
import { inlineText, type MdBlock, type MdInline, type MdLine } from './markdown.js';

export const ellipsis = '…';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const graphemes = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment);

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

/** Largest `k` in [0, n] for which `fits(k)` holds, assuming `fits` is monotonic. */
function largestFitting(n: number, fits: (k: number) => boolean): number {
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
  const n = graphemes(text).length;
  const k = largestFitting(n, (k) => render(truncate(text, k)).length <= limit);
  return render(truncate(text, k));
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

/** Keeps the first `max` visible graphemes of parsed markdown, markup intact, ending with `…`. */
export function truncateMarkdown(blocks: MdBlock[], max: number): MdBlock[] {
  if (markdownLength(blocks) <= max) return blocks;
  let budget = Math.max(0, max - 1);
  const out: MdBlock[] = [];
  const cutLines = (lines: MdLine[]): MdLine[] => {
    const kept: MdLine[] = [];
    for (const line of lines) {
      if (budget <= 0) break;
      kept.push(cutInline(line));
    }
    return kept;
  };
  const cutInline = (line: MdInline[]): MdInline[] => {
    const kept: MdInline[] = [];
    for (const node of line) {
      if (budget <= 0) break;
      if (node.kind === 'text' || node.kind === 'link') {
        const text = node.kind === 'text' ? node.text : node.label;
        const parts = graphemes(text);
        const take = parts.slice(0, budget).join('');
        budget -= Math.min(parts.length, budget);
        kept.push(node.kind === 'text' ? { kind: 'text', text: take } : { ...node, label: take });
      } else {
        kept.push({ kind: node.kind, children: cutInline(node.children) });
      }
    }
    return kept;
  };
  for (const block of blocks) {
    if (budget <= 0) break;
    out.push(
      block.kind === 'paragraph'
        ? { kind: 'paragraph', lines: cutLines(block.lines) }
        : { kind: 'list', items: cutLines(block.items) },
    );
  }
  const last = out.at(-1);
  const tail: MdInline = { kind: 'text', text: ellipsis };
  if (!last) return [{ kind: 'paragraph', lines: [[tail]] }];
  const lines = last.kind === 'paragraph' ? last.lines : last.items;
  lines[lines.length - 1].push(tail);
  return out;
}

/** Renders parsed markdown, cutting it as little as needed to stay within `limit` characters. */
export function fitMarkdown(blocks: MdBlock[], render: (blocks: MdBlock[]) => string, limit: number): string {
  const whole = render(blocks);
  if (whole.length <= limit) return whole;
  const k = largestFitting(
    markdownLength(blocks),
    (k) => render(truncateMarkdown(blocks, k)).length <= limit,
  );
  return render(truncateMarkdown(blocks, k));
}
