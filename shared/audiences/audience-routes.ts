/**
 * REST routes of audiences: what one may be chosen from (suggestions) and how many people one
 * reaches, on which platform (reach). Both for authors of news (communicators, scoped or not);
 * a scoped communicator sees and counts only inside their departments and sites.
 */
import { z } from 'zod';
import { type ApiRoute, defineRoute } from '../api/api-route.js';
import type { Ports } from '../capability/ports.js';
import { roles } from '../people/person.js';
import { audienceSchema } from './audience.js';
import { assertKnown, assertNotAmbiguous } from './audience-check.js';
import { reachOf } from './audience-reach.js';
import { audienceSuggestions } from './audience-suggestions.js';
import { assertAudienceAllowed, requireAuthor } from './author-scope.js';

const suggestion = z.object({ name: z.string(), count: z.number().int() });

export const suggestionsAnswer = z.object({
  everyone: z.number().int().nullable(),
  departments: z.array(suggestion),
  sites: z.array(suggestion),
  roles: z.array(z.object({ role: z.enum(roles), count: z.number().int() })),
  /** the groups the caller may send to, with their current members and guests */
  groups: z.array(
    z.object({
      id: z.string(),
      nameFr: z.string().nullable(),
      nameEn: z.string().nullable(),
      count: z.number().int(),
    }),
  ),
});

export const reachAnswer = z.object({
  people: z.number().int(),
  teams: z.number().int(),
  slack: z.number().int(),
  unreachable: z.number().int(),
  reasons: z.object({ no_chat_account: z.number().int(), platform_not_configured: z.number().int() }),
  channels: z.number().int(),
});

export function audienceRoutes(
  ports: Pick<Ports, 'store' | 'people' | 'messengers' | 'audienceGroups'>,
): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/audiences/suggestions',
      tag: 'audiences',
      summary:
        'Departments, sites, roles and groups an audience may name, with their active members (a scoped communicator sees their scope, a group manager their groups)',
      response: suggestionsAnswer,
      handler: async ({ principal }) =>
        audienceSuggestions(
          ports.store,
          await requireAuthor(principal, ports.audienceGroups),
          ports.audienceGroups,
        ),
    }),

    defineRoute({
      method: 'post',
      path: '/audiences/reach',
      tag: 'audiences',
      summary:
        'How many people an audience reaches: on Teams, on Slack, and unreachable with why (refuses an ambiguous or unknown audience)',
      body: audienceSchema,
      response: reachAnswer,
      handler: async ({ principal, body }) => {
        const scope = await requireAuthor(principal, ports.audienceGroups);
        assertNotAmbiguous(body);
        await assertAudienceAllowed(scope, body, ports.people);
        await assertKnown(ports.store, body, 'audience', false, ports.audienceGroups);
        return reachOf(
          ports.store,
          body,
          (platform) => ports.messengers.get(platform) !== undefined,
          ports.audienceGroups,
        );
      },
    }),
  ];
}
