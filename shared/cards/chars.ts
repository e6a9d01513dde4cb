/**
 * Character classes the card scanners test one UTF-16 code unit at a time, with the exact sets of
 * the regular expressions they replace: `\s` (ECMAScript WhiteSpace and LineTerminator) and
 * `[\p{L}\p{N}]` on a single code unit (a surrogate half is never a letter). Hand-written scanners
 * use these so their cost stays linear in the text, whatever the user typed; `foldLineBreaks` is
 * the one such scanner both renderers share.
 */

/** `/\s/` on one code unit. */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export const isSpace = (char: string | undefined): boolean =>
  char !== undefined && char !== '' && isSpaceCode(char.charCodeAt(0));

const letterOrDigit = /^[\p{L}\p{N}]$/u;

/** `/[\p{L}\p{N}]/u` on one code unit (undefined: the text's edge). */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined || char === '') return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return letterOrDigit.test(char[0]);
}

/**
 * Single-line fields (headings, labels, button texts): every run of whitespace that holds a line
 * break becomes one space, then the ends are trimmed: what replacing the global pattern
 * `\s*[\r\n]+\s*` by a space and trimming gave, in one pass. That pattern retried its `\s*` from
 * every space of a long run without a break, quadratic in the run's length.
 */
export function foldLineBreaks(text: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (!isSpaceCode(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    let hasBreak = false;
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || code === 0x0d) hasBreak = true;
      i += 1;
    }
    if (hasBreak) {
      out += `${text.slice(from, start)} `;
      from = i;
    }
  }
  return (out + text.slice(from)).trim();
}
