/**
 * What an ambassador can relay — a news item, a poll, a survey or a quiz — seen the same way by
 * the requests: why it cannot be relayed now, its preview, whether a person is inside its
 * audience, whether a channel fits that audience, and the copy posted through the owning
 * capability's service (so its buttons, counts and answer rights stay that capability's).
 *
 * Audiences: a news item or a poll sent 1:1 to departments, sites, roles or people reaches only
 * those; a channel may hold anyone, so only an organisation-wide one (or one sent to that very
 * channel) fits a channel. Polls posted into conversations, surveys and quizzes are open to every
 * member (their own rules), so any channel fits them, unless one was sent to guest groups only:
 * then it is those groups' and goes into their spaces only. Guests only reach what was addressed
 * to them. A guest group's space is read by its guests: only an item addressed to that group (a
 * survey or quiz: sent to it) fits it.
 */

import type { Audience } from '../audiences/audience.js';
import type { Principal } from '../auth/principal.js';
import { pacedSend } from '../delivery/paced-send.js';
import { AppError } from '../errors/errors.js';
import type { Locale, MessageKey } from '../i18n/i18n.js';
import type { PlatformName, SentMessage } from '../messaging/messenger.js';
import type { NewsItem } from '../news/news-model.js';
import type { Person } from '../people/person.js';
import { isOpen } from '../polls/poll-model.js';
import type { AmbassadorContext } from './ambassador-context.js';
import type { RelaySubjectType } from './ambassador-model.js';

/** the core reading an item for its own checks, whoever asked */
export const system: Principal = { kind: 'automation', keyId: 'ambassadors' };

export interface RelayPlace {
  platform: PlatformName;
  tenantId: string;
  conversationId: string;
}

export interface RelaySubject {
  type: RelaySubjectType;
  id: string;
  /** why it cannot be relayed now (a catalogue entry); undefined when it can */
  refusal: MessageKey | undefined;
  preview(locale: Locale): { title: string; summary: string };
  /** the person may read it: an ambassador outside its audience is neither asked nor relays */
  reaches(person: Person): Promise<boolean>;
  /** every reader of that channel is inside its audience */
  fitsChannel(platform: PlatformName, conversationId: string): boolean;
  /** it is addressed to one of these groups, so it may go into their space */
  addressedToGroups(groupIds: readonly string[]): boolean;
  /**
   * posts the copy, as the ambassador reads it, into the channel; `relay` (the request id) is
   * carried where a click on the copy would not name it (a survey's dialog)
   */
  post(actor: Person, where: RelayPlace, locale: Locale, relay: string): Promise<SentMessage>;
}

/** Why a news item cannot be relayed now; undefined when it can. */
export function newsRefusal(item: NewsItem): MessageKey | undefined {
  if (item.status === 'recalled') return 'ambassador.refusal.recalled';
  if (item.status === 'expired') return 'ambassador.refusal.expired';
  if (item.status !== 'published' && item.status !== 'publishing') return 'ambassador.refusal.draft';
  return undefined;
}

const channelFits = (audience: Audience | null, platform: PlatformName, conversationId: string) =>
  !audience ||
  audience.everyone ||
  audience.channels.some((c) => c.platform === platform && c.conversationId === conversationId);

const namesGroup = (audience: Audience | null, groupIds: readonly string[]) =>
  Boolean(audience?.groups.some((g) => groupIds.includes(g)));

/** an audience of groups and nothing else: its readers are those groups' people */
const groupsOnly = (audience: Audience | undefined) =>
  Boolean(
    audience &&
      !audience.everyone &&
      audience.groups.length > 0 &&
      audience.departments.length +
        audience.sites.length +
        audience.roles.length +
        audience.people.length +
        audience.channels.length ===
        0,
  );

const open = (status: 'open' | 'closed'): MessageKey | undefined =>
  status === 'open' ? undefined : 'ambassador.refusal.closed';

/**
 * Loads the subject. `principal` is the communicator asking (they must see a news item
 * themselves); without it the core reads it for its own checks.
 */
export async function loadSubject(
  ctx: AmbassadorContext,
  type: RelaySubjectType,
  id: string,
  principal: Principal = system,
): Promise<RelaySubject> {
  const missing = () => new AppError('not_found', `no ${type} ${id.slice(0, 100)}`);
  if (type === 'news') {
    const item = await ctx.news.get(principal, id);
    return {
      type,
      id,
      refusal: newsRefusal(item),
      preview(locale) {
        const variant = item.variants[locale] ?? item.variants[locale === 'fr' ? 'en' : 'fr'];
        return { title: variant?.title ?? '', summary: variant?.summary ?? '' };
      },
      reaches: async (person) => Boolean(await ctx.news.cardFor(item.id, person, 'en')),
      fitsChannel: (platform, conversationId) => channelFits(item.audience, platform, conversationId),
      addressedToGroups: (groupIds) => namesGroup(item.audience, groupIds),
      async post(actor, where, locale) {
        const content = await ctx.news.cardFor(item.id, actor, locale);
        if (!content) throw new AppError('forbidden', 'the item is not addressed to the ambassador');
        return pacedSend(ctx, { kind: 'conversation', ...where }, content, { locale });
      },
    };
  }
  if (type === 'poll') {
    const poll = await ctx.polls.get(id);
    if (!poll) throw missing();
    const target = await ctx.polls.target(id);
    const audience = target && 'audience' in target ? target.audience : null;
    return {
      type,
      id,
      refusal: isOpen(poll) ? undefined : 'ambassador.refusal.closed',
      preview: () => ({ title: poll.question, summary: poll.options.map((o) => o.label).join(' · ') }),
      async reaches(person) {
        if (!person.active) return false;
        if (audience && !audience.everyone) return ctx.delivery.isAddressedTo('poll', poll.id, person.id);
        return person.kind === 'member' || ctx.delivery.isAddressedTo('poll', poll.id, person.id);
      },
      fitsChannel: (platform, conversationId) => channelFits(audience, platform, conversationId),
      addressedToGroups: (groupIds) => namesGroup(audience, groupIds),
      post: (_actor, where) => ctx.polls.post(poll.id, system, where),
    };
  }
  const found = type === 'survey' ? await ctx.surveys.get(id) : await ctx.quizzes.get(id);
  if (!found) throw missing();
  // the audience it was sent to, if it was: one sent to groups only is theirs, not everyone's
  const sentTo = await ctx.delivery.audienceOf(type, id);
  return {
    type,
    id,
    refusal: open(found.status),
    preview: () => ({ title: found.title, summary: found.description ?? '' }),
    reaches: async (person) => ctx.surveys.rights.mayAnswer(person, type, found.id),
    // open to every member, unless it was sent to groups only: then it stays in their spaces
    fitsChannel: () => !groupsOnly(sentTo),
    // only an item sent to a group may go into its space: that group's guests read it
    addressedToGroups: (groupIds) => namesGroup(sentTo ?? null, groupIds),
    post: (_actor, where, locale, relay) =>
      type === 'survey'
        ? ctx.surveys.postInto(found.id, where, locale, relay)
        : ctx.quizzes.postInto(found.id, where, locale),
  };
}
