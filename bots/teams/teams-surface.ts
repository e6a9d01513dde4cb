/**
 * The Teams chat surface: botbuilder's CloudAdapter at POST /api/messages, the Relais bot behind
 * it, and the Teams Messenger for proactive sends. Composed once per server by start-relais.
 */
import type { Core } from '../../shared/core.js';
import type { ChatSurface } from '../../shared/http/chat-surface.js';
import { createTeamsAdapter, type TeamsAdapterOptions } from './adapter/create-teams-adapter.js';
import { createOnTurnError } from './adapter/on-turn-error.js';
import { createTeamsRouter } from './adapter/teams-router.js';
import { RelaisTeamsBot } from './relais-teams-bot.js';
import { TeamsMessenger } from './teams-messenger.js';

export type TeamsSurfaceOptions = TeamsAdapterOptions;

export function createTeamsSurface(core: Core, options: TeamsSurfaceOptions = {}): ChatSurface {
  const teams = createTeamsAdapter(core.config.teams, options);
  teams.adapter.onTurnError = createOnTurnError(core);
  const bot = new RelaisTeamsBot(core);
  const logger = core.logger.child({ part: 'teams' });
  return {
    name: 'teams',
    router: createTeamsRouter({ teams, logic: (context) => bot.run(context), logger }),
    messenger: new TeamsMessenger(core, teams),
    describe: () =>
      teams.authEnabled
        ? `Teams: POST /api/messages, Bot Framework tokens validated for app ${core.config.teams.appId}`
        : 'Teams: POST /api/messages WITHOUT AUTHENTICATION (MICROSOFT_APP_ID is unset): local use only (Agents Playground, tests); never expose this port',
    async start() {
      if (!teams.authEnabled) {
        logger.warn(
          'Teams bot runs WITHOUT AUTHENTICATION because MICROSOFT_APP_ID is unset: anyone who can reach /api/messages can act as any user. Local use only.',
        );
      }
    },
  };
}
