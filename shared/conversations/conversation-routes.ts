/**
 * GET /conversations: the channels and group chats the bot is in (as the chat adapters saved them
 * on install and on activity), for the console to offer "post into…" as a choice instead of raw
 * ids. Personal chats are never listed. Communicators and administrators only: a conversation's
 * name says what a team talks about.
 */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import { requireRole } from '../auth/principal.js';
import type { Ports } from '../capability/ports.js';

const maxListed = 500;

const conversationView = z.object({
  platform: z.enum(['teams', 'slack']),
  tenantId: z.string(),
  conversationId: z.string(),
  kind: z.enum(['channel', 'group']),
  /** the channel's or chat's name as the platform told it, null when it did not */
  name: z.string().nullable(),
  /** the team (Teams) the channel belongs to, when known */
  teamName: z.string().nullable(),
  updatedAt: z.string(),
});

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

/** The names a saved reference carries (Teams: conversation.name, teamName; Slack: channelName). */
function namesOf(reference: string): { name: string | null; teamName: string | null } {
  try {
    const parsed = JSON.parse(reference) as Record<string, unknown>;
    const conversation = (parsed.conversation ?? {}) as Record<string, unknown>;
    return { name: text(conversation.name) ?? text(parsed.channelName), teamName: text(parsed.teamName) };
  } catch {
    return { name: null, teamName: null };
  }
}

export function conversationRoutes(core: Pick<Ports, 'store' | 'messengers'>) {
  return [
    defineRoute({
      method: 'get',
      path: '/conversations',
      tag: 'conversations',
      summary:
        'The channels and group chats the bot is in, newest activity first (communicators): where a poll can be posted',
      query: z.object({
        platform: z.enum(['teams', 'slack']).optional(),
        q: z.string().trim().max(100).optional(),
      }),
      response: z.object({ conversations: z.array(conversationView), truncated: z.boolean() }),
      handler: async ({ principal, query }) => {
        requireRole(principal, 'communicator');
        let select = core.store.db
          .selectFrom('conversations')
          .select(['platform', 'tenant_id', 'conversation_id', 'kind', 'reference', 'updated_at'])
          .where('kind', 'in', ['channel', 'group'])
          .orderBy('updated_at', 'desc')
          .orderBy('conversation_id')
          .limit(maxListed + 1);
        if (query.platform) select = select.where('platform', '=', query.platform);
        const rows = await select.execute();
        const needle = query.q?.toLocaleLowerCase();
        const conversations = rows
          .slice(0, maxListed)
          // a platform this server does not serve cannot be posted into
          .filter((row) => core.messengers.get(row.platform as 'teams' | 'slack') !== undefined)
          .map((row) => ({
            platform: row.platform as 'teams' | 'slack',
            tenantId: row.tenant_id,
            conversationId: row.conversation_id,
            kind: row.kind as 'channel' | 'group',
            ...namesOf(row.reference),
            updatedAt: row.updated_at,
          }))
          .filter(
            (c) =>
              !needle ||
              [c.name, c.teamName, c.conversationId].some((v) => v?.toLocaleLowerCase().includes(needle)),
          );
        return { conversations, truncated: rows.length > maxListed };
      },
    }),
  ];
}
