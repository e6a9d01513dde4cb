/**
 * The tour editor's step cards, for a step as it stands in the editor (saved or not):
 * `POST /api/v1/tours/step-preview` answers the neutral card in French and English (the console
 * draws them with the adapters' renderers, as the news composer does), and
 * `POST /api/v1/tours/step-test` sends it, marked as a test, to the caller's own chat accounts
 * (shared/delivery/test-send.ts). Both use the card function journeys use (tour-card.ts), as the
 * step would arrive first (sent, nothing done yet). An unfinished step (no title yet) previews.
 */
import { z } from 'zod';
import { type ApiRoute, defineRoute } from '../../api/api-route.js';
import { requireRole } from '../../auth/principal.js';
import type { Ports } from '../../capability/ports.js';
import type { Card } from '../../cards/model.js';
import { sendTestToCaller, testLocale, testSendAnswer } from '../../delivery/test-send.js';
import { type Locale, locales, type Translator, translator } from '../../i18n/i18n.js';
import { stepCard } from '../tour-card.js';
import { maxTourSteps, stepContentSchema, type TourStep } from '../tour-model.js';
import type { TourService } from '../tour-service.js';

/** A step as the editor holds it: every text may still be empty. */
const draftContent = stepContentSchema.extend({ title: z.string().trim().max(200).default('') });
const draftStep = z.object({
  content: z.object({ fr: draftContent.optional(), en: draftContent.optional() }),
  tutorialIds: z.array(z.string().min(1).max(100)).max(5).default([]),
  task: z
    .object({ label: z.object({ fr: z.string().max(200).optional(), en: z.string().max(200).optional() }) })
    .optional(),
});
type DraftStep = z.infer<typeof draftStep>;

const where = {
  step: draftStep,
  /** the step's place in the tour, for "step n of total" */
  index: z
    .number()
    .int()
    .min(0)
    .max(maxTourSteps - 1)
    .default(0),
  total: z.number().int().min(1).max(maxTourSteps).default(1),
};

/** The neutral card tree (shared/cards/model.ts), documented as an object: its renderers are the tab's. */
const cardAnswer = z
  .custom<Card>((value) => typeof value === 'object' && value !== null)
  .meta({
    type: 'object',
    description: 'a neutral card (shared/cards/model.ts)',
    properties: { summary: { type: 'string' }, blocks: { type: 'array' } },
    required: ['summary', 'blocks'],
    additionalProperties: true,
  });

const nonEmpty = (text: string | undefined): string | undefined => (text?.trim() ? text : undefined);

/** The draft as a step of the model: an empty language takes the other's text, as readers get it. */
function asStep(draft: DraftStep, locale: Locale, t: Translator): TourStep {
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  const written = draft.content[locale]?.title.trim() ? draft.content[locale] : draft.content[other];
  const content = {
    title: t('tour.preview.untitled'),
    text: '',
    links: [],
    ...written,
    ...(written?.title.trim() ? {} : { title: t('tour.preview.untitled') }),
  };
  const label = nonEmpty(draft.task?.label[locale]) ?? nonEmpty(draft.task?.label[other]);
  return {
    key: 'preview',
    schedule: 'first contact',
    content: { [locale]: content },
    tutorialIds: draft.tutorialIds,
    ...(label ? { task: { label: { [locale]: label }, remindEveryWorkingDays: 2, maxReminders: 3 } } : {}),
  };
}

async function cardOf(
  tours: TourService,
  body: { step: DraftStep; index: number; total: number },
  locale: Locale,
  timeZone: string,
): Promise<Card> {
  const t = translator(locale);
  const step = asStep(body.step, locale, t);
  const tutorials = (await tours.listTutorials()).filter((tu) => step.tutorialIds.includes(tu.id));
  return stepCard({
    t,
    locale,
    journeyId: 'preview',
    step,
    index: Math.min(body.index, body.total - 1),
    total: body.total,
    progress: {
      index: body.index,
      key: step.key,
      state: 'sent',
      dueAt: null,
      sentAt: null,
      doneAt: null,
      skippedAt: null,
      reminders: 0,
    },
    nextReached: false,
    timeZone,
    completed: false,
    tutorials,
  });
}

export function stepCardRoutes(
  ports: Pick<Ports, 'pacer' | 'messengers' | 'config'>,
  tours: TourService,
): ApiRoute[] {
  const zoneOf = (principal: import('../../auth/principal.js').Principal) =>
    (principal.kind === 'person' ? principal.person.timeZone : null) ?? 'UTC';
  return [
    defineRoute({
      method: 'post',
      path: '/tours/step-preview',
      tag: 'tours',
      summary: 'The neutral card a tour step (as edited) becomes in French and English (console preview)',
      body: z.object(where),
      response: z.object({ cards: z.object({ fr: cardAnswer, en: cardAnswer }) }),
      handler: async ({ principal, body }) => {
        requireRole(principal, 'communicator');
        const [fr, en] = await Promise.all(locales.map((l) => cardOf(tours, body, l, zoneOf(principal))));
        return { cards: { fr: fr as Card, en: en as Card } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/tours/step-test',
      tag: 'tours',
      summary: 'Send me a test: a tour step (as edited) to the caller only, in the language asked',
      body: z.object({ ...where, locale: z.enum(['fr', 'en']).optional() }),
      response: testSendAnswer,
      errors: [409, 422, 429, 503],
      handler: async ({ principal, body }) => {
        requireRole(principal, 'communicator');
        const locale = testLocale(principal, body.locale, ports.config.defaultLocale);
        return sendTestToCaller(ports, principal, locale, () =>
          cardOf(tours, body, locale, zoneOf(principal)),
        );
      },
    }),
  ];
}
