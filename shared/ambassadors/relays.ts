/**
 * Relay requests: a communicator asks the ambassadors of a scope to relay a news item, a poll, a
 * survey or a quiz (relay-subjects.ts) with a suggested message and a date. Each active
 * ambassador inside the item's audience gets one request, if a slot of their week is free:
 * slots 1..cap are tried in order and the unique key (ambassador, week, slot) lets one insert
 * win each, so concurrent campaigns never exceed the cap. The campaign's view counts the answers
 * (relay-answers.ts: share in a channel, elsewhere, snooze, decline); a relayed copy's message is
 * kept, so what people do on it is attributed to the relay (relay-attribution.ts).
 */

import { randomUUID } from 'node:crypto';
import { type Principal, requireRole } from '../auth/principal.js';
import type { Card } from '../cards/model.js';
import { AppError } from '../errors/errors.js';
import { type Locale, type MessageKey, translator } from '../i18n/i18n.js';
import type { Person } from '../people/person.js';
import { nowIso } from '../store/store.js';
import { relayRequestCard } from './ambassador-cards.js';
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
import { onlyGroups } from './group-scope.js';
import { channelsFor } from './relay-channels.js';
import { loadSubject } from './relay-subjects.js';
import { loadAmbassadors } from './roster.js';

export const REQUEST_QUEUE = 'ambassadors.request';
export interface RequestJob {
  requestId: string;
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

/** Ambassadors (active) whose scope meets the campaign's departments, sites or guest groups. */
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
        ...(scope.groups.length ? [eb.and([eb('kind', '=', 'group'), eb('value', 'in', scope.groups)])] : []),
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
  // the communicator must see the item themselves (a news item: theirs, or any for an admin)
  const subject = await loadSubject(ctx, input.subjectType, input.subjectId, principal);
  if (subject.refusal) throw refused(subject.refusal);
  const id = randomUUID();
  const now = new Date();
  const scope = { departments: input.departments, sites: input.sites, groups: input.groups };
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
    if (!person || !(await subject.reaches(person))) {
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
      'relays.reach',
      (eb) =>
        eb
          .selectFrom('relay_interactions')
          .select((e) => e.fn.countAll<number | string>().as('n'))
          .whereRef('relay_interactions.request_id', '=', 'relay_requests.id')
          .where('relay_interactions.kind', '=', 'read')
          .as('engaged'),
    ])
    .where('relay_requests.campaign_id', '=', id)
    .orderBy('people.display_name')
    .execute();
  const counts = Object.fromEntries(relayStates.map((s) => [s, 0])) as Record<RelayState, number>;
  for (const r of rows) counts[r.state as RelayState]++;
  // one person who read two ambassadors' copies of the item is one person engaged by the campaign
  const engaged = await ctx.db
    .selectFrom('relay_interactions')
    .innerJoin('relay_requests', 'relay_requests.id', 'relay_interactions.request_id')
    .select((eb) => eb.fn.count<number | string>('relay_interactions.person_id').distinct().as('n'))
    .where('relay_requests.campaign_id', '=', id)
    .where('relay_interactions.kind', '=', 'read')
    .executeTakeFirst();
  return {
    id: c.id,
    subjectType: c.subject_type as RelayCampaign['subjectType'],
    subjectId: c.subject_id,
    message: { fr: c.message_fr, en: c.message_en },
    relayDate: c.relay_date,
    // campaigns from before guest groups have no `groups`
    scope: { groups: [], ...(JSON.parse(c.scope) as Partial<AmbassadorScope>) } as AmbassadorScope,
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
      reach: r.reach,
      engaged: Number(r.engaged ?? 0),
    })),
    skipped: [],
    counts,
    reach: rows.reduce((sum, r) => sum + (r.reach ?? 0), 0),
    engaged: Number(engaged?.n ?? 0),
  };
}

export const loadRequest = (ctx: AmbassadorContext, requestId: string) =>
  ctx.db
    .selectFrom('relay_requests')
    .innerJoin('relay_campaigns', 'relay_campaigns.id', 'relay_requests.campaign_id')
    .selectAll('relay_requests')
    .select([
      'relay_campaigns.subject_type',
      'relay_campaigns.subject_id',
      'relay_campaigns.message_fr',
      'relay_campaigns.message_en',
      'relay_campaigns.relay_date',
    ])
    .where('relay_requests.id', '=', requestId)
    .executeTakeFirst();

export type RequestRow = NonNullable<Awaited<ReturnType<typeof loadRequest>>>;

export const subjectTypeOf = (row: RequestRow) => row.subject_type as RelayCampaign['subjectType'];

async function requestCard(
  ctx: AmbassadorContext,
  row: RequestRow,
  person: Person,
  locale: Locale,
): Promise<Card> {
  const t = translator(locale);
  const subject = await loadSubject(ctx, subjectTypeOf(row), row.subject_id);
  const { title, summary } = subject.preview(locale);
  return relayRequestCard(t, {
    requestId: row.id,
    title,
    summary,
    message: locale === 'fr' ? row.message_fr : row.message_en,
    relayDate: row.relay_date,
    channels: await channelsFor(ctx, person, await groupsOnly(ctx, person.id)),
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

/** The groups of an ambassador of guest groups only (their relays go into those spaces); else undefined. */
export async function groupsOnly(ctx: AmbassadorContext, personId: string): Promise<string[] | undefined> {
  const [ambassador] = await loadAmbassadors(ctx, { personIds: [personId] });
  return ambassador && onlyGroups(ambassador.scope) ? ambassador.scope.groups : undefined;
}
