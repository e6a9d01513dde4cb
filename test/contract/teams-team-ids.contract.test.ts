/**
 * The Teams messenger's teamIds (bots/teams/messaging/team-ids.ts), on SQLite and PostgreSQL: a
 * team recorded by either of its ids is told by both as far as the saved channel references say
 * (`teamId`, `aadGroupId`, as a channel turn saves them), with an entry for every id asked. The
 * references are JSON text the store narrows with LIKE (case-blind on SQLite): an id is matched
 * exactly, and only on Teams channels.
 */
import assert from 'node:assert/strict';
import type { TeamsAdapter } from '../../bots/teams/adapter/create-teams-adapter.js';
import { TeamsMessenger } from '../../bots/teams/teams-messenger.js';
import {
  type ConversationRecord,
  type ConversationStore,
  createConversationStore,
} from '../../shared/conversations/conversation-store.js';
import type { Core } from '../../shared/core.js';
import type { Messenger } from '../../shared/messaging/messenger.js';
import { describeEachStore } from '../harness/databases.js';

const tenantId = 'tenant-team-ids';
const general = '19:general-ti@thread.tacv2';
const entraGroupId = '6f1c1e0a-8b2d-4c55-9a3e-2f0d7f4b9c11';

/** a channel's reference as the Teams turn saves it (turn-person.ts) */
const channel = (
  conversationId: string,
  team: { teamId?: string; aadGroupId?: string },
  kind: ConversationRecord['kind'] = 'channel',
): ConversationRecord => ({
  platform: 'teams',
  tenantId,
  conversationId,
  kind,
  personId: null,
  reference: {
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    bot: { id: '28:relais', name: 'Relais' },
    conversation: { id: conversationId, name: conversationId.slice(3, 10) },
    ...team,
  },
});

describeEachStore('Teams messenger: a team’s two ids', (backend) => {
  let conversations: ConversationStore;
  let messenger: Messenger;

  beforeEach(async () => {
    const store = await backend().openStore();
    await store.db.deleteFrom('conversations').execute();
    conversations = createConversationStore(store);
    // teamIds reads only the saved conversations: no connector call, no adapter
    messenger = new TeamsMessenger(
      { conversations } as Pick<Core, 'config' | 'people' | 'conversations'>,
      {} as TeamsAdapter,
    );
  });

  const ask = async (...ids: string[]) => Object.fromEntries(await messenger.teamIds!(ids));

  it('tells a team recorded by its 19: id its Entra group id, from a channel that told both', async () => {
    // one channel saved before Entra ids were kept, one since
    await conversations.save(channel('19:projects-ti@thread.tacv2', { teamId: general }));
    await conversations.save(
      channel('19:news-ti@thread.tacv2', { teamId: general, aadGroupId: entraGroupId }),
    );
    assert.deepEqual(await ask(general), {
      [general]: { conversationId: general, directoryId: entraGroupId },
    });
  });

  it('tells a team recorded by its Entra group id the conversation that reaches it', async () => {
    await conversations.save(channel(general, { teamId: general, aadGroupId: entraGroupId }));
    assert.deepEqual(await ask(entraGroupId), {
      [entraGroupId]: { directoryId: entraGroupId, conversationId: general },
    });
  });

  it('answers every id asked: a team none of whose channels was seen is known by its one id', async () => {
    const unseen = '19:unseen-ti@thread.tacv2';
    const otherGroup = 'a0b1c2d3-0000-4000-8000-000000000001';
    await conversations.save(channel(general, { teamId: general, aadGroupId: entraGroupId }));
    assert.deepEqual(await ask(unseen, otherGroup, general), {
      [unseen]: { conversationId: unseen },
      [otherGroup]: { directoryId: otherGroup },
      [general]: { conversationId: general, directoryId: entraGroupId },
    });
    assert.deepEqual(await ask(), {});
  });

  it('matches an id exactly, and only on Teams channels', async () => {
    const upper = '19:GENERAL-TI@thread.tacv2';
    // the same id in another case (SQLite's LIKE would match it), a longer one, a group chat's
    await conversations.save(
      channel(upper, { teamId: upper, aadGroupId: 'b0000000-0000-4000-8000-00000000000b' }),
    );
    await conversations.save(
      channel('19:longer-ti@thread.tacv2', {
        teamId: `${general}x`,
        aadGroupId: 'c0000000-0000-4000-8000-00000000000c',
      }),
    );
    await conversations.save(
      channel(
        '19:chat-ti@thread.v2',
        { teamId: general, aadGroupId: 'd0000000-0000-4000-8000-00000000000d' },
        'group',
      ),
    );
    assert.deepEqual(await ask(general, entraGroupId), {
      [general]: { conversationId: general },
      [entraGroupId]: { directoryId: entraGroupId },
    });
  });
});
