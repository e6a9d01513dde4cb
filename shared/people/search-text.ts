/**
 * People search that answers the same on SQLite and PostgreSQL: both sides of the comparison are
 * normalised in JavaScript (SQLite's lower() only knows ASCII, and the two databases disagree on
 * LIKE's case rules), and the user's term is escaped so '%' and '_' match themselves.
 */

/** Letters that compatibility decomposition leaves whole but people type as two. */
const ligatures: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

/**
 * 'ÉLODIE  Dürand' → 'elodie durand'. NFKD rather than plain NFD so that compatibility forms
 * (ﬁ, full-width letters) fold too; combining marks are then dropped.
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (c) => ligatures[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the people.search_text column holds: name and email on separate lines. */
export const searchTextOf = (displayName: string, email: string | null | undefined): string =>
  [normaliseForSearch(displayName), normaliseForSearch(email ?? '')].join('\n');

/** The escape character paired with `LIKE … ESCAPE` in queries using containsPattern. */
export const LIKE_ESCAPE = '\\';

/** A LIKE pattern matching search texts that contain `term`, with its wildcards escaped. */
export const containsPattern = (term: string): string =>
  `%${normaliseForSearch(term).replace(/[\\%_]/g, (c) => LIKE_ESCAPE + c)}%`;
