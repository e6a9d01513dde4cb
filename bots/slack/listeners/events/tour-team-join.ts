/**
 * `team_join`: someone joined the workspace. They are learned as a person first (users.info,
 * through the people glue, so their locale, time zone and guest status are known), then their
 * welcome tour starts as a first contact; the core opens the DM when it sends the first step.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { startOnFirstContact } from '../../../../shared/tours/triggers/start-from-platform.js';
import type { SlackDeps } from '../slack-deps.js';

export function tourTeamJoin(deps: SlackDeps) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'team_join'> & AllMiddlewareArgs) => {
    const user = event.user as { id?: string; is_bot?: boolean; deleted?: boolean; team_id?: string };
    if (!user?.id || user.is_bot || user.deleted) return;
    const teamId = context.teamId ?? user.team_id ?? '';
    const actor = await deps.people.resolve(client, teamId, user.id, context.enterpriseId);
    await startOnFirstContact(deps.core, actor.person.id, 'slack');
  };
}
