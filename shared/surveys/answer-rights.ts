/**
 * Who may answer a survey or a quiz, and how one reaches people. Members answer any open one;
 * guests only what was addressed to them: delivered to them 1:1 or into a channel through the
 * delivery machinery, or posted into a conversation they clicked from (recorded in answer_grants
 * when Relais posts it there itself). Used by chat and REST alike, so a guest cannot reach an
 * answer by another path. Quizzes get these rights through the surveys' service.
 */
import { z } from 'zod';
import type { ActionRequest } from '../actions/dispatcher.js';
import { audienceSchema } from '../audiences/audience.js';
import type { Ports } from '../capability/ports.js';
import type { Card } from '../cards/model.js';
import { AppError } from '../errors/errors.js';
import type { Locale } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import { nowIso } from '../store/store.js';
import { surveyDb } from './survey-tables.js';

export type AnswerSubject = 'survey' | 'quiz';

/** Where a click came from, when the platform said. */
export interface AnswerPlace {
  platform: PlatformName;
  conversationId: string;
  messageId?: string;
}

/** Where a click came from: the message's conversation, or the one the adapter reported. */
export const placeOf = (request: Pick<ActionRequest, 'message' | 'conversation'>): AnswerPlace | undefined =>
  request.message
    ? {
        platform: request.message.platform,
        conversationId: request.message.conversationId,
        messageId: request.message.messageId,
      }
    : request.conversation
      ? { platform: request.conversation.platform, conversationId: request.conversation.conversationId }
      : undefined;

const conversationSchema = z.object({
  platform: z.enum(['teams', 'slack']),
  tenantId: z.string().min(1).max(200),
  conversationId: z.string().min(1).max(300),
});

/** The body of `POST /surveys/{id}/send` and `POST /quizzes/{id}/send`. */
export const sendBody = z
  .object({ audience: audienceSchema.optional(), conversation: conversationSchema.optional() })
  .refine((b) => Boolean(b.audience) !== Boolean(b.conversation), {
    message: 'give either an audience or a conversation',
    path: ['audience'],
  });

export interface AnswerRights {
  /** Members: always. Guests: only when the subject reached them (1:1, channel or conversation). */
  mayAnswer(
    person: Person,
    subjectType: AnswerSubject,
    subjectId: string,
    place?: AnswerPlace,
  ): Promise<boolean>;
  /** the people of this conversation may answer: the subject is posted there */
  grantConversation(
    subjectType: AnswerSubject,
    subjectId: string,
    platform: PlatformName,
    conversationId: string,
  ): Promise<void>;
  /** subject ids a guest may see in the tab: those delivered to them */
  addressedTo(subjectType: AnswerSubject, personId: string): Promise<string[]>;
  /** posts the card into one conversation (granting its people), or broadcasts it to an audience */
  send(
    subjectType: AnswerSubject,
    subjectId: string,
    body: z.infer<typeof sendBody>,
    cardFor: (locale: Locale) => Card,
    locale: Locale,
  ): Promise<unknown>;
}

const conversationGrantee = (platform: string, conversationId: string) =>
  `conversation:${platform}:${conversationId}`;

export function createAnswerRights(ports: Pick<Ports, 'store' | 'delivery' | 'messengers'>): AnswerRights {
  const db = surveyDb(ports.store);
  const rights: AnswerRights = {
    async mayAnswer(person, subjectType, subjectId, place) {
      if (!person.active) return false;
      if (person.kind === 'member') return true;
      if (await ports.delivery.isAddressedTo(subjectType, subjectId, person.id)) return true;
      if (!place) return false;
      if (place.messageId) {
        const copy = await ports.delivery.findByMessage(
          place.platform,
          place.conversationId,
          place.messageId,
        );
        if (copy?.subjectType === subjectType && copy.subjectId === subjectId) return true;
      }
      const grant = await db
        .selectFrom('answer_grants')
        .select('grantee')
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .where('grantee', '=', conversationGrantee(place.platform, place.conversationId))
        .executeTakeFirst();
      return Boolean(grant);
    },

    async grantConversation(subjectType, subjectId, platform, conversationId) {
      await db
        .insertInto('answer_grants')
        .values({
          subject_type: subjectType,
          subject_id: subjectId,
          grantee: conversationGrantee(platform, conversationId),
          created_at: nowIso(),
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    },

    addressedTo: (subjectType, personId) =>
      ports.delivery.subjectsForPerson(subjectType, personId, { limit: 200, offset: 0 }),

    async send(subjectType, subjectId, body, cardFor, locale) {
      if (body.conversation) {
        const messenger = ports.messengers.get(body.conversation.platform);
        if (!messenger)
          throw new AppError(
            'bad_request',
            `conversation.platform: ${body.conversation.platform} is not configured`,
          );
        await rights.grantConversation(
          subjectType,
          subjectId,
          body.conversation.platform,
          body.conversation.conversationId,
        );
        const message = await messenger.send(
          { kind: 'conversation', ...body.conversation },
          cardFor(locale),
          {
            locale,
          },
        );
        return { posted: message };
      }
      return {
        delivery: await ports.delivery.broadcast({ subjectType, subjectId, audience: body.audience! }),
      };
    },
  };
  return rights;
}
