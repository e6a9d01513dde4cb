/**
 * Guest expiry: a guest's access ends `guest_expiry_days` after they joined (or were added),
 * unless a date was set (expires_at, moved on by an extension). EXPIRY_WARNING_DAYS before, the
 * guest is told in their language and each manager gets a card to extend (once per guest and
 * expiry date: a new date warns again); on the date they are removed (`group.expired`).
 */

import { removeGuest } from './guest-removal.js';
import { addDays, DAY_MS, type GuestsContext } from './guests-context.js';
import { enqueueNotice } from './notices.js';
import { managersOf } from './send-card.js';

export const EXPIRY_WARNING_DAYS = 7;

/** Every current guest's expiry: what the sweep reads, one statement. */
async function guestExpiries(ctx: GuestsContext) {
  const rows = await ctx.db
    .selectFrom('group_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .innerJoin('groups as g', 'g.id', 'm.group_id')
    .select(['m.group_id', 'm.person_id', 'm.expires_at', 'm.joined_at', 'm.added_at', 'g.guest_expiry_days'])
    .where('m.removed_at', 'is', null)
    .where('p.kind', '=', 'guest')
    .where('m.right', '!=', 'manager')
    .where('g.archived_at', 'is', null)
    .execute();
  return rows.map((r) => ({
    groupId: r.group_id,
    personId: r.person_id,
    expiresAt: r.expires_at ?? addDays(r.joined_at ?? r.added_at, Number(r.guest_expiry_days)),
  }));
}

export async function runExpiry(ctx: GuestsContext, now: Date): Promise<{ warned: number; expired: number }> {
  let warned = 0;
  let expired = 0;
  for (const guest of await guestExpiries(ctx)) {
    const left = Date.parse(guest.expiresAt) - now.getTime();
    if (left <= 0) {
      if (await removeGuest(ctx, guest.groupId, guest.personId, 'expired', now)) {
        expired++;
        for (const managerId of await managersOf(ctx, guest.groupId)) {
          await enqueueNotice(ctx, {
            kind: 'expired',
            groupId: guest.groupId,
            personId: guest.personId,
            managerId,
          });
        }
      }
    } else if (left <= EXPIRY_WARNING_DAYS * DAY_MS) {
      // the notice's job id holds the once: per guest, group and expiry date
      await enqueueNotice(ctx, { kind: 'expiry_warning', ...guest });
      for (const managerId of await managersOf(ctx, guest.groupId)) {
        await enqueueNotice(ctx, { kind: 'expiry_manager', ...guest, managerId });
      }
      warned++;
    }
  }
  return { warned, expired };
}

/** The manager's "extend": the later of now and the current date, plus the group's expiry days. */
export async function extendGuest(
  ctx: GuestsContext,
  groupId: string,
  personId: string,
  by: string,
  now: Date,
): Promise<string | undefined> {
  const row = await ctx.db
    .selectFrom('group_members as m')
    .innerJoin('groups as g', 'g.id', 'm.group_id')
    .select(['m.expires_at', 'm.joined_at', 'm.added_at', 'g.guest_expiry_days'])
    .where('m.group_id', '=', groupId)
    .where('m.person_id', '=', personId)
    .where('m.removed_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const days = Number(row.guest_expiry_days);
  const current = row.expires_at ?? addDays(row.joined_at ?? row.added_at, days);
  const from = new Date(Math.max(Date.parse(current), now.getTime())).toISOString();
  const expiresAt = addDays(from, days);
  await ctx.db
    .updateTable('group_members')
    .set({ expires_at: expiresAt })
    .where('group_id', '=', groupId)
    .where('person_id', '=', personId)
    .execute();
  await ctx.events.track({
    type: 'group.extended',
    personId,
    subjectType: 'group',
    subjectId: groupId,
    data: { expiresAt, by },
  });
  return expiresAt;
}
