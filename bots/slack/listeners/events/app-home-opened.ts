/**
 * `app_home_opened` (every visit to the Home tab): publishes the person's Home view (their news
 * feed, then the help card), records the visit, a view of each news item shown and, the first
 * time, the first visit. The event's channel is the bot's DM with the
 * person, saved as their personal conversation for proactive messages.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderHomeView } from '../../cards/render-block-kit.js';
import { homeContent } from '../../home-content.js';
import type { SlackDeps } from '../slack-deps.js';
import { savePersonalConversation } from './personal-conversation.js';

/** Claimed once per person and workspace: atomic across instances, unlike a kv read then write. */
const firstVisitKey = (teamId: string, userId: string) => `slack:home.first_visit:${teamId}:${userId}`;
/** Long enough to mean "ever" for a dashboard's first-visit count, without keeping keys forever. */
export const FIRST_VISIT_TTL_MS = 400 * 24 * 60 * 60 * 1000;

export function appHomeOpened(deps: SlackDeps) {
  return async ({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    // the event also fires for the Messages and About tabs
    if (event.tab !== 'home') return;
    const teamId = context.teamId ?? '';
    const actor = await deps.people.resolve(client, teamId, event.user, context.enterpriseId);
    if (event.channel) await savePersonalConversation(deps.core, actor, event.channel);

    // a held guest (charter pending) sees the charter and nothing else until they accept it
    const hold = await deps.core.access.hold(actor.person, { kind: 'home' });
    if (hold) {
      const cards = hold.card ? [await hold.card(actor.locale)] : [];
      await client.views.publish({ user_id: event.user, view: renderHomeView(cards) });
      return;
    }
    const { header, cards } = await homeContent(deps.core, actor);
    const news = await deps.core.news.home(actor.person, actor.locale);
    await client.views.publish({
      user_id: event.user,
      view: renderHomeView([...news.cards, ...cards], header),
    });
    // each item shown on the Home is a view (`news.viewed`, and a `read` signal the first time)
    for (const id of news.newsIds) await deps.core.news.recordView(id, actor.person.id, 'slack');

    const track = { personId: actor.person.id, platform: 'slack', subjectType: 'home', subjectId: teamId };
    await deps.core.events.track({ type: 'home.opened', ...track });
    // two instances handling two quick visits must not both count a first visit
    if (await deps.core.once.claim(firstVisitKey(teamId, event.user), FIRST_VISIT_TTL_MS)) {
      await deps.core.events.track({ type: 'home.first_visit', ...track });
    }
  };
}
