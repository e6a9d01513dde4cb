/**
 * An ambassador's answer to a relay request: share in a channel, "relayed elsewhere", snooze,
 * decline. Each is a conditional update from an open state, so a double click or a retried
 * request acts once. A share first takes a short lease on the open request, posts the copy
 * through the item's capability, then records `relayed` and where in one transaction: a post
 * that fails, or a process that dies mid-post, leaves the request open to share again (once the
 * lease is over), and no view shows it relayed without where. A channel takes the copy only
 * when the item's audience covers whoever may read it (a group's space: items for that group).
 */

import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Insertable } from 'kysely';
import type { Card } from '../cards/model.js';
import { type Locale, type MessageKey, translator } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import { nowIso } from '../store/store.js';
import { nextAllowedTime } from '../tours/tour-model.js';
import { outcomeCard } from './ambassador-cards.js';
import type { AmbassadorContext } from './ambassador-context.js';
import type { RelayState } from './ambassador-model.js';
import type { AmbassadorTables } from './ambassador-tables.js';
import { groupsOfSpace, teamOfReference } from './group-scope.js';
import { relayReach } from './recognition-reach.js';
import { channelsFor } from './relay-channels.js';
import { loadSubject, type RelaySubject } from './relay-subjects.js';
import { groupsOnly, loadRequest, REQUEST_QUEUE, type RequestJob, subjectTypeOf } from './relays.js';

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
  subject: RelaySubject,
  person: Person,
  platform: PlatformName,
  conversationId: string,
): Promise<MessageKey | undefined> {
  const known = await ctx.conversations.get(platform, conversationId);
  if (known?.kind !== 'channel') return 'ambassador.refusal.unreachable';
  const spaceOf = await groupsOfSpace(ctx, {
    platform,
    conversationId,
    teamId: teamOfReference(known.reference),
  });
  const ownGroups = await groupsOnly(ctx, person.id);
  if (ownGroups && !spaceOf.some((g) => ownGroups.includes(g))) return 'ambassador.refusal.group_space';
  // a group's space is read by its guests: only what is addressed to that group goes there
  if (
    spaceOf.length > 0 ? !subject.addressedToGroups(spaceOf) : !subject.fitsChannel(platform, conversationId)
  )
    return 'ambassador.refusal.audience';
  const messenger = ctx.messengers.get(platform);
  const identity = person.identities.find((i) => i.platform === platform && i.tenantId === known.tenantId);
  if (!identity) return 'ambassador.refusal.unreachable';
  if (messenger?.isMember) {
    const target = { kind: 'conversation' as const, platform, tenantId: known.tenantId, conversationId };
    if (!(await messenger.isMember(target, identity))) return 'ambassador.refusal.unreachable';
  }
  return undefined;
}

const openStates: RelayState[] = ['asked', 'snoozed'];
const isOpen = (state: string) => (openStates as string[]).includes(state);

/**
 * How long a share's lease holds the request: longer than a post waiting for its tenant's pace,
 * short enough that a request whose process died mid-post may soon be shared again.
 */
export const CLAIM_MS = 120_000;

/** no answer is posting the request now (or its lease is over: that process died) */
const leaseFree = (now: string) => (eb: ExpressionBuilder<AmbassadorTables, 'relay_requests'>) =>
  eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]);

/**
 * Moves an open request to its answer, with the relay's row in the same transaction so a view
 * never sees it relayed without where. A share holds its lease (`claim`); any other answer needs
 * the request free of one. False when another answer came first.
 */
async function settle(
  ctx: AmbassadorContext,
  requestId: string,
  answer: { claim: string } | { state: RelayState; reason: string | null; snoozedUntil: string | null },
  now: Date,
  relay: Insertable<AmbassadorTables['relays']> | undefined,
): Promise<boolean> {
  const at = now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    let update = trx
      .updateTable('relay_requests')
      .set(
        'claim' in answer
          ? {
              state: 'relayed',
              claim: null,
              claimed_until: null,
              snoozed_until: null,
              reason: null,
              updated_at: at,
            }
          : {
              state: answer.state,
              reason: answer.reason,
              snoozed_until: answer.snoozedUntil,
              claim: null,
              claimed_until: null,
              updated_at: at,
            },
      )
      .where('id', '=', requestId)
      .where('state', 'in', openStates);
    update = 'claim' in answer ? update.where('claim', '=', answer.claim) : update.where(leaseFree(at));
    const won = await update.returning('id').executeTakeFirst();
    if (!won) return false;
    if (relay)
      await trx
        .insertInto('relays')
        .values(relay)
        .onConflict((oc) => oc.column('request_id').doNothing())
        .execute();
    return true;
  });
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
  let where: { platform: PlatformName; tenantId: string; conversationId: string } | undefined;
  let subject: RelaySubject | undefined;
  if (answer.kind === 'share' || answer.kind === 'elsewhere') {
    subject = await loadSubject(ctx, subjectTypeOf(row), row.subject_id);
    if (subject.refusal) return { notice: t('ambassador.refused_reason', { reason: t(subject.refusal) }) };
  }
  if (answer.kind === 'share' && subject) {
    const picked = (await channelsFor(ctx, actor)).find((c) => c.id === answer.channel);
    if (!picked || !ctx.messengers.get(picked.platform))
      return { notice: t('ambassador.refused_reason', { reason: t('ambassador.refusal.unreachable') }) };
    const { platform, tenantId, conversationId } = picked;
    const refusal = await channelRefusal(ctx, subject, actor, platform, conversationId);
    if (refusal) return { notice: t('ambassador.refused_reason', { reason: t(refusal) }) };
    where = { platform, tenantId, conversationId };
  }
  const state = nextState[answer.kind];
  const now = new Date();
  const snoozedUntil =
    answer.kind === 'snooze'
      ? nextAllowedTime(new Date(now.getTime() + 86_400_000), ctx.tours.calendarFor(actor)).toISOString()
      : null;
  const closed = async () => {
    const current = await ctx.db
      .selectFrom('relay_requests')
      .select(['state', 'claimed_until'])
      .where('id', '=', requestId)
      .executeTakeFirst();
    if (current && isOpen(current.state) && current.claimed_until && current.claimed_until >= nowIso())
      return { notice: t('ambassador.relay.sharing') };
    return { notice: t('ambassador.relay.closed', { state: current?.state ?? '' }) };
  };
  const relay = (messageId: string | null, reach: number | null) => ({
    request_id: requestId,
    ambassador_id: actor.id,
    kind: where ? 'channel' : 'elsewhere',
    platform: where?.platform ?? null,
    conversation_id: where?.conversationId ?? null,
    at: now.toISOString(),
    reach,
    message_id: messageId,
  });
  if (where && subject) {
    // the lease: one of concurrent clicks posts; the request stays open until the copy is out
    const claim = randomUUID();
    const leased = await ctx.db
      .updateTable('relay_requests')
      .set({ claim, claimed_until: new Date(now.getTime() + CLAIM_MS).toISOString() })
      .where('id', '=', requestId)
      .where('state', 'in', openStates)
      .where(leaseFree(now.toISOString()))
      .returning('id')
      .executeTakeFirst();
    if (!leased) return closed();
    let messageId: string;
    try {
      messageId = (await subject.post(actor, where, locale, requestId)).messageId;
    } catch (error) {
      // nothing was posted: the request is open again for another try
      await ctx.db
        .updateTable('relay_requests')
        .set({ claim: null, claimed_until: null })
        .where('id', '=', requestId)
        .where('claim', '=', claim)
        .execute();
      throw error;
    }
    const reach = await relayReach(ctx, where);
    const recorded = await settle(ctx, requestId, { claim }, now, relay(messageId, reach));
    if (!recorded) {
      // the lease ran out during the post and another answer took the request meanwhile
      ctx.logger.warn({ requestId }, 'relay posted after its lease was taken over');
      return closed();
    }
  } else {
    const done = await settle(
      ctx,
      requestId,
      {
        state,
        reason: answer.kind === 'decline' ? answer.reason.slice(0, 500) || null : null,
        snoozedUntil,
      },
      now,
      state === 'relayed' ? relay(null, null) : undefined,
    );
    if (!done) return closed();
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
    subjectType: row.subject_type,
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
