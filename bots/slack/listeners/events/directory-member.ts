/**
 * `team_join` and `user_change`: the member the event carries goes to the directory, which keeps
 * their person current between syncs when DIRECTORY_SOURCES lists slack (and ignores it otherwise).
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';

export function directoryMember(deps: SlackDeps) {
  return async ({
    event,
    context,
  }: SlackEventMiddlewareArgs<'team_join' | 'user_change'> & AllMiddlewareArgs) => {
    const user = event.user as { team_id?: string } | undefined;
    const teamId = context.teamId ?? user?.team_id;
    if (!teamId || !user) return;
    await deps.core.directory.slackMemberChanged(teamId, user);
  };
}
