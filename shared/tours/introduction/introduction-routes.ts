/**
 * REST for the introduction's configured channels (communicators and admins): where newcomers of
 * a department and/or site are introduced when they did not join a team the bot is in.
 *   GET /tours/introduction/channels   the rules
 *   PUT /tours/introduction/channels   replace them: { channels: [{ department?, site?, platform, tenantId, conversationId }] }
 */
import { z } from 'zod';
import { type ApiRoute, defineRoute } from '../../api/api-route.js';
import { reason } from '../../api/field-errors.js';
import { requireRole } from '../../auth/principal.js';
import type { Ports } from '../../capability/ports.js';
import { createIntroductionStore } from './introduction-store.js';

const ruleView = z
  .object({
    department: z.string().trim().min(1).max(200).nullable().optional(),
    site: z.string().trim().min(1).max(200).nullable().optional(),
    platform: z.enum(['teams', 'slack']),
    tenantId: z.string().trim().min(1).max(200),
    conversationId: z.string().trim().min(1).max(300),
  })
  .refine((r) => Boolean(r.department || r.site), {
    message: 'name a department, a site or both',
    path: ['department'],
    params: reason('department_or_site_required'),
  });

const rules = z.object({ channels: z.array(ruleView).max(500) });

export function introductionRoutes(core: Pick<Ports, 'kv'>): ApiRoute[] {
  const store = createIntroductionStore(core.kv);
  return [
    defineRoute({
      method: 'get',
      path: '/tours/introduction/channels',
      tag: 'tours',
      summary: 'Channels newcomers are introduced in, per department and/or site',
      response: rules,
      handler: async ({ principal }) => {
        requireRole(principal, 'communicator');
        return {
          channels: (await store.rules()).map((r) => ({
            department: r.department ?? null,
            site: r.site ?? null,
            platform: r.target.platform,
            tenantId: r.target.tenantId,
            conversationId: r.target.conversationId,
          })),
        };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/tours/introduction/channels',
      tag: 'tours',
      summary: 'Replace the channels newcomers are introduced in (a team they joined comes first)',
      body: rules,
      response: rules,
      handler: async ({ principal, body }) => {
        requireRole(principal, 'communicator');
        await store.setRules(
          body.channels.map((c) => ({
            department: c.department ?? null,
            site: c.site ?? null,
            target: {
              kind: 'conversation',
              platform: c.platform,
              tenantId: c.tenantId,
              conversationId: c.conversationId,
            },
          })),
        );
        return body;
      },
    }),
  ];
}
