/**
 * `app_home_opened` (every visit to the Home tab): publishes the person's Home view, records the
 * visit and, the first time, the first visit. The event's channel is the bot's DM with the
 * person, saved as their personal conversation for proactive messages.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderHomeView } from '../../cards/render-block-kit.js';
import { homeContent } from '../../home-content.js';
import type { SlackDeps } from '../slack-deps.js';
import { savePersonalConversation } from './personal-conversation.js';

const firstVisitKey = (teamId: string, userId: string) => `slack:home-visited:${teamId}:${userId}`;

export function appHomeOpened(deps: SlackDeps) {
  return async ({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    // the event also fires for the Messages and About tabs
    if (event.tab !== 'home') return;
    const teamId = context.teamId ?? '';
    const actor = await deps.people.resolve(client, teamId, event.user);
    if (event.channel) await savePersonalConversation(deps.core, actor, event.channel);

    const { header, cards } = homeContent(deps.core, actor);
    await client.views.publish({ user_id: event.user, view: renderHomeView(cards, header) });

    const track = { personId: actor.person.id, platform: 'slack', subjectType: 'home', subjectId: teamId };
    await deps.core.events.track({ type: 'home.opened', ...track });
    if ((await deps.core.kv.get(firstVisitKey(teamId, event.user))) === undefined) {
      await deps.core.kv.set(firstVisitKey(teamId, event.user), new Date().toISOString());
      await deps.core.events.track({ type: 'home.first_visit', ...track });
    }
  };
}
