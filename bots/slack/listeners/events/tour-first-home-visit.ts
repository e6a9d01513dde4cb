/**
 * The first visit to the App Home starts the person's welcome tour (first contact), once per
 * person and workspace: Slack sends `app_home_opened` on every visit, so the first one is claimed
 * atomically across instances. The Home view itself is published by app-home-opened.ts.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { startOnFirstContact } from '../../../../shared/tours/triggers/start-from-platform.js';
import type { SlackDeps } from '../slack-deps.js';
import { FIRST_VISIT_TTL_MS } from './app-home-opened.js';

const tourFirstVisitKey = (teamId: string, userId: string) =>
  `slack:tours.first_home_visit:${teamId}:${userId}`;

export function tourFirstHomeVisit(deps: SlackDeps) {
  return async ({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') return;
    const teamId = context.teamId ?? '';
    if (!(await deps.core.once.claim(tourFirstVisitKey(teamId, event.user), FIRST_VISIT_TTL_MS))) return;
    const actor = await deps.people.resolve(client, teamId, event.user, context.enterpriseId);
    await startOnFirstContact(
      deps.core,
      actor.person.id,
      'slack',
      event.channel
        ? { kind: 'conversation', platform: 'slack', tenantId: teamId, conversationId: event.channel }
        : undefined,
    );
  };
}
