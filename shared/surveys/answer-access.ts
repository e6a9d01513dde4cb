/**
 * Who may answer a survey or a quiz. Members answer any open one; guests only what was addressed
 * to them: delivered to them 1:1 or into a channel through core.delivery, or posted into a
 * conversation they clicked from (recorded in answer_grants when Relais posts it there itself).
 * Used by chat and REST alike, so a guest cannot reach an answer by another path.
 */
import type { Audience } from '../audiences/audience.js';
import type { Ports } from '../capability/ports.js';
import type { Card } from '../cards/model.js';
import type { Locale } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import { nowIso } from '../store/store.js';
import { surveyDb } from './survey-tables.js';

/** The part of core.delivery surveys and quizzes use (structural: the engine lands beside us). */
export interface DeliveryPort {
  registerContent(
    subjectType: string,
    provider: {
      render(
        subjectId: string,
        recipient: { personId: string | null; locale: Locale; platform: PlatformName },
      ): Promise<Card | null>;
    },
  ): void;
  broadcast(request: { subjectType: string; subjectId: string; audience: Audience }): Promise<unknown>;
  isAddressedTo(subjectType: string, subjectId: string, personId: string): Promise<boolean>;
  /** re-renders every sent copy (a survey or quiz closed or reopened) */
  refreshAll(subjectType: string, subjectId: string, mode: 'update' | 'withdraw'): Promise<void>;
  findByMessage(
    platform: PlatformName,
    conversationId: string,
    messageId: string,
  ): Promise<{ subjectType: string; subjectId: string } | undefined>;
  subjectsForPerson(
    subjectType: string,
    personId: string,
    page: { limit: number; offset: number },
  ): Promise<string[]>;
}

export const deliveryOf = (core: Ports): DeliveryPort | undefined =>
  (core as unknown as { delivery?: DeliveryPort }).delivery;

export type AnswerSubject = 'survey' | 'quiz';

/** Where a click came from, when the platform said. */
export interface AnswerPlace {
  platform: PlatformName;
  conversationId: string;
  messageId?: string;
}

const conversationGrantee = (platform: string, conversationId: string) =>
  `conversation:${platform}:${conversationId}`;

export async function grantConversation(
  core: Ports,
  subjectType: AnswerSubject,
  subjectId: string,
  platform: PlatformName,
  conversationId: string,
): Promise<void> {
  await surveyDb(core.store)
    .insertInto('answer_grants')
    .values({
      subject_type: subjectType,
      subject_id: subjectId,
      grantee: conversationGrantee(platform, conversationId),
      created_at: nowIso(),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Members: always. Guests: only when the subject reached them (1:1, channel or conversation). */
export async function mayAnswer(
  core: Ports,
  person: Person,
  subjectType: AnswerSubject,
  subjectId: string,
  place?: AnswerPlace,
): Promise<boolean> {
  if (!person.active) return false;
  if (person.kind === 'member') return true;
  const delivery = deliveryOf(core);
  if (delivery && (await delivery.isAddressedTo(subjectType, subjectId, person.id))) return true;
  if (!place) return false;
  if (delivery && place.messageId) {
    const copy = await delivery.findByMessage(place.platform, place.conversationId, place.messageId);
    if (copy?.subjectType === subjectType && copy.subjectId === subjectId) return true;
  }
  const grant = await surveyDb(core.store)
    .selectFrom('answer_grants')
    .select('grantee')
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .where('grantee', '=', conversationGrantee(place.platform, place.conversationId))
    .executeTakeFirst();
  return Boolean(grant);
}

/** Subject ids a guest may see in the tab: those delivered to them. */
export async function addressedTo(
  core: Ports,
  subjectType: AnswerSubject,
  personId: string,
): Promise<string[]> {
  const delivery = deliveryOf(core);
  return delivery ? delivery.subjectsForPerson(subjectType, personId, { limit: 200, offset: 0 }) : [];
}
