/**
 * Who may answer a survey or a quiz, and how one reaches people (the AnswerRights of the surveys'
 * service). Members answer any open one; guests only what was addressed to them: delivered to
 * them 1:1 or into a channel through the delivery machinery, or posted into a conversation they
 * clicked from (recorded in answer_grants when Relais posts it there itself). Used by chat and
 * REST alike, so a guest cannot reach an answer by another path.
 */
import { checkAudience } from '../audiences/audience-check.js';
import type { Ports } from '../capability/ports.js';
import { pacedSend } from '../delivery/paced-send.js';
import { AppError } from '../errors/errors.js';
import { nowIso } from '../store/store.js';
import type { AnswerRights } from './survey-service.js';
import { surveyDb } from './survey-tables.js';

const conversationGrantee = (platform: string, conversationId: string) =>
  `conversation:${platform}:${conversationId}`;

export function createAnswerRights(
  ports: Pick<Ports, 'store' | 'delivery' | 'messengers' | 'pacer' | 'audienceGroups'>,
): AnswerRights {
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
        if (!ports.messengers.get(body.conversation.platform))
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
        // through the tenant's / workspace's budget like every other send: a post into a
        // channel during a broadcast waits its turn instead of drawing a 429 for everyone
        const message = await pacedSend(
          ports,
          { kind: 'conversation', ...body.conversation },
          cardFor(locale),
          { locale },
        );
        return { posted: message };
      }
      await checkAudience(ports.store, body.audience!, { groups: ports.audienceGroups });
      return {
        delivery: await ports.delivery.broadcast({ subjectType, subjectId, audience: body.audience! }),
      };
    },
  };
  return rights;
}
