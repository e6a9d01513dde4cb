/** The `tour` command (`parcours`, `accueil`): the card of the step the person is on. */
import type { CommandEntry } from '../capability/capability.js';
import type { TourService } from './tour-service.js';

export const tourCommand = (tours: TourService): CommandEntry => ({
  name: 'tour',
  handle: async (request) =>
    tours.resume(
      request.actor,
      request.locale,
      request.platform,
      request.conversation?.tenantId ??
        request.actor.identities.find((i) => i.platform === request.platform)?.tenantId,
    ),
});
