/** `#/polls…` hashes: the list, the three creation forms and the three results pages. */
export type PollsRoute =
  | { page: 'list' }
  | { page: 'new'; kind: 'poll' | 'survey' | 'quiz' }
  | { page: 'results'; kind: 'poll' | 'survey' | 'quiz'; id: string };

export function pollsRouteOf(hash: string): PollsRoute | undefined {
  if (!/^#\/polls(\/|$)/.test(hash)) return undefined;
  const [, , first, second] = hash.split('/');
  if (first === 'new' && (second === 'poll' || second === 'survey' || second === 'quiz'))
    return { page: 'new', kind: second };
  if ((first === 'poll' || first === 'survey' || first === 'quiz') && second) {
    return { page: 'results', kind: first, id: decodeURIComponent(second) };
  }
  return { page: 'list' };
}
