/**
 * The introduction offer, sent to a newcomer once per team or channel: when joining it started
 * (or found) a tour for them, they get a 1:1 card asking whether to introduce them to that team,
 * with "Introduce me to my team" (opens the dialog) and "Not now". Claimed once per person and
 * group across instances, so repeated join events do not repeat the question. People joining a
 * channel no tour is about are not asked.
 */
import type { Ports } from '../../capability/ports.js';
import { pacedSend } from '../../delivery/paced-send.js';
import { resolveLocale } from '../../i18n/i18n.js';
import type { PlatformName } from '../../messaging/messenger.js';
import { introductionOfferCard } from './introduction-cards.js';

export type OfferDeps = Pick<Ports, 'people' | 'once' | 'pacer' | 'messengers' | 'logger' | 'config'>;

/** long enough to mean "once" for a newcomer's first weeks */
const OFFER_TTL_MS = 400 * 24 * 60 * 60 * 1000;

export async function offerIntroduction(
  deps: OfferDeps,
  personId: string,
  join: { platform: PlatformName; tenantId: string; groupKey: string },
): Promise<boolean> {
  const person = await deps.people.get(personId);
  if (!person?.active) return false;
  const identity =
    person.identities.find((i) => i.platform === join.platform && i.tenantId === join.tenantId) ??
    person.identities.find((i) => i.platform === join.platform);
  if (!identity || !deps.messengers.get(identity.platform)) return false;
  if (!(await deps.once.claim(`tours:introduction:offer:${personId}:${join.groupKey}`, OFFER_TTL_MS)))
    return false;
  const locale = resolveLocale(person.locale, undefined, deps.config.defaultLocale);
  await pacedSend(deps, { kind: 'person', identity }, introductionOfferCard(locale, join.groupKey), {
    locale,
  });
  return true;
}
