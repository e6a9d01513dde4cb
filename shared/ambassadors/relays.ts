/**
 * Relay requests: a communicator asks the ambassadors of a scope to relay a news item with a
 * suggested message and a date. Each active ambassador inside the item's audience gets one
 * request, if a slot of their week is free: slots 1..cap are tried in order and the unique key
 * (ambassador, week, slot) lets one insert win each, so concurrent campaigns never exceed the
 * cap. Answers are conditional updates from an open state: a double click or a retried request
 * acts once. "Share in a channel" posts the item into a known channel the ambassador is in, only
 * when the item's audience covers whoever may read that channel.
 */

import { createHash, randomUUID } from 'node:crypto';
import { type Principal, requireRole } from '../auth/principal.js';
import type { Card } from '../cards/model.js';
import { pacedSend } from '../delivery/paced-send.js';
import { AppError } from '../errors/errors.js';
import { type Locale, type MessageKey, translator } from '../i18n/i18n.js';
import type { PlatformName, SentMessage } from '../messaging/messenger.js';
import type { NewsItem } from '../news/news-model.js';
import type { Person } from '../people/person.js';
import { nowIso } from '../store/store.js';
import { nextAllowedTime } from '../tours/tour-model.js';
import { outcomeCard, relayRequestCard } from './ambassador-cards.js';
import type { AmbassadorContext } from './ambassador-context.js';
import {
  type AmbassadorScope,
  type RelayCampaign,
  type RelayCampaignInput,
  type RelayState,
  relayCampaignInputSchema,
  relayStates,
  type SkipReason,
} from './ambassador-model.js';
import { sendToPerson } from './ambassador-send.js';
import { weekAt } from './ambassador-week.js';
import { relayReach } from './recognition-reach.js';
import { loadAmbassadors } from './roster.js';

export const REQUEST_QUEUE = 'ambassadors.request';
export interface RequestJob {
  requestId: string;
}

/** the core reading an item for its own checks, whoever asked */
const system: Principal = { kind: 'automation', keyId: 'ambassadors' };

/** Why an item cannot be relayed now, as a catalogue entry; undefined when it can. */
export function refusalOf(item: NewsItem): MessageKey | undefined {
  if (item.status === 'recalled') return 'ambassador.refusal.recalled';
  if (item.status === 'expired') return 'ambassador.refusal.expired';
  if (item.status !== 'published' && item.status !== 'publishing') return 'ambassador.refusal.draft';
  return undefined;
}

const refused = (reason: MessageKey) =>
  new AppError(
    'conflict',
    `cannot relay: ${reason}`,
    { reason },
    {
      key: 'ambassador.error.subject',
      params: { reason: { key: reason } },
    },
  );

/** Ambassadors (active) whose scope meets the campaign's departments or sites. */
async function ambassadorsIn(ctx: AmbassadorContext, scope: AmbassadorScope) {
  const rows = await ctx.db
    .selectFrom('ambassador_scopes')
    .select('person_id')
    .where((eb) =>
      eb.or([
        ...(scope.departments.length
          ? [eb.and([eb('kind', '=', 'department'), eb('value', 'in', scope.departments)])]
          : []),
        ...(scope.sites.length ? [eb.and([eb('kind', '=', 'site'), eb('value', 'in', scope.sites)])] : []),
      ]),
    )
    .execute();
  return loadAmbassadors(ctx, { personIds: [...new Set(rows.map((r) => r.person_id))] });
}

/** Takes a free slot of the ambassador's week; 'already' when this campaign asked them before. */
async function takeSlot(
  ctx: AmbassadorContext,
  campaignId: string,
  ambassador: Person,
  now: Date,
): Promise<string | 'already' | 'cap_reached'> {
  const week = weekAt(now, ctx.tours.calendarFor(ambassador).timeZone);
  const at = now.toISOString();
  for (let slot = 1; slot <= ctx.settings.relaysPerWeek; slot++) {
    const id = randomUUID();
    const won = await ctx.db
      .insertInto('relay_requests')
      .values({
        id,
        campaign_id: campaignId,
        ambassador_id: ambassador.id,
        week,
        slot,
        state: 'asked',
        created_at: at,
        updated_at: at,
      })
      // either key: the slot is taken, or this campaign already asked them
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (won) return id;
    const mine = await ctx.db
      .selectFrom('relay_requests')
      .select('id')
      .where('campaign_id', '=', campaignId)
      .where('ambassador_id', '=', ambassador.id)
      .executeTakeFirst();
    if (mine) return 'already';
  }
  return 'cap_reached';
}

/** A communicator's campaign: one request per ambassador of the scope who may be asked. */
export async function askForRelay(
  ctx: AmbassadorContext,
  principal: Principal,
  raw: RelayCampaignInput,
): Promise<RelayCampaign> {
  requireRole(principal, 'communicator');
  const input = relayCampaignInputSchema.parse(raw);
  // the communicator must see the item themselves (theirs, or any for an admin)
  const item = await ctx.news.get(principal, input.subjectId);
  const refusal = refusalOf(item);
  if (refusal) throw refused(refusal);
  const id = randomUUID();
  const now = new Date();
  const scope = { departments: input.departments, sites: input.sites };
  await ctx.db
    .insertInto('relay_campaigns')
    .values({
      id,
      subject_type: input.subjectType,
      subject_id: input.subjectId,
      message_fr: input.message.fr,
      message_en: input.message.en,
      relay_date: input.relayDate,
      scope: JSON.stringify(scope),
      created_by: principal.kind === 'person' ? principal.person.id : null,
      created_at: now.toISOString(),
    })
    .execute();
  const skipped: { ambassadorId: string; reason: SkipReason }[] = [];
  for (const ambassador of await ambassadorsIn(ctx, scope)) {
    if (ambassador.status !== 'active') {
      skipped.push({ ambassadorId: ambassador.personId, reason: 'paused' });
      continue;
    }
    const person = await ctx.people.get(ambassador.personId);
    // an ambassador outside the item's audience would relay what they may not read
    if (!person || !(await ctx.news.cardFor(item.id, person, 'en'))) {
      skipped.push({ ambassadorId: ambassador.personId, reason: 'not_in_audience' });
      continue;
    }
    const taken = await takeSlot(ctx, id, person, now);
    if (taken === 'cap_reached') skipped.push({ ambassadorId: person.id, reason: 'cap_reached' });
    if (taken === 'already' || taken === 'cap_reached') continue;
    await ctx.jobs.add<RequestJob>(REQUEST_QUEUE, { requestId: taken }, { jobId: `relay-request:${taken}` });
    await ctx.events.track({
      type: 'ambassador.asked',
      personId: person.id,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      data: { campaignId: id, requestId: taken },
    });
  }
  return { ...(await campaignView(ctx, principal, id)), skipped };
}

export async function campaignView(
  ctx: AmbassadorContext,
  principal: Principal,
  id: string,
): Promise<RelayCampaign> {
  requireRole(principal, 'communicator');
  const c = await ctx.db.selectFrom('relay_campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) throw new AppError('not_found', 'no such relay campaign');
  const rows = await ctx.db
    .selectFrom('relay_requests')
    .innerJoin('people', 'people.id', 'relay_requests.ambassador_id')
    .leftJoin('relays', 'relays.request_id', 'relay_requests.id')
    .select([
      'relay_requests.id',
      'relay_requests.ambassador_id',
      'relay_requests.state',
      'relay_requests.reason',
      'people.display_name',
      'relays.kind',
      'relays.platform',
      'relays.conversation_id',
      'relays.at',
    ])
    .where('relay_requests.campaign_id', '=', id)
    .orderBy('people.display_name')
    .execute();
  const counts = Object.fromEntries(relayStates.map((s) => [s, 0])) as Record<RelayState, number>;
  for (const r of rows) counts[r.state as RelayState]++;
  return {
    id: c.id,
    subjectType: c.subject_type as RelayCampaign['subjectType'],
    subjectId: c.subject_id,
    message: { fr: c.message_fr, en: c.message_en },
    relayDate: c.relay_date,
    scope: JSON.parse(c.scope) as AmbassadorScope,
    createdAt: c.created_at,
    requests: rows.map((r) => ({
      id: r.id,
      ambassadorId: r.ambassador_id,
      ambassadorName: r.display_name,
      state: r.state as RelayState,
      reason: r.reason,
      relayedTo: r.kind
        ? {
            kind: r.kind as 'channel' | 'elsewhere',
            platform: r.platform,
            conversationId: r.conversation_id,
          }
        : null,
      relayedAt: r.at,
    })),
    skipped: [],
    counts,
  };
}

const loadRequest = (ctx: AmbassadorContext, requestId: string) =>
  ctx.db
    .selectFrom('relay_requests')
    .innerJoin('relay_campaigns', 'relay_campaigns.id', 'relay_requests.campaign_id')
    .selectAll('relay_requests')
    .select([
      'relay_campaigns.subject_id',
      'relay_campaigns.message_fr',
      'relay_campaigns.message_en',
      'relay_campaigns.relay_date',
    ])
    .where('relay_requests.id', '=', requestId)
    .executeTakeFirst();

type RequestRow = NonNullable<Awaited<ReturnType<typeof loadRequest>>>;

/**
 * Channels the bot is in on the ambassador's platforms and tenants (known conversations). A
 * choice's id travels in platform id fields (short, no `@`): a digest of the channel, resolved
 * back against the same list when the ambassador answers.
 */
async function channelsFor(ctx: AmbassadorContext, person: Person) {
  const platforms = [...new Set(person.identities.map((i) => i.platform))];
  if (platforms.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('conversations')
    .select(['platform', 'tenant_id', 'conversation_id', 'reference'])
    .where('kind', '=', 'channel')
    .where('platform', 'in', platforms)
    .where(
      'tenant_id',
      'in',
      person.identities.map((i) => i.tenantId),
    )
    .orderBy('updated_at', 'desc')
    .limit(50)
    .execute();
  return rows.map((r) => {
    const ref = JSON.parse(r.reference) as { conversation?: { name?: string }; name?: string };
    const name = ref.conversation?.name ?? ref.name ?? r.conversation_id;
    const key = `${r.platform}|${r.conversation_id}`;
    return {
      id: `c${createHash('sha256').update(key).digest('hex').slice(0, 24)}`,
      name: String(name).slice(0, 100),
      platform: r.platform as PlatformName,
      conversationId: r.conversation_id,
    };
  });
}

async function requestCard(
  ctx: AmbassadorContext,
  row: RequestRow,
  person: Person,
  locale: Locale,
): Promise<Card> {
  const t = translator(locale);
  const item = await ctx.news.get(system, row.subject_id);
  const variant = item.variants[locale] ?? item.variants[locale === 'fr' ? 'en' : 'fr'];
  return relayRequestCard(t, {
    requestId: row.id,
    title: variant?.title ?? '',
    summary: variant?.summary ?? '',
    message: locale === 'fr' ? row.message_fr : row.message_en,
    relayDate: row.relay_date,
    channels: await channelsFor(ctx, person),
  });
}

/** The job: sends a request card (first time, or again once a snooze is over). */
export async function deliverRequest(ctx: AmbassadorContext, job: RequestJob): Promise<void> {
  let row = await loadRequest(ctx, job.requestId);
  if (!row) return;
  if (row.state === 'snoozed') {
    if (!row.snoozed_until || row.snoozed_until > nowIso()) return;
    const woke = await ctx.db
      .updateTable('relay_requests')
      .set({ state: 'asked', snoozed_until: null, message: null, updated_at: nowIso() })
      .where('id', '=', row.id)
      .where('state', '=', 'snoozed')
      .returning('id')
      .executeTakeFirst();
    if (!woke) return;
    row = { ...row, state: 'asked', message: null };
  }
  if (row.state !== 'asked' || row.message) return;
  const person = await ctx.people.get(row.ambassador_id);
  if (!person?.active) return;
  const locale = person.locale ?? ctx.settings.defaultLocale;
  const content = await requestCard(ctx, row, person, locale);
  const sent = await sendToPerson(ctx, person, () => content);
  if (sent)
    await ctx.db
      .updateTable('relay_requests')
      .set({ message: JSON.stringify(sent) })
      .where('id', '=', row.id)
      .execute();
}

export type RelayAnswer =
  | { kind: 'share'; channel: string }
  | { kind: 'elsewhere' }
  | { kind: 'snooze' }
  | { kind: 'decline'; reason: string };

const nextState: Record<RelayAnswer['kind'], RelayState> = {
  share: 'relayed',
  elsewhere: 'relayed',
  snooze: 'snoozed',
  decline: 'declined',
};

/** Why the ambassador cannot post this item into that channel; undefined when they can. */
async function channelRefusal(
  ctx: AmbassadorContext,
  item: NewsItem,
  person: Person,
  platform: PlatformName,
  conversationId: string,
): Promise<MessageKey | undefined> {
  const known = await ctx.conversations.get(platform, conversationId);
  if (known?.kind !== 'channel') return 'ambassador.refusal.unreachable';
  // a channel may hold anyone: only an organisation-wide item, or one sent to that very channel, fits
  const named = item.audience.channels.some(
    (c) => c.platform === platform && c.conversationId === conversationId,
  );
  if (!item.audience.everyone && !named) return 'ambassador.refusal.audience';
  const messenger = ctx.messengers.get(platform);
  const identity = person.identities.find((i) => i.platform === platform && i.tenantId === known.tenantId);
  if (!identity) return 'ambassador.refusal.unreachable';
  if (messenger?.isMember) {
    const target = { kind: 'conversation' as const, platform, tenantId: known.tenantId, conversationId };
    if (!(await messenger.isMember(target, identity))) return 'ambassador.refusal.unreachable';
  }
  return undefined;
}

/** The ambassador's answer; returns the card to show in place of the request. */
export async function answerRequest(
  ctx: AmbassadorContext,
  actor: Person,
  requestId: string,
  answer: RelayAnswer,
  locale: Locale,
): Promise<{ card?: Card; notice?: string }> {
  const t = translator(locale);
  const row = await loadRequest(ctx, requestId);
  if (!row || row.ambassador_id !== actor.id) return { notice: t('ambassador.relay.not_yours') };
  const why = t('ambassador.why.ambassador');
  let where: { platform: PlatformName; conversationId: string } | undefined;
  let item: NewsItem | undefined;
  if (answer.kind === 'share' || answer.kind === 'elsewhere') {
    item = await ctx.news.get(system, row.subject_id);
    const refusal = refusalOf(item);
    if (refusal) return { notice: t('ambassador.refused_reason', { reason: t(refusal) }) };
  }
  if (answer.kind === 'share' && item) {
    const picked = (await channelsFor(ctx, actor)).find((c) => c.id === answer.channel);
    if (!picked || !ctx.messengers.get(picked.platform))
      return { notice: t('ambassador.refused_reason', { reason: t('ambassador.refusal.unreachable') }) };
    const { platform, conversationId } = picked;
    const refusal = await channelRefusal(ctx, item, actor, platform, conversationId);
    if (refusal) return { notice: t('ambassador.refused_reason', { reason: t(refusal) }) };
    where = { platform, conversationId };
  }
  const state = nextState[answer.kind];
  const now = new Date();
  const snoozedUntil =
    answer.kind === 'snooze'
      ? nextAllowedTime(new Date(now.getTime() + 86_400_000), ctx.tours.calendarFor(actor)).toISOString()
      : null;
  // the claim: one of concurrent clicks moves the request out of its open state
  const claimed = await ctx.db
    .updateTable('relay_requests')
    .set({
      state,
      reason: answer.kind === 'decline' ? answer.reason.slice(0, 500) || null : null,
      snoozed_until: snoozedUntil,
      updated_at: now.toISOString(),
    })
    .where('id', '=', requestId)
    .where('state', 'in', ['asked', 'snoozed'])
    .returning('id')
    .executeTakeFirst();
  if (!claimed) {
    const current = await ctx.db
      .selectFrom('relay_requests')
      .select('state')
      .where('id', '=', requestId)
      .executeTakeFirst();
    return { notice: t('ambassador.relay.closed', { state: current?.state ?? '' }) };
  }
  if (where && item) {
    try {
      await postRelay(ctx, item, actor, where, locale);
    } catch (error) {
      // nothing was posted: the request is open again for another try
      await ctx.db
        .updateTable('relay_requests')
        .set({ state: row.state, updated_at: nowIso() })
        .where('id', '=', requestId)
        .execute();
      throw error;
    }
  }
  if (state === 'relayed') {
    const reach = where ? await relayReach(ctx, where) : null;
    await ctx.db
      .insertInto('relays')
      .values({
        request_id: requestId,
        ambassador_id: actor.id,
        kind: where ? 'channel' : 'elsewhere',
        platform: where?.platform ?? null,
        conversation_id: where?.conversationId ?? null,
        at: now.toISOString(),
        reach,
      })
      .onConflict((oc) => oc.column('request_id').doNothing())
      .execute();
  }
  if (snoozedUntil)
    await ctx.jobs.add<RequestJob>(
      REQUEST_QUEUE,
      { requestId },
      {
        jobId: `relay-snooze:${requestId}:${snoozedUntil}`,
        runAt: new Date(snoozedUntil),
      },
    );
  const type = {
    relayed: 'ambassador.relayed',
    snoozed: 'ambassador.snoozed',
    declined: 'ambassador.declined',
    asked: '',
  }[state];
  await ctx.events.track({
    type,
    personId: actor.id,
    subjectType: 'news',
    subjectId: row.subject_id,
    data: {
      requestId,
      campaignId: row.campaign_id,
      ...(where ? { where: where.platform, conversationId: where.conversationId } : {}),
      ...(answer.kind === 'elsewhere' ? { where: 'elsewhere' } : {}),
    },
  });
  const text = {
    relayed: t('ambassador.relay.done'),
    snoozed: t('ambassador.relay.snoozed'),
    declined: t('ambassador.relay.declined'),
    asked: '',
  }[state];
  return { card: outcomeCard(text, why) };
}

/** The relay itself: the item's card, as the ambassador reads it, posted into the channel. */
async function postRelay(
  ctx: AmbassadorContext,
  item: NewsItem,
  actor: Person,
  where: { platform: PlatformName; conversationId: string },
  locale: Locale,
): Promise<SentMessage> {
  const content = await ctx.news.cardFor(item.id, actor, locale);
  if (!content) throw new AppError('forbidden', 'the item is not addressed to the ambassador');
  const known = await ctx.conversations.get(where.platform, where.conversationId);
  return pacedSend(
    ctx,
    {
      kind: 'conversation',
      platform: where.platform,
      tenantId: known!.tenantId,
      conversationId: where.conversationId,
    },
    content,
    { locale },
  );
}
