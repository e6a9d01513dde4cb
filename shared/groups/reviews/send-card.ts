/**
 * The one place the guests' cards reach a person 1:1: their most recent chat identity this server
 * has a messenger for, one paced send in their language. Not a delivery: the charter card must
 * reach a guest whom the charter gate holds back from every delivery.
 */
import type { Card } from '../../cards/model.js';
import { pacedSend } from '../../delivery/paced-send.js';
import type { Locale } from '../../i18n/i18n.js';
import type { Person } from '../../people/person.js';
import type { GuestsContext } from './guests-context.js';

export const localeOf = (ctx: GuestsContext, person: Pick<Person, 'locale'> | undefined): Locale =>
  person?.locale ?? ctx.defaultLocale;

/** Sends `build(locale)` to the person; false when they have no chat account here. */
export async function sendCard(
  ctx: GuestsContext,
  personId: string,
  build: (locale: Locale) => Card | Promise<Card>,
): Promise<boolean> {
  const person = await ctx.people.get(personId);
  if (!person) return false;
  const identity = [...person.identities].reverse().find((i) => ctx.messengers.get(i.platform));
  if (!identity) return false;
  const locale = localeOf(ctx, person);
  await pacedSend(ctx, { kind: 'person', identity, personId }, await build(locale), { locale });
  return true;
}

/** The current managers of a group. */
export async function managersOf(ctx: GuestsContext, groupId: string): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('group_members')
    .select('person_id')
    .where('group_id', '=', groupId)
    .where('right', '=', 'manager')
    .where('removed_at', 'is', null)
    .execute();
  return rows.map((r) => r.person_id);
}

export async function isManager(ctx: GuestsContext, groupId: string, person: Person): Promise<boolean> {
  if (person.roles.some((g) => g.role === 'admin' && g.scope === '')) return true;
  return (await managersOf(ctx, groupId)).includes(person.id);
}

/** The group's name in a language, the other one when it has only that. */
export async function groupNameOf(ctx: GuestsContext, groupId: string, locale: Locale): Promise<string> {
  const g = await ctx.db
    .selectFrom('groups')
    .select(['name_fr', 'name_en'])
    .where('id', '=', groupId)
    .executeTakeFirst();
  if (!g) return groupId;
  return (locale === 'fr' ? (g.name_fr ?? g.name_en) : (g.name_en ?? g.name_fr)) ?? groupId;
}
