/** Events API listeners: App Home, direct messages, mentions in channels, uninstall, channels joined. */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';
import { appHomeOpened } from './app-home-opened.js';
import { appMention } from './app-mention.js';
import { appUninstalled } from './app-uninstalled.js';
import { botJoinedChannel } from './bot-joined-channel.js';
import { directMessage } from './direct-message.js';
import { directoryMember } from './directory-member.js';
import { groupMemberJoinedChannel } from './group-member-joined-channel.js';
import { newsReaction } from './news-reaction.js';
import { tourFirstHomeVisit } from './tour-first-home-visit.js';
import { tourMemberJoinedChannel } from './tour-member-joined-channel.js';
import { tourTeamJoin } from './tour-team-join.js';

export function register(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', appHomeOpened(deps));
  app.message(directMessage(deps));
  app.event('app_mention', appMention(deps));
  app.event('app_uninstalled', appUninstalled(deps));
  app.event('tokens_revoked', appUninstalled(deps));
  // reactions on delivered news count in its stats
  app.event('reaction_added', newsReaction(deps, true));
  app.event('reaction_removed', newsReaction(deps, false));
  // welcome tours
  app.event('app_home_opened', tourFirstHomeVisit(deps));
  app.event('team_join', tourTeamJoin(deps));
  app.event('member_joined_channel', tourMemberJoinedChannel(deps));
  // the bot's own joins: channels an ambassador may relay into
  app.event('member_joined_channel', botJoinedChannel(deps));
  // the directory (DIRECTORY_SOURCES=slack) follows members between syncs
  app.event('team_join', directoryMember(deps));
  app.event('user_change', directoryMember(deps));
  // a guest invited to a group joined its channel
  app.event('member_joined_channel', groupMemberJoinedChannel(deps));
}
