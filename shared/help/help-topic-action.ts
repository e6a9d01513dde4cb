/**
 * `help.topic`: the help card's topic buttons, answered with the card refreshed in place; and
 * `help.platform`: the `platform` topic's buttons, which choose where the reader's messages come
 * (the same choice as `PUT /people/{id}/preferred-platform`), answered with the topic refreshed.
 */
import type { Kysely } from 'kysely';
import type { AnyAction } from '../actions/define-action.js';
import { CHAT_PLATFORMS, preferredPlatformOf, setPreferredPlatform } from '../audiences/platform-choice.js';
import { type Locale, translator } from '../i18n/i18n.js';
import type { Person } from '../people/person.js';
import type { Database } from '../store/schema.js';
import { type HelpTopic, helpActions } from './help-actions.js';
import { helpCard, type PlatformView } from './help-card.js';

/** The core's own actions (help is no capability): the core hands them to its dispatcher. */
export function helpTopicActions(
  consoleUrl: string,
  commandWords: (locale: Locale) => string[],
  db: Kysely<Database>,
): AnyAction[] {
  const platformOf = async (actor: Person): Promise<PlatformView> => ({
    accounts: CHAT_PLATFORMS.filter((p) => actor.identities.some((i) => i.platform === p)),
    preferred: await preferredPlatformOf(db, actor.id),
  });
  const cardFor = async (actor: Person, locale: Locale, topic: HelpTopic | undefined) =>
    helpCard({
      t: translator(locale),
      name: actor.displayName,
      consoleUrl,
      commands: commandWords(locale),
      topic,
      ...(topic === 'platform' && { platform: await platformOf(actor) }),
    });
  return [
    helpActions.topic.handledBy(async ({ topic }, { actor, locale }) => ({
      card: await cardFor(actor, locale, topic === 'none' ? undefined : topic),
    })),
    helpActions.platform.handledBy(async ({ platform }, { actor, locale }) => {
      await setPreferredPlatform(
        db,
        actor.id,
        platform === 'auto' ? null : platform,
        new Date().toISOString(),
      );
      return { card: await cardFor(actor, locale, 'platform') };
    }),
  ];
}
