/**
 * The newcomer's introduction to their team, never without consent:
 * - `tour.introduce` opens a dialog prefilled with a draft from their profile;
 * - `tour.introduce_submit` posts the text they wrote or approved in their team's channel, and
 *   records their consent (who, when, which text, where) and an event;
 * - `tour.introduce_decline` ("not now") records the refusal; nothing is posted.
 * The channel comes from what the server knows (the team they joined, or the channel configured
 * for their department or site), never from the button's payload.
 */
import { type ActionRequest, type ActionResult, fieldError } from '../../actions/dispatcher.js';
import type { Ports } from '../../capability/ports.js';
import { pacedSend } from '../../delivery/paced-send.js';
import { isAppError } from '../../errors/errors.js';
import {
  draftPresentation,
  INTRODUCE_ACTION,
  INTRODUCE_DECLINE_ACTION,
  INTRODUCE_SUBMIT_ACTION,
  introductionDialog,
  introductionText,
  MAX_PRESENTATION_LENGTH,
  presentationCard,
} from './introduction-cards.js';
import { createIntroductionStore, type IntroductionStore, pickChannel } from './introduction-store.js';

type IntroductionCore = Pick<
  Ports,
  'dispatcher' | 'kv' | 'once' | 'events' | 'messengers' | 'pacer' | 'logger'
>;

/** a double click on "Post it" within this window posts once */
const SUBMIT_GUARD_MS = 60_000;

const groupOf = (request: ActionRequest): string | undefined =>
  typeof request.payload.group === 'string' && request.payload.group ? request.payload.group : undefined;

export function registerIntroductionActions(core: IntroductionCore): IntroductionStore {
  const store = createIntroductionStore(core.kv);

  async function channelFor(request: ActionRequest) {
    const [joined, rules] = await Promise.all([store.teamChannels(request.actor.id), store.rules()]);
    return pickChannel(request.actor, joined, rules, groupOf(request));
  }

  core.dispatcher.register(INTRODUCE_ACTION, async (request): Promise<ActionResult> => {
    const t = introductionText(request.locale);
    const channel = await channelFor(request);
    if (!channel) return { notice: t('tour.introduce.no_channel') };
    if ((await store.consent(request.actor.id, channel.groupKey))?.status === 'posted') {
      return { notice: t('tour.introduce.already') };
    }
    await core.events.track({
      type: 'tour.introduction.opened',
      personId: request.actor.id,
      platform: request.platform,
      subjectType: 'introduction',
      subjectId: channel.groupKey,
    });
    return {
      dialog: introductionDialog(
        request.locale,
        draftPresentation(request.actor, request.locale),
        channel.groupKey,
      ),
    };
  });

  core.dispatcher.register(INTRODUCE_SUBMIT_ACTION, async (request): Promise<ActionResult> => {
    const t = introductionText(request.locale);
    const raw = request.inputs?.text;
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (!text) throw fieldError('text', t('tour.introduce.dialog.text_required'));
    if (text.length > MAX_PRESENTATION_LENGTH) {
      throw fieldError('text', `${MAX_PRESENTATION_LENGTH} max.`);
    }
    const channel = await channelFor(request);
    if (!channel) return { notice: t('tour.introduce.no_channel') };
    const person = request.actor;
    if ((await store.consent(person.id, channel.groupKey))?.status === 'posted') {
      return { notice: t('tour.introduce.already') };
    }
    if (
      !(await core.once.claim(`tours:introduction:submit:${person.id}:${channel.groupKey}`, SUBMIT_GUARD_MS))
    ) {
      return { notice: t('tour.introduce.already') };
    }
    if (!core.messengers.get(channel.target.platform)) return { notice: t('tour.introduce.no_channel') };
    let messageId: string;
    try {
      const sent = await pacedSend(core, channel.target, presentationCard(person, text, request.locale), {
        locale: request.locale,
      });
      messageId = sent.messageId;
    } catch (error) {
      if (isAppError(error)) throw error;
      core.logger.warn(
        { err: error, personId: person.id, groupKey: channel.groupKey },
        'introduction not posted',
      );
      return { notice: t('tour.introduce.failed') };
    }
    const at = new Date().toISOString();
    await store.saveConsent({
      personId: person.id,
      status: 'posted',
      at,
      text,
      groupKey: channel.groupKey,
      conversation: channel.target,
      messageId,
    });
    await core.events.track({
      type: 'tour.introduction.posted',
      personId: person.id,
      platform: channel.target.platform,
      subjectType: 'introduction',
      subjectId: channel.groupKey,
      data: { text, conversationId: channel.target.conversationId, messageId, consentAt: at },
    });
    return { notice: t('tour.introduce.posted') };
  });

  core.dispatcher.register(INTRODUCE_DECLINE_ACTION, async (request): Promise<ActionResult> => {
    const t = introductionText(request.locale);
    const channel = await channelFor(request);
    const groupKey = channel?.groupKey ?? groupOf(request) ?? 'unknown';
    if ((await store.consent(request.actor.id, groupKey))?.status !== 'posted') {
      await store.saveConsent({
        personId: request.actor.id,
        status: 'declined',
        at: new Date().toISOString(),
        text: '',
        groupKey,
        conversation: channel?.target ?? null,
        messageId: null,
      });
    }
    await core.events.track({
      type: 'tour.introduction.declined',
      personId: request.actor.id,
      platform: request.platform,
      subjectType: 'introduction',
      subjectId: groupKey,
    });
    return { notice: t('tour.introduce.declined') };
  });

  return store;
}
