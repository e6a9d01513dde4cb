/**
 * Audiences resolved into recipients, in batches so 100,000 people never sit in memory at once:
 * active people only; guests only when named explicitly or with includeGuests; explicit entries
 * are person ids or emails; one recipient per chat identity (directory accounts are not chat
 * identities); a person with no chat identity is still a recipient, recorded unreachable
 * ('no chat account'); channels are conversation recipients. `matchesAudience` answers the same
 * question for one person (feeds, guards).
 */
import type { Locale } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import type { Store } from '../store/store.js';
import type { Audience } from './audience.js';

export type Recipient =
  | {
      kind: 'person';
      personId: string;
      /** the person's own locale, else undefined (the caller applies DEFAULT_LOCALE) */
      locale: Locale | undefined;
      /** undefined: the person has no chat account */
      identity?: { platform: PlatformName; tenantId: string; userId: string; aadObjectId?: string };
    }
  | {
      kind: 'channel';
      platform: PlatformName;
      tenantId: string;
      conversationId: string;
      name?: string;
    };

export interface ResolveOptions {
  /** recipients per batch, default 1000 */
  batchSize?: number;
}

export async function* resolveAudience(
  store: Store,
  audience: Audience,
  options: ResolveOptions = {},
): AsyncGenerator<Recipient[]> {
  void store;
  void audience;
  void options;
  yield [];
}

export function matchesAudience(person: Person, audience: Audience): boolean {
  void person;
  void audience;
  return false;
}
