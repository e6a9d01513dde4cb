import assert from 'node:assert/strict';
import { crc32, decodePng, encodePng } from '../../../manifests/teams/png.js';

describe('png codec', () => {
  it('computes the standard CRC-32 check value', () => {
    assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
  });

  it('round-trips RGBA pixels', () => {
    const pixels = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) & 0xff);
    const decoded = decodePng(encodePng({ width: 3, height: 2, pixels }));
    assert.equal(decoded.width, 3);
    assert.equal(decoded.height, 2);
    assert.deepEqual([...decoded.pixels], [...pixels]);
  });

  it('rejects a corrupted chunk', () => {
    const file = encodePng({ width: 1, height: 1, pixels: new Uint8Array([1, 2, 3, 4]) });
    file[20] ^= 0xff; // inside IHDR's data
    assert.throws(() => decodePng(file), /bad CRC/);
  });

  it('rejects a file that is not a PNG', () => {
    assert.throws(() => decodePng(Buffer.from('GIF89a-not-a-png')), /not a PNG/);
  });
});
