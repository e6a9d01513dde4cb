/**
 * Connects to the Microsoft Teams host when the tab runs inside it. teams-js is loaded only then
 * (a separate chunk): the standalone console never downloads it, and never makes the CDN request
 * teams-js issues when it loads. `app.initialize` waits 60 s for a silent parent, so the whole
 * handshake races a short timeout and the caller falls back to the standalone console.
 */
import { sharedTabConfig } from './host-config.js';

export type HostTheme = 'default' | 'dark' | 'contrast';

/**
 * What Teams keeps for a configured tab, as `pages.getConfig` gives it back and `setConfig`
 * takes it: Teams requires only the content URL, and may leave out the rest.
 */
export interface TabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl?: string;
  suggestedDisplayName?: string;
}

/** What a configurable (channel, chat, meeting) tab saves on its configuration page. */
export interface TabSettings extends TabConfig {
  websiteUrl: string;
  suggestedDisplayName: string;
}

/**
 * How long the configuration page waits for Teams to say what an existing tab saved: Teams
 * answers at once, but a host that never does must not leave Save disabled.
 */
export const savedTabTimeoutMs = 5000;

/**
 * Where a tab is: the team's internal id (`19:…`, the id its general channel bears), its
 * Microsoft Entra group id and the channel's id; each unset outside a team (a chat, a meeting).
 */
export interface TeamsSpace {
  teamId?: string;
  aadGroupId?: string;
  channelId?: string;
}

export interface TeamsSession {
  /** 'content' for a tab page, 'settings' while Teams shows the tab's configuration page */
  frameContext: string;
  theme: HostTheme;
  /** the Teams client's locale, e.g. 'fr-fr' */
  locale?: string;
  space: TeamsSpace;
  /** an SSO token for this app (Teams caches and refreshes it) */
  getAuthToken(): Promise<string>;
  onThemeChange(handler: (theme: HostTheme) => void): void;
  /** configuration page: lets the user select Save, which stores these settings */
  enableTabSave(settings: TabConfig): void;
  /**
   * configuration page: what the tab saved when Teams shows it again for an existing tab (its
   * settings); undefined for a tab being added, or when Teams does not say
   */
  savedTab(): Promise<TabConfig | undefined>;
}

export class TeamsUnavailableError extends Error {
  override name = 'TeamsUnavailableError';
}

/** Teams refused an SSO token (consent needed, user not signed in, host without SSO...). */
export class SsoError extends Error {
  override name = 'SsoError';
}

/** The address says Teams: the manifest's tab URL, and links followed inside a Teams tab, carry inTeams=1. */
export function urlSaysInTeams(win: Window = window): boolean {
  return new URLSearchParams(win.location.search).get('inTeams') === '1';
}

/** Inside an iframe, or opened from the Teams manifest's tab URL (which carries inTeams=1). */
export function mayBeInTeams(win: Window = window): boolean {
  let framed: boolean;
  try {
    framed = win.self !== win.top;
  } catch {
    framed = true; // a cross-origin top throws on access: we are framed
  }
  return framed || urlSaysInTeams(win);
}

export function toHostTheme(value: string | undefined): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

export async function connectToTeams(timeoutMs: number): Promise<TeamsSession> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TeamsUnavailableError(`no answer from a Teams host within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([handshake(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function handshake(signal: AbortSignal): Promise<TeamsSession> {
  const [{ app, authentication, pages }, origins] = await Promise.all([
    import('@microsoft/teams-js'),
    // shared with the shell, which reads the default locale from it: one request per page load
    sharedTabConfig().then(
      (config) => config.allowedHostOrigins,
      (error: unknown) => {
        // Microsoft's own hosts are still trusted by teams-js: go on without the extra list.
        console.warn('Relais: /tabs/config.json unavailable, using teams-js defaults only', error);
        return [];
      },
    ),
  ]);
  try {
    await app.initialize(origins);
  } catch (error) {
    throw new TeamsUnavailableError(error instanceof Error ? error.message : String(error));
  }
  // a host that answered after our timeout: the shell has moved on to the standalone console
  if (signal.aborted) throw new TeamsUnavailableError('the Teams host answered after the timeout');
  const context = await app.getContext();
  void app.notifySuccess().catch((error: unknown) => console.warn('Relais: notifySuccess failed', error));
  return {
    frameContext: context.page.frameContext ?? 'content',
    theme: toHostTheme(context.app.theme),
    locale: context.app.locale,
    space: {
      ...(context.team?.internalId && { teamId: context.team.internalId }),
      ...(context.team?.groupId && { aadGroupId: context.team.groupId }),
      ...(context.channel?.id && { channelId: context.channel.id }),
    },
    getAuthToken: () =>
      authentication.getAuthToken().catch((error: unknown) => {
        throw new SsoError(error instanceof Error ? error.message : String(error));
      }),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(toHostTheme(theme))),
    enableTabSave(settings) {
      pages.config.registerOnSaveHandler((saveEvent) => {
        pages.config.setConfig(settings).then(
          () => saveEvent.notifySuccess(),
          (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
      });
      pages.config.setValidityState(true);
    },
    savedTab: () => readSavedTab(() => pages.getConfig(), savedTabTimeoutMs),
  };
}

/**
 * The tab's saved settings, from `pages.getConfig` (the context's page id is empty on the
 * configuration page in the new Teams, so getConfig is the one source). A tab being added has no
 * entity id or content URL yet.
 */
async function readSavedTab(
  getConfig: () => Promise<Partial<TabConfig> | undefined>,
  timeoutMs: number,
): Promise<TabConfig | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => {
      console.warn(`Relais: Teams did not give the tab’s saved settings within ${timeoutMs} ms`);
      resolve(undefined);
    }, timeoutMs);
  });
  try {
    const config = await Promise.race([getConfig(), timeout]);
    if (!config?.entityId || !config.contentUrl) return undefined;
    return {
      entityId: config.entityId,
      contentUrl: config.contentUrl,
      ...(config.websiteUrl && { websiteUrl: config.websiteUrl }),
      ...(config.suggestedDisplayName && { suggestedDisplayName: config.suggestedDisplayName }),
    };
  } catch (error) {
    console.warn('Relais: Teams did not give the tab’s saved settings', error);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
