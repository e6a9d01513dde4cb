/** Which sent deliveries a Teams 1:1 read receipt covers. */
import assert from 'node:assert/strict';
import { readUpTo } from '../../../shared/delivery/create-delivery-service.js';
import type { Delivery } from '../../../shared/delivery/delivery.js';

const delivery = (id: string, messageId: string, sentAt: string): Delivery => ({
  id,
  subjectType: 'news',
  subjectId: id,
  personId: 'p1',
  platform: 'teams',
  tenantId: 't',
  conversationId: 'a:1',
  messageId,
  status: 'sent',
  attempts: 1,
  lastError: null,
  sentAt,
  updatedAt: sentAt,
  channelName: null,
  locale: 'fr',
  withdrawn: false,
});

describe('read receipts', () => {
  it('compares Teams 1:1 message ids as numbers (a longer id is later)', () => {
    const list = [
      delivery('a', '1616087389375', '2026-01-01T10:00:00.000Z'),
      delivery('b', '1616087399999', '2026-01-01T10:01:00.000Z'),
      delivery('c', '16160874000000', '2026-01-01T10:02:00.000Z'),
    ];
    assert.deepEqual(
      readUpTo(list, '1616087399999').map((d) => d.id),
      ['a', 'b'],
    );
    assert.deepEqual(
      readUpTo(list, '99999999999999').map((d) => d.id),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(readUpTo(list, '1'), []);
  });

  it('falls back to send times when ids are not numbers', () => {
    const list = [
      delivery('a', 'activity-1', '2026-01-01T10:00:00.000Z'),
      delivery('b', 'activity-2', '2026-01-01T10:01:00.000Z'),
      delivery('c', 'activity-3', '2026-01-01T10:02:00.000Z'),
    ];
    assert.deepEqual(
      readUpTo(list, 'activity-2').map((d) => d.id),
      ['a', 'b'],
    );
    assert.deepEqual(readUpTo(list, 'unknown'), [], 'a receipt for a message we did not send covers nothing');
  });
});
