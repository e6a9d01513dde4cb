/**
 * The one place ambassadors' cards reach a person: their most recent chat identity this server
 * has a messenger for, one paced 1:1 send in their language.
 */
import type { Card } from '../cards/model.js';
import { pacedSend } from '../delivery/paced-send.js';
import type { Locale } from '../i18n/i18n.js';
import type { SentMessage } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import type { AmbassadorContext } from './ambassador-context.js';

export const localeOf = (ctx: AmbassadorContext, person: Pick<Person, 'locale'>): Locale =>
  person.locale ?? ctx.settings.defaultLocale;

/** Sends `build(locale)` to the person; undefined when they have no chat account here. */
export async function sendToPerson(
  ctx: AmbassadorContext,
  person: Person,
  build: (locale: Locale) => Card,
): Promise<SentMessage | undefined> {
  const identity = [...person.identities].reverse().find((i) => ctx.messengers.get(i.platform));
  if (!identity) return undefined;
  const locale = localeOf(ctx, person);
  return pacedSend(ctx, { kind: 'person', identity, personId: person.id }, build(locale), { locale });
}
