/**
 * The step card's buttons (`tour.next`, `tour.back`, `tour.skip`, `tour.done`, `tour.task_done`)
 * answer with the refreshed card, shown in place; `tour.contact` with the resource person's
 * address. The payloads were checked against their declarations (tour-actions.ts) before a
 * handler runs.
 */
import type { AnyAction } from '../actions/define-action.js';
import type { ActionRequest } from '../actions/dispatcher.js';
import type { Ports } from '../capability/ports.js';
import { AppError } from '../errors/errors.js';
import { translator } from '../i18n/i18n.js';
import { tourActions, tourStepActions } from './tour-actions.js';
import type { StepAction, TourService } from './tour-service.js';

/** The tenant or workspace the click came from, to link the contact person there. */
const tenantOf = (request: ActionRequest) =>
  request.message?.tenantId ??
  request.conversation?.tenantId ??
  request.actor.identities.find((i) => i.platform === request.platform)?.tenantId;

/** The step and contact buttons, handled by the tours service. */
export function tourActionHandlers(deps: Pick<Ports, 'events'>, tours: TourService): AnyAction[] {
  return [...stepHandlers(tours), contactHandler(deps, tours)];
}

/** Back / Next / Skip / Done / task done: the journey moves, the card is shown refreshed. */
function stepHandlers(tours: TourService): AnyAction[] {
  return (Object.keys(tourStepActions) as StepAction[]).map((action) =>
    tourStepActions[action].handledBy(async ({ journeyId, step }, request) => {
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
    }),
  );
}

/** The contact button, when no chat link can be shown: a notice with the resource person's address. */
function contactHandler(deps: Pick<Ports, 'events'>, tours: TourService): AnyAction {
  return tourActions.contact.handledBy(async ({ journeyId }, request) => {
    const t = translator(request.locale);
    const journey = await tours.getJourney(journeyId);
    if (!journey || journey.personId !== request.actor.id)
      throw new AppError('not_found', 'no such tour journey');
    const resource = await tours.resourceFor(request.actor);
    await deps.events.track({
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
}
