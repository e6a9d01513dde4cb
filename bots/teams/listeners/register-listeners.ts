/** Wires the Teams listeners onto the bot, in the order they must run. */
import type { TeamsActivityHandler } from 'botbuilder';
import type { Core } from '../../../shared/core.js';
import { groupMemberAdded } from './groups/group-member-added.js';
import { appInstalled } from './installation/app-installed.js';
import { appUninstalled } from './installation/app-uninstalled.js';
import { commandMessage } from './messages/command-message.js';
import { registerNewsListeners } from './news/register-news-listeners.js';
import { membersAdded } from './tours/members-added.js';
import { personalInstall } from './tours/personal-install.js';
import { rememberEveryTurn } from './turn/remember-every-turn.js';

export function registerListeners(bot: TeamsActivityHandler, core: Core): void {
  bot.onTurn(rememberEveryTurn(core));
  bot.onInstallationUpdateAdd(appInstalled(core));
  bot.onInstallationUpdateAdd(personalInstall(core));
  bot.onMembersAdded(membersAdded(core));
  // after the tours' listener, which learns the person
  bot.onMembersAdded(groupMemberAdded(core));
  bot.onInstallationUpdateRemove(appUninstalled(core));
  bot.onMessage(commandMessage(core));
  registerNewsListeners(bot, () => core.news);
}
