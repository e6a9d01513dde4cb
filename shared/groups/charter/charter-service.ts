/**
 * Charter acceptance and first contact. Accepting records who, when, which version and the
 * text's hash (one row per person, group and version: a second click records nothing new), with
 * the event `group.charter_accepted`; once no charter is pending, the copies held for the guest
 * are sent (again at a click on an accepted charter: a stop between recording and releasing
 * must not keep them held for ever). A first contact or a join marks the guest joined (the
 * deadline counts from then) and brings each pending charter card, once per version whatever the
 * number of contacts.
 */
import type { PersonContact } from '../../access/access-gates.js';
import type { ActionResult } from '../../actions/dispatcher.js';
import { type Locale, translator } from '../../i18n/i18n.js';
import type { PlatformName } from '../../messaging/messenger.js';
import { nowIso } from '../../store/store.js';
import type { GuestsContext } from '../reviews/guests-context.js';
import { enqueueNotice } from '../reviews/notices.js';
import { charterAcceptedCard, charterCard } from './charter-card.js';
import { CHARTER_HOLD, pendingCharters } from './charter-queries.js';

export async function acceptCharter(
  ctx: GuestsContext,
  request: {
    groupId: string;
    version: number;
    personId: string;
    platform: PlatformName | 'api';
    locale: Locale;
  },
): Promise<ActionResult> {
  const t = translator(request.locale);
  const pending = await pendingCharters(ctx.db, request.personId);
  const target = pending.find((p) => p.groupId === request.groupId);
  if (!target) {
    const accepted = await ctx.db
      .selectFrom('group_charter_acceptances as a')
      .innerJoin('groups as g', 'g.id', 'a.group_id')
      .select(['a.version', 'g.name_fr', 'g.name_en'])
      .where('a.group_id', '=', request.groupId)
      .where('a.person_id', '=', request.personId)
      .where('a.version', '=', request.version)
      .executeTakeFirst();
    // a second click on a charter already accepted: the same confirmation, nothing recorded. With
    // no charter pending any more it releases again: the first click may have stopped between
    // recording and releasing (a crash), and releasing twice sends and refreshes nothing twice
    if (accepted) {
      if (pending.length === 0) await release(ctx, request.personId);
      const group = { groupId: request.groupId, nameFr: accepted.name_fr, nameEn: accepted.name_en };
      return { card: charterAcceptedCard(group, request.version, request.locale) };
    }
    return { notice: t('groups.charter.not_member') };
  }
  // the card read an older version than the current one: show the current text, record nothing
  if (target.version !== request.version) {
    return { card: charterCard(target, request.locale, t('groups.charter.stale')) };
  }
  const inserted = await ctx.db
    .insertInto('group_charter_acceptances')
    .values({
      group_id: target.groupId,
      person_id: request.personId,
      version: target.version,
      hash: target.hash,
      accepted_at: nowIso(),
      platform: request.platform,
    })
    .onConflict((oc) => oc.columns(['group_id', 'person_id', 'version']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
    await ctx.events.track({
      type: 'group.charter_accepted',
      personId: request.personId,
      platform: request.platform === 'api' ? null : request.platform,
      subjectType: 'group',
      subjectId: target.groupId,
      data: { version: target.version, hash: target.hash },
    });
    for (const listener of ctx.charterAccepted) await listener(request.personId, target.groupId);
  }
  const rest = pending.filter((p) => p.groupId !== target.groupId);
  if (rest[0]) return { card: charterCard(rest[0], request.locale) };
  await release(ctx, request.personId);
  return { card: charterAcceptedCard(target, target.version, request.locale) };
}

/**
 * What waited for the charter goes now: news and poll copies (held sends, and sent copies whose
 * refresh waited), then the tour steps due. Running it again sends nothing twice: a held copy
 * and a tour step are each claimed once when sent, and a copy's refresh runs only while its row
 * is behind the subject's refresh generation.
 */
async function release(ctx: GuestsContext, personId: string): Promise<void> {
  await ctx.delivery.releaseHeld(personId, CHARTER_HOLD);
  await ctx.rearmTours(personId);
}

/** A first contact or a join: the guest is there (joined_at), and is asked for each pending charter. */
export async function onContact(
  ctx: GuestsContext,
  personId: string,
  _contact: PersonContact,
): Promise<void> {
  await ctx.db
    .updateTable('group_members')
    .set({ joined_at: nowIso() })
    .where('person_id', '=', personId)
    .where('joined_at', 'is', null)
    .where('removed_at', 'is', null)
    .execute();
  for (const pending of await pendingCharters(ctx.db, personId)) {
    await enqueueNotice(ctx, {
      kind: 'charter',
      groupId: pending.groupId,
      personId,
      version: pending.version,
    });
  }
}

/**
 * A new charter version: every current guest of the group who has already been there (joined its
 * space, met Relais, or accepted an earlier version) is sent the new text to accept, once per version (the notice's key); the others
 * get it at their first contact. Until they accept, the gate holds them again.
 */
export async function askAgain(ctx: GuestsContext, groupId: string, version: number): Promise<void> {
  const guests = await ctx.db
    .selectFrom('group_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select('m.person_id')
    .where('m.group_id', '=', groupId)
    .where('m.removed_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('m.joined_at', 'is not', null),
        eb.exists(
          eb
            .selectFrom('group_charter_acceptances as a')
            .select('a.version')
            .whereRef('a.group_id', '=', 'm.group_id')
            .whereRef('a.person_id', '=', 'm.person_id'),
        ),
      ]),
    )
    .where('p.kind', '=', 'guest')
    .where('p.active', '=', 1)
    .execute();
  for (const guest of guests) {
    await enqueueNotice(ctx, { kind: 'charter', groupId, personId: guest.person_id, version });
  }
}
