/**
 * Browser side of the fake Teams host: iframes the tab and answers the teams-js postMessage
 * protocol the way a Teams web client does. Requests arrive as
 * `{ id, uuidAsString, func, args, apiVersionTag }`; answers go back as `{ id, uuidAsString, args }`;
 * host-initiated events (theme change) are `{ func, args }` with no id.
 * Scenario settings come from the page's JSON block (see fake-teams-host.ts).
 */
const settings = JSON.parse(document.getElementById('host-settings').textContent);
const frame = document.getElementById('tab');
const tabOrigin = new URL(settings.tabUrl).origin;

// initialize answers [frameContext, hostClientType, runtimeConfig (JSON), host SDK version].
const runtimeConfig = {
  apiVersion: 4,
  isLegacyTeams: false,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: {
    appInstallDialog: {},
    authentication: {},
    pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
    teamsCore: {},
  },
};

// The legacy context shape teams-js turns into app.getContext()'s structured one.
const context = {
  locale: settings.locale,
  theme: settings.theme,
  frameContext: settings.frameContext,
  hostClientType: 'web',
  hostName: 'Teams',
  entityId: 'relais-home',
  appSessionId: crypto.randomUUID(),
  userObjectId: settings.user.oid,
  userPrincipalName: settings.user.upn,
  loginHint: settings.user.upn,
  tid: settings.user.tid,
  // a tab in a team's channel: the legacy names teams-js maps to team.internalId, team.groupId, channel.id
  ...(settings.team && {
    teamId: settings.team.internalId,
    groupId: settings.team.groupId,
    channelId: settings.team.channelId,
  }),
};

const calls = [];
const savedSettings = [];
const send = (message) => frame.contentWindow.postMessage(message, tabOrigin);

window.fakeTeamsHost = {
  /** teams-js functions the tab called, in order */
  calls,
  /** what Teams sends when the user switches theme */
  setTheme(theme) {
    send({ func: 'themeChange', args: [theme] });
  },
  /** configurable tabs: the settings the tab saved with pages.config.setConfig */
  savedSettings,
  /** what Teams sends when the user selects Save on a configuration page */
  save() {
    send({ func: 'settings.save', args: [{}] });
  },
};

window.addEventListener('message', async (event) => {
  if (event.source !== frame.contentWindow || event.origin !== tabOrigin) return;
  const request = event.data;
  if (!request || typeof request.func !== 'string') return;
  calls.push(request.func);
  if (settings.silent) return;
  const reply = (args) => send({ id: request.id, uuidAsString: request.uuidAsString, args });
  switch (request.func) {
    case 'initialize':
      // a slow Teams client: the handshake's answer comes late
      if (settings.initializeDelayMs)
        await new Promise((resolve) => setTimeout(resolve, settings.initializeDelayMs));
      reply([settings.frameContext, 'web', JSON.stringify(runtimeConfig), '2.58.0']);
      break;
    case 'getContext':
      reply([context]);
      break;
    case 'authentication.getAuthToken': {
      const response = await fetch(`/token${location.search}`);
      const text = await response.text();
      reply(response.ok ? [true, text] : [false, text]);
      break;
    }
    case 'settings.getSettings':
      // pages.getConfig: what the tab saved last (here, or before the page opened); a tab being
      // added has nothing saved yet
      reply([savedSettings.at(-1) ?? settings.savedTab ?? { entityId: '', contentUrl: '' }]);
      break;
    case 'settings.setSettings':
      savedSettings.push(request.args[0]);
      reply([true]);
      break;
    default:
      // one-way notifications (appInitialization.success, registerHandler...) need no answer
      break;
  }
});

frame.src = settings.tabUrl;
