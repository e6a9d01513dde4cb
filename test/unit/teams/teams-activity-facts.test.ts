/** What Relais reads off Teams activities. */
import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import {
  channelIdOf,
  conversationKindOf,
  senderIdentityOf,
  tenantIdOf,
} from '../../../bots/teams/turn/teams-activity-facts.js';

const activity = (patch: Record<string, unknown>): Partial<Activity> =>
  ({
    from: { id: '29:user', name: 'User', aadObjectId: 'aad-1' },
    recipient: { id: '28:bot', name: 'Relais' },
    conversation: { id: 'a:1', conversationType: 'personal', tenantId: 'tenant-a' },
    channelData: { tenant: { id: 'tenant-b' } },
    ...patch,
  }) as Partial<Activity>;

describe('Teams activity facts', () => {
  it('takes the tenant from the conversation, else from channelData', () => {
    assert.equal(tenantIdOf(activity({})), 'tenant-a');
    assert.equal(tenantIdOf(activity({ conversation: { id: 'a:1' } })), 'tenant-b');
    assert.equal(tenantIdOf(activity({ conversation: { id: 'a:1' }, channelData: {} })), '');
  });

  it('builds the sender identity with the AAD object id, and none for the bot itself', () => {
    assert.deepEqual(senderIdentityOf(activity({})), {
      platform: 'teams',
      tenantId: 'tenant-a',
      userId: '29:user',
      aadObjectId: 'aad-1',
    });
    assert.equal(senderIdentityOf(activity({ from: { id: '28:bot' } })), undefined);
    assert.equal(senderIdentityOf(activity({ from: { id: '28:other', role: 'bot' } })), undefined);
    assert.equal(senderIdentityOf(activity({ from: { id: '29:u' } }))?.aadObjectId, undefined);
  });

  it('tells personal, channel and group conversations apart', () => {
    assert.equal(conversationKindOf(activity({})), 'personal');
    assert.equal(
      conversationKindOf(activity({ conversation: { id: 'x', conversationType: 'channel' } })),
      'channel',
    );
    assert.equal(
      conversationKindOf(activity({ conversation: { id: 'x', conversationType: 'groupChat' } })),
      'group',
    );
    assert.equal(conversationKindOf(activity({ conversation: { id: 'x', isGroup: true } })), 'group');
    assert.equal(conversationKindOf(activity({ conversation: { id: 'x' } })), 'personal');
  });

  it('names the channel of a channel thread', () => {
    assert.equal(channelIdOf('19:abc@thread.tacv2;messageid=1700000000000'), '19:abc@thread.tacv2');
    assert.equal(channelIdOf('19:abc@thread.tacv2'), '19:abc@thread.tacv2');
  });
});
