/**
 * Short private replies (notices, errors) to the person who acted, wherever they acted: through
 * the interaction's response_url when there is one (slash commands, message buttons), else as
 * an ephemeral message in the channel, else on their App Home (buttons there have neither).
 */
import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Card } from '../../../shared/cards/model.js';
import { renderBlockKit, renderHomeView } from '../cards/render-block-kit.js';

export interface ReplyPlace {
  respond?: RespondFn;
  client: WebClient;
  userId: string;
  channelId?: string;
  /** the Home tab content to keep under the notice, when the person acted on their Home */
  homeCards?: Card[];
}

export async function tellPerson(place: ReplyPlace, text: string): Promise<void> {
  const notice = { summary: text, blocks: [{ type: 'text' as const, text }] } satisfies Card;
  if (place.respond) {
    await place.respond({ response_type: 'ephemeral', replace_original: false, ...renderBlockKit(notice) });
  } else if (place.channelId) {
    await place.client.chat.postEphemeral({
      channel: place.channelId,
      user: place.userId,
      ...renderBlockKit(notice),
    });
  } else {
    await place.client.views.publish({
      user_id: place.userId,
      view: renderHomeView(place.homeCards ?? [], text),
    });
  }
}
