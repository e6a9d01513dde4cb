/**
 * What comes through a relayed copy is the relay's: every click on a copy an ambassador posted
 * (known by its message, kept on the relay row) records who acted and how — read (any button:
 * opening, viewing), acknowledged (a news item's "I have read it"), voted, answered — once per
 * person, relay and kind (a key, so double clicks and redeliveries count once). A survey is
 * answered in a dialog, whose submit carries no message: it is the relay's when the relayed
 * copy's button and the dialog pages carry the relay's id (Teams), or when the person opened it
 * from that relay's copy (Slack's modal). Clicks of anonymous polls name nobody: they are not recorded.
 * The ambassador's own clicks on their copy are not reach.
 */
import type { ActionRequest, ActionResult } from '../actions/dispatcher.js';
import { compiledStatement } from '../store/compiled-statement.js';
import type { Database } from '../store/schema.js';
import { nowIso } from '../store/store.js';
import type { AmbassadorContext } from './ambassador-context.js';
import type { AmbassadorTables } from './ambassador-tables.js';

export const interactionKinds = ['read', 'acknowledged', 'voted', 'answered'] as const;
export type InteractionKind = (typeof interactionKinds)[number];

/** actions that do more than read, by action id */
const kindOf: Record<string, InteractionKind> = {
  'news.ack': 'acknowledged',
  'poll.vote': 'voted',
  'quiz.answer': 'answered',
  'survey.submit': 'answered',
};

/** a Teams channel click names the thread (`19:…;messageid=…`): the channel is before the `;` */
const channelOf = (conversationId: string) => conversationId.split(';')[0];

/**
 * the relays of a message: looked up on every click on a message (every vote), so compiled once
 * (compiled-statement.ts) rather than built and compiled by Kysely each time
 */
const relaysOfMessage = compiledStatement<
  Database & AmbassadorTables,
  Pick<AmbassadorTables['relays'], 'request_id' | 'ambassador_id' | 'conversation_id'>
>(2, (db, platform, messageId) =>
  db
    .selectFrom('relays')
    .select(['request_id', 'ambassador_id', 'conversation_id'])
    .where('platform', '=', platform)
    .where('message_id', '=', messageId),
);

async function relayOf(ctx: AmbassadorContext, request: ActionRequest) {
  const message = request.message;
  if (!message?.messageId) return undefined;
  const { rows } = await relaysOfMessage.run(ctx.db, [message.platform, message.messageId]);
  return rows.find(
    (r) => r.conversation_id && channelOf(r.conversation_id) === channelOf(message.conversationId),
  );
}

/** the relay of a survey this person opened from a relayed copy */
async function openedFrom(ctx: AmbassadorContext, surveyId: string, personId: string) {
  return ctx.db
    .selectFrom('relay_interactions as i')
    .innerJoin('relay_requests as r', 'r.id', 'i.request_id')
    .innerJoin('relay_campaigns as c', 'c.id', 'r.campaign_id')
    .select('i.request_id')
    .where('i.person_id', '=', personId)
    .where('i.kind', '=', 'read')
    .where('c.subject_type', '=', 'survey')
    .where('c.subject_id', '=', surveyId)
    .orderBy('i.at', 'desc')
    .executeTakeFirst();
}

async function record(ctx: AmbassadorContext, requestId: string, personId: string, kinds: InteractionKind[]) {
  const at = nowIso();
  await ctx.db
    .insertInto('relay_interactions')
    .values(kinds.map((kind) => ({ request_id: requestId, person_id: personId, kind, at })))
    .onConflict((oc) => oc.columns(['request_id', 'person_id', 'kind']).doNothing())
    .execute();
}

/**
 * the relay a survey's button or dialog page names (Teams dialogs name no message): only a relay
 * of that very survey counts, so a forged id can at most credit another copy of the same survey
 */
async function namedRelay(ctx: AmbassadorContext, request: ActionRequest) {
  const { relay, surveyId } = request.payload ?? {};
  if (typeof relay !== 'string' || relay.length > 100 || typeof surveyId !== 'string') return undefined;
  return ctx.db
    .selectFrom('relays as l')
    .innerJoin('relay_requests as r', 'r.id', 'l.request_id')
    .innerJoin('relay_campaigns as c', 'c.id', 'r.campaign_id')
    .select(['l.request_id', 'l.ambassador_id'])
    .where('l.request_id', '=', relay)
    .where('c.subject_type', '=', 'survey')
    .where('c.subject_id', '=', surveyId)
    .executeTakeFirst();
}

/** The dispatcher's observer: attributes a click to the relay whose copy it came through. */
export async function attributeClick(
  ctx: AmbassadorContext,
  request: ActionRequest,
  result: ActionResult,
): Promise<void> {
  if (result.anonymous) return;
  try {
    const kind = kindOf[request.action];
    const relay =
      (await relayOf(ctx, request)) ??
      (request.action.startsWith('survey.') ? await namedRelay(ctx, request) : undefined);
    if (relay) {
      if (relay.ambassador_id === request.actor.id) return;
      await record(ctx, relay.request_id, request.actor.id, kind ? ['read', kind] : ['read']);
      return;
    }
    const surveyId = request.payload?.surveyId;
    if (request.action === 'survey.submit' && typeof surveyId === 'string' && surveyId.length <= 100) {
      const opened = await openedFrom(ctx, surveyId, request.actor.id);
      if (opened) await record(ctx, opened.request_id, request.actor.id, ['answered']);
    }
  } catch (error) {
    ctx.logger.warn({ err: error, action: request.action }, 'click not attributed to a relay');
  }
}
