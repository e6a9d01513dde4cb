/**
 * `POST /api/v1/polls/{id}/test`: "send me a test" of a poll, to the caller's own chat accounts.
 * The card is the poll's own, without its vote buttons (a vote from a test would count): the
 * options are listed instead, with no counts (shared/delivery/test-send.ts).
 */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import type { Ports } from '../capability/ports.js';
import { sendTestToCaller, testLocale, testSendAnswer, testSendBody } from '../delivery/test-send.js';
import { AppError } from '../errors/errors.js';
import { pollCard } from './poll-card.js';
import type { PollService } from './poll-service.js';

export function pollTestRoutes(ports: Pick<Ports, 'pacer' | 'messengers' | 'config'>, polls: PollService) {
  return [
    defineRoute({
      method: 'post',
      path: '/polls/:id/test',
      tag: 'polls',
      summary: 'Send me a test: the poll to the caller only, without vote buttons (not counted)',
      params: z.object({ id: z.string().min(1).max(100) }),
      body: testSendBody,
      response: testSendAnswer,
      errors: [404, 409, 422, 429, 503],
      handler: async ({ principal, params, body }) => {
        const poll = await polls.get(params.id);
        if (!poll) throw new AppError('not_found', `no poll ${params.id}`);
        if (!polls.canManage(poll, principal)) {
          throw new AppError('forbidden', 'only the author or a communicator sends a test');
        }
        const locale = testLocale(principal, body.locale, ports.config.defaultLocale);
        return sendTestToCaller(ports, principal, locale, (t) => {
          const shown = pollCard({ poll, myChoices: [], canManage: false }, t, locale);
          const [heading, ...rest] = shown.blocks;
          const options = {
            type: 'choices' as const,
            options: poll.options.map((o) => ({ id: o.id, label: o.label })),
          };
          return { summary: shown.summary, blocks: heading ? [heading, options, ...rest] : [options] };
        });
      },
    }),
  ];
}
