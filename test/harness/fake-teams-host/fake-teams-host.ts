/**
 * A fake Microsoft Teams web client for browser tests: an HTTP server on 127.0.0.1 whose page
 * iframes the tab and speaks the teams-js postMessage protocol (host-page.js). Each page URL
 * describes one scenario: the tab URL, theme, locale, the signed-in user, and whether the host
 * stays silent (a parent that never answers) or refuses the SSO token.
 * SSO tokens come from `issueToken`, so the test signs them with its local key server.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeTeamsUser {
  oid: string;
  tid: string;
  name: string;
  upn: string;
}

export interface FakeTeamsScenario {
  /** the tab's content URL, e.g. `${relais.url}/tabs/?inTeams=1` */
  tabUrl: string;
  theme?: 'default' | 'dark' | 'contrast';
  /** 'content' for a tab page, 'settings' for a configurable tab's configuration page */
  frameContext?: 'content' | 'settings';
  /** Teams client locale, e.g. 'en-us', 'fr-fr' */
  locale?: string;
  user: FakeTeamsUser;
  /** receive the tab's messages but never answer (a host that hangs) */
  silent?: boolean;
  /** answer `initialize` only after this many ms (a slow Teams client) */
  initializeDelayMs?: number;
  /** answer getAuthToken with this failure reason instead of a token */
  tokenError?: string;
  /**
   * The team and channel the tab is in, as Teams' context gives them (teams-js turns them into
   * `team.internalId`, `team.groupId` and `channel.id`); none for a personal tab or a chat.
   */
  team?: { internalId: string; groupId?: string; channelId?: string };
  /**
   * Configuration page of an existing tab (Teams shows its settings again): what the tab saved,
   * which `pages.getConfig` answers; none for a tab being added
   */
  savedTab?: { entityId: string; contentUrl: string; websiteUrl?: string; suggestedDisplayName?: string };
}

export interface FakeTeamsHost {
  url: string;
  origin: string;
  pageUrl(scenario: FakeTeamsScenario): string;
  close(): Promise<void>;
}

const hostScript = fs.readFileSync(new URL('./host-page.js', import.meta.url), 'utf8');

export async function startFakeTeamsHost(options: {
  issueToken(user: FakeTeamsUser): Promise<string>;
}): Promise<FakeTeamsHost> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let scenario: FakeTeamsScenario;
    try {
      scenario = JSON.parse(url.searchParams.get('scenario') ?? '');
    } catch {
      res.writeHead(400).end('missing or malformed scenario parameter');
      return;
    }
    if (url.pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(hostPage(scenario));
      return;
    }
    if (url.pathname === '/token') {
      if (scenario.tokenError) {
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end(scenario.tokenError);
        return;
      }
      options.issueToken(scenario.user).then(
        (token) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end(token),
        (error: Error) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end(error.message),
      );
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    origin,
    pageUrl: (scenario) => `${origin}/?scenario=${encodeURIComponent(JSON.stringify(scenario))}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hostPage(scenario: FakeTeamsScenario): string {
  const settings = {
    tabUrl: scenario.tabUrl,
    theme: scenario.theme ?? 'default',
    frameContext: scenario.frameContext ?? 'content',
    locale: scenario.locale ?? 'en-us',
    user: scenario.user,
    silent: scenario.silent ?? false,
    initializeDelayMs: scenario.initializeDelayMs ?? 0,
    team: scenario.team ?? null,
    savedTab: scenario.savedTab ?? null,
  };
  // JSON inside <script>: escape '<' so no value can close the element
  const json = JSON.stringify(settings).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Fake Teams host</title>
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; display: grid; grid-template-rows: 40px 1fr; height: 100vh; }
      .bar { background: #464775; color: white; display: flex; align-items: center; padding: 0 16px; }
      iframe { border: 0; width: 100%; height: 100%; }
    </style>
  </head>
  <body>
    <div class="bar">Fake Teams host</div>
    <iframe id="tab" title="Relais tab"></iframe>
    <script type="application/json" id="host-settings">${json}</script>
    <script>${hostScript}</script>
  </body>
</html>`;
}
