/**
 * "Send me a test": an item delivered to the person who asks, on each chat account they have, in
 * the language they choose, before it goes to anyone else. A test leaves no delivery record and
 * no event a statistic reads, and its card keeps only link buttons: a vote, an answer or an
 * acknowledgement from a test would otherwise land in the real results.
 */
import { z } from 'zod';
import type { Principal } from '../auth/principal.js';
import type { Ports } from '../capability/ports.js';
import type { Card, CardBlock } from '../cards/model.js';
import { AppError } from '../errors/errors.js';
import { type Locale, type Translator, translator } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import { pacedSend } from './paced-send.js';

/** The body of every test route: the language to send the test in (default: the caller's). */
export const testSendBody = z.object({ locale: z.enum(['fr', 'en']).optional() }).default({});

/** Where the test went: one entry per chat account of the caller. */
export const testSendAnswer = z.object({
  test: z.literal(true),
  locale: z.enum(['fr', 'en']),
  sentTo: z.array(z.object({ platform: z.enum(['teams', 'slack']) })),
});
export type TestSendAnswer = z.infer<typeof testSendAnswer>;

/** The card with the test banner on top and only link buttons left (nothing a click would count). */
export function asTest(card: Card, t: Translator): Card {
  const blocks: CardBlock[] = [];
  for (const block of card.blocks) {
    if (block.type === 'inputs') continue;
    if (block.type === 'buttons') {
      const links = block.buttons.filter((b) => b.kind === 'link');
      if (links.length > 0) blocks.push({ type: 'buttons', buttons: links });
      continue;
    }
    blocks.push(block);
  }
  return {
    summary: t('test_send.summary', { summary: card.summary }),
    blocks: [{ type: 'context', text: t('test_send.banner') }, ...blocks],
  };
}

/** The language of a test: the one asked for, else the caller's, else the server's default. */
export function testLocale(principal: Principal, asked: Locale | undefined, fallback: Locale): Locale {
  return asked ?? (principal.kind === 'person' ? principal.person.locale : null) ?? fallback;
}

/**
 * Sends `build`'s card, marked as a test, to every chat account of the signed-in caller. An API
 * key (automation) has no account: 400. A person Relais cannot write to yet: 409.
 */
export async function sendTestToCaller(
  ports: Pick<Ports, 'pacer' | 'messengers'>,
  principal: Principal,
  locale: Locale,
  build: (t: Translator) => Card | Promise<Card>,
): Promise<TestSendAnswer> {
  if (principal.kind !== 'person') {
    throw new AppError('test_needs_person', 'a test goes to a signed-in person, not an API key', undefined, {
      key: 'test_send.error.no_person',
    });
  }
  const { person } = principal;
  const accounts = person.identities.filter((identity) => ports.messengers.get(identity.platform));
  if (accounts.length === 0) {
    throw new AppError('no_chat_account', 'the caller has no chat account Relais can write to', undefined, {
      key: 'test_send.error.no_account',
    });
  }
  const t = translator(locale);
  const content = asTest(await build(t), t);
  const sentTo: { platform: PlatformName }[] = [];
  for (const identity of accounts) {
    await pacedSend(ports, { kind: 'person', identity, personId: person.id }, content, { locale });
    sentTo.push({ platform: identity.platform });
  }
  return { test: true, locale, sentTo };
}
