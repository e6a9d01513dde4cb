/**
 * The world of a browser suite that opens Relais tabs inside the fake Teams host: the tabs built,
 * a local key server signing the host's SSO tokens, the fake host, a Relais that trusts both, and
 * Chromium; then tabs opened in the host as a given person, in a given team and language. Every
 * suite set this up the same way by hand; what differs (an API key, a locale, the token's
 * audience) is an option.
 */
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { Person } from '../../shared/people/person.js';
import { linkDirectoryAccount } from '../harness/directory-accounts.js';
import {
  type FakeTeamsHost,
  type FakeTeamsScenario,
  startFakeTeamsHost,
} from '../harness/fake-teams-host/fake-teams-host.js';
import { type KeyServer, startKeyServer } from '../harness/key-server.js';
import { startTestRelais, type TestRelais } from '../harness/relais.js';
import { ensureTabsBuilt } from './build-tabs.js';
import { launchChromium, newHermeticContext } from './chromium.js';

export interface TeamsTabWorldOptions {
  /** the tab app's Entra client id: TAB_SSO_CLIENT_ID, and the audience of the tokens signed */
  ssoClientId: string;
  /** more server environment (RELAIS_API_KEYS, DEFAULT_LOCALE…); DEFAULT_LOCALE is 'en' unless set */
  env?: Record<string, string>;
  /** the audience each token is signed for, asked at each sign-in (a test of a wrong audience) */
  tokenAudience?: () => string;
}

/** What the host page shows: a scenario whose tab URL defaults to the home page in Teams. */
export type TeamsTabScenario = Omit<FakeTeamsScenario, 'tabUrl' | 'locale'> & {
  /** the tab's content URL; `${relais.url}/tabs/?inTeams=1` followed by `hash` unless given */
  tabUrl?: string;
  /** an app route such as '#/my-news', after the default tab URL */
  hash?: string;
  /**
   * Teams' client locale, e.g. 'fr-fr': with openTeamsTab the browser's locale in lower case
   * unless given; with showTab the host's own default (en-us)
   */
  teamsLocale?: string;
};

export interface BrowserWindow {
  /** the browser's language, e.g. 'fr-FR' (default 'en-US') */
  locale?: string;
  /** default 1000 × 900 */
  viewport?: { width: number; height: number };
}

export interface TeamsTabWorld {
  keyServer: KeyServer;
  host: FakeTeamsHost;
  relais: TestRelais;
  browser: Browser;
  /** a page in a new hermetic context of its own, closed with the world at the latest */
  newPage(window?: BrowserWindow): Promise<Page>;
  /** loads the host page on `scenario` in `page`, and gives the tab's frame once the host made it */
  showTab(page: Page, scenario: TeamsTabScenario): Promise<Frame>;
  /** both: a new page (`locale`, `viewport`) showing the tab of `scenario` */
  openTeamsTab(options: TeamsTabScenario & BrowserWindow): Promise<{ page: Page; tab: Frame }>;
  close(): Promise<void>;
}

export async function startTeamsTabWorld(options: TeamsTabWorldOptions): Promise<TeamsTabWorld> {
  await ensureTabsBuilt();
  const started: { close(): Promise<void> }[] = [];
  const contexts: BrowserContext[] = [];
  // a start that fails half-way still stops what it started
  const close = async () => {
    for (const context of contexts.splice(0)) await context.close();
    for (const part of started.splice(0).reverse()) await part.close();
  };
  try {
    const keyServer = await startKeyServer();
    started.push(keyServer);
    const host = await startFakeTeamsHost({
      issueToken: (user) =>
        keyServer.sign({
          aud: options.tokenAudience?.() ?? options.ssoClientId,
          tid: user.tid,
          oid: user.oid,
          name: user.name,
          preferred_username: user.upn,
        }),
    });
    started.push(host);
    const relais = await startTestRelais({
      TAB_SSO_CLIENT_ID: options.ssoClientId,
      TAB_SSO_ISSUER: keyServer.issuer,
      TAB_SSO_JWKS_URL: keyServer.jwksUrl,
      TAB_ALLOWED_HOST_ORIGINS: host.origin,
      DEFAULT_LOCALE: 'en',
      ...options.env,
    });
    started.push(relais);
    const browser = await launchChromium();
    started.push(browser);

    const newPage = async ({
      locale = 'en-US',
      viewport = { width: 1000, height: 900 },
    }: BrowserWindow = {}) => {
      const context = await newHermeticContext(browser, { locale, viewport });
      contexts.push(context);
      return context.newPage();
    };
    const showTab = async (page: Page, scenario: TeamsTabScenario): Promise<Frame> => {
      const { tabUrl, hash, teamsLocale, ...rest } = scenario;
      await page.goto(
        host.pageUrl({
          ...rest,
          tabUrl: tabUrl ?? `${relais.url}/tabs/?inTeams=1${hash ?? ''}`,
          locale: teamsLocale,
        }),
      );
      const frame = await (await page.waitForSelector('iframe#tab')).contentFrame();
      assert.ok(frame, 'the host page has no tab frame');
      return frame;
    };
    return {
      keyServer,
      host,
      relais,
      browser,
      newPage,
      showTab,
      async openTeamsTab({ locale = 'en-US', viewport, ...scenario }) {
        const page = await newPage({ locale, viewport });
        const teamsLocale = scenario.teamsLocale ?? locale.toLowerCase();
        return { page, tab: await showTab(page, { ...scenario, teamsLocale }) };
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A Teams guest as the directory describes them (kind and language set by it, not guessed), met
 * by the bot under `userId` and signing in to the tab as `oid` in `tenantId`.
 */
export async function directoryGuest(
  relais: TestRelais,
  guest: { tenantId: string; oid: string; userId: string; name: string; locale: 'fr' | 'en' },
): Promise<Person> {
  const { core } = relais;
  const person = await core.people.learn(
    { platform: 'teams', tenantId: guest.tenantId, userId: guest.userId, aadObjectId: guest.oid },
    { displayName: guest.name, kind: 'guest' },
  );
  await core.store.db
    .updateTable('people')
    .set({ kind: 'guest', kind_source: 'directory', locale: guest.locale })
    .where('id', '=', person.id)
    .execute();
  await linkDirectoryAccount(core.store.db, person.id, guest.tenantId, guest.oid);
  return person;
}
