/**
 * The REST API's JSON body parser: express.json, plus one linear pass over the raw bytes before
 * they are parsed. JSON.parse itself is not recursive, but everything after it is (zod, JSON
 * .stringify, the import's re-serialisation): a body nested 5,000 deep overflowed the stack and
 * answered 500. The pass refuses, with a 400 and a stable code:
 *   - nesting deeper than MAX_JSON_DEPTH (arrays and objects alike; no API body needs more than a
 *     handful of levels), and more than MAX_JSON_ITEMS items in one array or object;
 *   - a string holding a lone UTF-16 surrogate (`"\ud800"`): it is not text, no platform can
 *     encode it, and RFC 8259 §8.2 leaves its meaning undefined;
 *   - a string holding NUL (`"\u0000"`): no text field means it, and PostgreSQL refuses it in
 *     text columns (the insert failed: 500).
 * JSON is read as UTF-8 only (RFC 8259 §8.1): another charset answers 415, so the byte scan is
 * exact. Size stays bounded by the parser's `limit` (413).
 */
import express, { type RequestHandler } from 'express';
import { AppError } from '../errors/errors.js';

/** Deepest nesting an API body may have. */
export const MAX_JSON_DEPTH = 32;
/**
 * Most items one array (or keys one object) may hold: above any route's own maximum (a people
 * import of 5 MB holds about 40,000 people), far below the 2.5 million a 5 MB body can carry,
 * which zod would validate one by one (half a second) before finding the list too long.
 */
export const MAX_JSON_ITEMS = 100_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
const LOWER_U = 0x75;
const COMMA = 0x2c;

/** What is wrong with a JSON text's bytes, if anything: too deep, or a lone surrogate escape. */
export interface JsonBytesProblem {
  kind: 'too_deep' | 'too_many_items' | 'lone_surrogate' | 'nul';
  /** the byte where it was seen */
  offset: number;
}

const hexValue = (bytes: Uint8Array, at: number): number => {
  let value = 0;
  for (let i = at; i < at + 4; i++) {
    const c = bytes[i];
    const digit =
      c === undefined
        ? -1
        : c >= 0x30 && c <= 0x39
          ? c - 0x30
          : c >= 0x41 && c <= 0x46
            ? c - 0x37
            : c >= 0x61 && c <= 0x66
              ? c - 0x57
              : -1;
    // a malformed escape is JSON.parse's to refuse
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
};

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * One pass over UTF-8 JSON bytes, outside strings counting brackets, inside strings reading
 * `\uXXXX` escapes in pairs. Raw UTF-8 cannot carry a surrogate (a decoder makes it U+FFFD), so
 * escapes are the only way one arrives. Syntax errors are left to JSON.parse.
 */
export function jsonBytesProblem(
  bytes: Uint8Array,
  maxDepth = MAX_JSON_DEPTH,
  maxItems = MAX_JSON_ITEMS,
): JsonBytesProblem | undefined {
  let depth = 0;
  /** commas seen in the innermost open array or object (items - 1); outer ones wait in `outer` */
  let commas = 0;
  const outer: number[] = new Array(maxDepth + 2).fill(0);
  let inString = false;
  /** offset of a high surrogate escape still waiting for its low half, or -1 */
  let pendingHigh = -1;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (!inString) {
      if (c === QUOTE) inString = true;
      else if (c === COMMA) {
        if (++commas >= maxItems) return { kind: 'too_many_items', offset: i };
      } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
        if (++depth > maxDepth) return { kind: 'too_deep', offset: i };
        outer[depth] = commas;
        commas = 0;
      } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
        // a stray closing bracket is JSON.parse's to refuse
        if (depth > 0) commas = outer[depth--]!;
      }
      continue;
    }
    // most string bytes are plain text: nothing to do until a quote or a backslash
    if (c !== BACKSLASH && c !== QUOTE && pendingHigh < 0) continue;
    if (c === BACKSLASH && bytes[i + 1] === LOWER_U) {
      const unit = hexValue(bytes, i + 2);
      if (unit === 0) return { kind: 'nul', offset: i };
      if (pendingHigh >= 0 && !isLow(unit)) return { kind: 'lone_surrogate', offset: pendingHigh };
      if (pendingHigh < 0 && isLow(unit)) return { kind: 'lone_surrogate', offset: i };
      pendingHigh = pendingHigh < 0 && isHigh(unit) ? i : -1;
      i += 5;
      continue;
    }
    if (pendingHigh >= 0) return { kind: 'lone_surrogate', offset: pendingHigh };
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) inString = false;
  }
  return undefined;
}

const isUtf8 = (charset: string | undefined) => !charset || /^utf-?8$/i.test(charset);

/** express.json with the checks above; errors are AppErrors the HTTP error handler localizes. */
export function jsonBody(options: { limit: string }): RequestHandler {
  return express.json({
    limit: options.limit,
    verify: (_req, _res, buffer, encoding) => {
      if (!isUtf8(encoding)) {
        throw new AppError(
          'unsupported_media_type',
          `JSON is read in UTF-8 only, not ${encoding}`,
          undefined,
          {
            key: 'error.json.charset',
          },
        );
      }
      const problem = jsonBytesProblem(buffer);
      if (problem?.kind === 'too_deep') {
        throw new AppError(
          'too_deeply_nested',
          `the JSON body is nested more than ${MAX_JSON_DEPTH} levels deep (byte ${problem.offset})`,
          { maxDepth: MAX_JSON_DEPTH, offset: problem.offset },
          { key: 'error.json.too_deep', params: { max: MAX_JSON_DEPTH } },
        );
      }
      if (problem?.kind === 'too_many_items') {
        throw new AppError(
          'too_many_items',
          `an array or object of the JSON body has more than ${MAX_JSON_ITEMS} items (byte ${problem.offset})`,
          { maxItems: MAX_JSON_ITEMS, offset: problem.offset },
          { key: 'error.json.too_many_items', params: { max: MAX_JSON_ITEMS } },
        );
      }
      if (problem?.kind === 'lone_surrogate') {
        throw new AppError(
          'invalid_text',
          `a string of the JSON body holds a lone UTF-16 surrogate escape (byte ${problem.offset})`,
          { offset: problem.offset },
          { key: 'error.json.lone_surrogate' },
        );
      }
      if (problem?.kind === 'nul') {
        throw new AppError(
          'invalid_text',
          `a string of the JSON body holds a NUL character (byte ${problem.offset})`,
          { offset: problem.offset },
          { key: 'error.text.nul' },
        );
      }
    },
  });
}
