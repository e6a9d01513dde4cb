/**
 * Chat wiring of tours: the `tour` command (`parcours`, `accueil`) resumes where the person left,
 * and the step card's buttons (`tour.next`, `tour.back`, `tour.skip`, `tour.done`,
 * `tour.task_done`, `tour.contact`) answer with the refreshed card, shown in place.
 */
import type { ActionRequest } from '../actions/dispatcher.js';
import type { Ports } from '../capability/ports.js';
import { AppError } from '../errors/errors.js';
import { translator } from '../i18n/i18n.js';
import type { StepAction, TourService } from './tour-service.js';

const stepActions: StepAction[] = ['next', 'back', 'skip', 'done', 'task_done'];

const target = (request: ActionRequest) => {
  const journeyId = request.payload.journeyId;
  const step = request.payload.step;
  if (typeof journeyId !== 'string' || typeof step !== 'number' || !Number.isInteger(step)) {
    throw new AppError('bad_request', 'a tour button carries { journeyId, step }');
  }
  return { journeyId, step };
};

/** The tenant or workspace the click came from, to link the contact person there. */
const tenantOf = (request: ActionRequest) =>
  request.message?.tenantId ??
  request.conversation?.tenantId ??
  request.actor.identities.find((i) => i.platform === request.platform)?.tenantId;

export function registerTourActions(
  core: Pick<Ports, 'dispatcher' | 'commands' | 'people' | 'events'>,
  tours: TourService,
) {
  for (const action of stepActions) {
    core.dispatcher.register(`tour.${action}`, async (request) => {
      const { journeyId, step } = target(request);
      const card = await tours.act(
        action,
        request.actor,
        journeyId,
        step,
        request.locale,
        request.platform,
        tenantOf(request),
      );
      return { card };
    });
  }

  core.dispatcher.register('tour.contact', async (request) => {
    const { journeyId } = target(request);
    const t = translator(request.locale);
    const journey = await tours.getJourney(journeyId);
    if (!journey || journey.personId !== request.actor.id)
      throw new AppError('not_found', 'no such tour journey');
    const resource = await tours.resourceFor(request.actor);
    await core.events.track({
      type: 'tour.contact',
      personId: request.actor.id,
      platform: request.platform,
      subjectType: 'tour',
      subjectId: journey.tourId,
      data: { journeyId, resourceId: resource?.id ?? null },
    });
    if (!resource) return { notice: t('tour.contact.none') };
    return {
      notice: t('tour.contact.notice', { name: resource.displayName, address: resource.email ?? '' }),
    };
  });

  core.commands.register('tour', async (request) =>
    tours.resume(
      request.actor,
      request.locale,
      request.platform,
      request.conversation?.tenantId ??
        request.actor.identities.find((i) => i.platform === request.platform)?.tenantId,
    ),
  );
}
