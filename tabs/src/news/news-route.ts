/**
 * The news pages live behind the URL hash (`#/news`, `#/news/new`, `#/news/{id}`,
 * `#/news/{id}/edit`, `#/my-news`), so the tab keeps one URL for Teams and a reload or a shared
 * link opens the same page. Pure parsing here; the shell's useHashRoute follows `hashchange`.
 */

export type NewsRoute =
  | { page: 'list' }
  | { page: 'compose' }
  | { page: 'edit'; id: string }
  | { page: 'progress'; id: string }
  | { page: 'feed' };

export function newsRouteOf(hash: string): NewsRoute | undefined {
  const path = hash.replace(/^#/, '');
  if (path === '/my-news') return { page: 'feed' };
  if (path === '/news') return { page: 'list' };
  if (path === '/news/new') return { page: 'compose' };
  const edit = /^\/news\/([\w-]+)\/edit$/.exec(path);
  if (edit?.[1]) return { page: 'edit', id: edit[1] };
  const one = /^\/news\/([\w-]+)$/.exec(path);
  if (one?.[1]) return { page: 'progress', id: one[1] };
  return undefined;
}
