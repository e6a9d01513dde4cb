/**
 * The tab's pages live behind the URL hash (`#/news`, `#/polls/poll/abc`…), so the tab keeps one
 * URL for Teams and a reload or a shared link opens the same page. The hook follows `hashchange`;
 * `go` moves focus to the main landmark, as a page load would.
 */
import { useCallback, useEffect, useState } from 'react';

export function useHashRoute(): { hash: string; go(hash: string): void } {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const follow = () => setHash(window.location.hash);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const go = useCallback((next: string) => {
    window.location.hash = next;
    setHash(next);
    document.getElementById('main')?.focus();
  }, []);
  return { hash, go };
}
