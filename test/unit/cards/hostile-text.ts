/** Seeded hostile text for the randomised card tests: the same inputs on every run. */

/** mulberry32: tiny, seedable, good enough to spread test inputs. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const alphabet = [
  '<',
  '>',
  '&',
  '!',
  '@',
  '#',
  '|',
  '*',
  '_',
  '~',
  '`',
  '[',
  ']',
  '(',
  ')',
  '$',
  '{',
  '}',
  '\\',
  '"',
  "'",
  '\n',
  '\r',
  ' ',
  ' ',
  '-',
  '.',
  '1',
  'a',
  'Z',
  'é',
  '👩‍👩‍👧‍👦',
  '🇫🇷',
  '\u200b',
  '\u2060',
  'e\u0301',
  '<!channel>',
  '<!here>',
  '<@U123>',
  '${',
  '{{',
  '](',
  'https://x.example',
  'javascript:',
  'mailto:a@b.c',
  '**',
  '- ',
  '&amp;',
];

export function randomText(next: () => number, maxParts: number): string {
  const parts = Math.floor(next() * maxParts);
  let text = '';
  for (let i = 0; i < parts; i += 1) text += alphabet[Math.floor(next() * alphabet.length)];
  return text;
}
