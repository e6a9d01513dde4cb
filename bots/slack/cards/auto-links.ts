/**
 * What Slack auto-links in literal text, found in one left-to-right pass: web and mailto URLs (up
 * to the last character that is not closing punctuation or an emphasis marker) and email
 * addresses. The spans are exactly those of the global pattern
 * `(?:https?:\/\/|mailto:)\S*[^\s.,;:!?)\]'"*_~`]|[\p{L}\p{N}][\p{L}\p{N}._%+~-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`
 * (flag u) that this replaces: its email branch re-scanned the whole run of letters after every
 * letter, so 8,000 letters took a third of a second. Here a failed email start marks its run, and
 * the later starts in that run (which end the same way) are skipped.
 */
import { isSpaceCode } from '../../../shared/cards/chars.js';

/** Characters a URL does not end on (Slack leaves them out of the link). */
const urlTrailing = new Set(['.', ',', ';', ':', '!', '?', ')', ']', "'", '"', '*', '_', '~', '`']);

const letterOrDigit = /^[\p{L}\p{N}]$/u;

/** `[\p{L}\p{N}]` (flag u) on the code point at `i`. */
function isLetterOrDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return letterOrDigit.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Code units of the code point at `i`. */
const width = (text: string, i: number): number => (text.codePointAt(i)! > 0xffff ? 2 : 1);

/** End of the run of code points at `from` that `accepts` takes. */
function runEnd(text: string, from: number, accepts: (text: string, i: number) => boolean): number {
  let i = from;
  while (i < text.length && accepts(text, i)) i += width(text, i);
  return i;
}

const isLocalPart = (text: string, i: number): boolean =>
  '._%+~-'.includes(text[i]) || isLetterOrDigitAt(text, i);
const isDomainPart = (text: string, i: number): boolean => text[i] === '-' || isLetterOrDigitAt(text, i);

/** The end of a URL starting at `start`, or -1. */
function urlEnd(text: string, start: number): number {
  const first = text[start];
  if (first !== 'h' && first !== 'm') return -1;
  let from: number;
  if (text.startsWith('https://', start)) from = start + 8;
  else if (text.startsWith('http://', start) || text.startsWith('mailto:', start)) from = start + 7;
  else return -1;
  let end = -1;
  for (let i = from; i < text.length && !isSpaceCode(text.charCodeAt(i)); i += 1) {
    if (!urlTrailing.has(text[i])) end = i + 1;
  }
  return end;
}

/** The end of an email address whose local part ends at `at` (the `@`), or -1. */
function domainEnd(text: string, at: number): number {
  let end = runEnd(text, at + 1, isDomainPart);
  if (end === at + 1) return -1;
  let groups = 0;
  while (text[end] === '.') {
    const label = runEnd(text, end + 1, isDomainPart);
    if (label === end + 1) break;
    end = label;
    groups += 1;
  }
  return groups > 0 ? end : -1;
}

/** [start, end) of each auto-linked span, left to right, not overlapping. */
export function autoLinkedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // starts before this index lie in a run of local-part characters known not to end in an address
  let noEmailBefore = 0;
  let i = 0;
  while (i < text.length) {
    const url = urlEnd(text, i);
    if (url > 0) {
      spans.push([i, url]);
      i = url;
      continue;
    }
    if (i >= noEmailBefore && isLetterOrDigitAt(text, i)) {
      const at = runEnd(text, i + width(text, i), isLocalPart);
      const end = text[at] === '@' ? domainEnd(text, at) : -1;
      if (end > 0) {
        spans.push([i, end]);
        i = end;
        continue;
      }
      noEmailBefore = at;
    }
    i += width(text, i);
  }
  return spans;
}
