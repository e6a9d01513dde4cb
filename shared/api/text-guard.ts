/**
 * NUL characters outside JSON bodies: in a path parameter (`/tours/%00`), a query parameter, or a
 * CSV body. No field means one, and PostgreSQL refuses NUL in text columns, so a lookup or an
 * insert carrying one failed with a 500. JSON bodies are checked while parsing (json-body.ts).
 */
import { AppError } from '../errors/errors.js';

/** The first `where.name` whose value (a string, or a list of them) holds NUL. */
function fieldWithNul(where: string, values: unknown): string | undefined {
  if (typeof values === 'string') return values.includes('\0') ? where : undefined;
  if (typeof values !== 'object' || values === null) return undefined;
  for (const [name, value] of Object.entries(values)) {
    const strings = Array.isArray(value) ? value : [value];
    if (strings.some((v) => typeof v === 'string' && v.includes('\0'))) return `${where}.${name}`;
  }
  return undefined;
}

/** Throws a 400 invalid_text naming the first path, query or text-body field holding NUL. */
export function refuseNulCharacters(req: { params: unknown; query: unknown; body: unknown }): void {
  const field =
    fieldWithNul('path', req.params) ??
    fieldWithNul('query', req.query) ??
    (typeof req.body === 'string' ? fieldWithNul('body', req.body) : undefined);
  if (!field) return;
  const message = 'a NUL character (\\u0000) is not accepted';
  const text = { key: 'error.text.nul_in' as const, params: { field } };
  throw new AppError('invalid_text', `${field}: ${message}`, [{ field, message, text }], text);
}
