/**
 * The tab's heartbeat for the adoption dashboard's (approximate) time in the tabs: one beat when
 * the signed-in person opens or comes back to the tab, then one a minute while it is visible;
 * none while it is hidden (another Teams app, a background browser tab). The server counts at
 * most one a minute per person, so two open tabs are not two minutes.
 */
import { useEffect } from 'react';
import type { ApiClient } from '../api/api-client.js';

export const HEARTBEAT_MS = 60_000;

export function useHeartbeat(api: ApiClient | undefined): void {
  useEffect(() => {
    if (!api) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    const beat = () => {
      // a lost beat is a lost minute of an approximate figure: not worth an error on the page
      api.http.POST('/insights/heartbeat').catch(() => undefined);
    };
    const follow = () => {
      if (timer) clearInterval(timer);
      timer = undefined;
      if (document.visibilityState !== 'visible') return;
      beat();
      timer = setInterval(beat, HEARTBEAT_MS);
    };
    follow();
    document.addEventListener('visibilitychange', follow);
    return () => {
      document.removeEventListener('visibilitychange', follow);
      if (timer) clearInterval(timer);
    };
  }, [api]);
}
