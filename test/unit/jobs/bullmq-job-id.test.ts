/** BullMQ job id encoding: any port id survives the round trip and satisfies BullMQ's rules. */
import assert from 'node:assert/strict';
import { decodeJobId, encodeJobId } from '../../../shared/jobs/bullmq-queue.js';

describe('BullMQ job id encoding', () => {
  const ids = ['42', '0', 'news:42:person:7', 'a%3Ab', '%', '::', 'é:ü', 'j-already', ''];

  it('round-trips every id', () => {
    for (const id of ids) assert.equal(decodeJobId(encodeJobId(id)), id);
  });

  it('never yields an integer-looking id or one with ":" (BullMQ rejects both)', () => {
    for (const id of ids) {
      const encoded = encodeJobId(id);
      assert.ok(!encoded.includes(':'), encoded);
      assert.notEqual(`${Number.parseInt(encoded, 10)}`, encoded);
    }
  });

  it('keeps distinct ids distinct', () => {
    assert.equal(new Set(ids.map(encodeJobId)).size, ids.length);
  });
});
