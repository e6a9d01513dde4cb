import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { isWhiteOnTransparent } from '../../../manifests/teams/build-package.js';
import { accentColor, renderColorIcon, renderOutlineIcon } from '../../../manifests/teams/icons.js';
import { decodePng, encodePng } from '../../../manifests/teams/png.js';

const committed = (name: string) => readFile(new URL(`../../../manifests/teams/${name}`, import.meta.url));

describe('Teams icons', () => {
  it('color.png is a 192x192 opaque icon on the accent colour', async () => {
    const image = decodePng(await committed('color.png'));
    assert.deepEqual([image.width, image.height], [192, 192]);
    const alphas = new Set<number>();
    for (let i = 3; i < image.pixels.length; i += 4) alphas.add(image.pixels[i]);
    assert.deepEqual([...alphas], [255]);
    const corner = [...image.pixels.subarray(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('');
    assert.equal(`#${corner}`.toUpperCase(), accentColor);
  });

  it('outline.png is 32x32, only white or transparent pixels, with a visible glyph', async () => {
    const image = decodePng(await committed('outline.png'));
    assert.deepEqual([image.width, image.height], [32, 32]);
    let opaque = 0;
    let transparent = 0;
    for (let i = 0; i < image.pixels.length; i += 4) {
      const [r, g, b, a] = image.pixels.subarray(i, i + 4);
      if (a === 0) transparent++;
      else {
        assert.deepEqual([r, g, b], [255, 255, 255], `pixel ${i / 4} is not white`);
        if (a === 255) opaque++;
      }
    }
    assert.ok(opaque > 100, `glyph too faint (${opaque} opaque pixels)`);
    assert.ok(transparent > 400, 'background is transparent');
  });

  it('the committed PNGs are exactly what the generator draws (regenerate with tsx manifests/teams/icons.ts)', async () => {
    assert.ok((await committed('color.png')).equals(encodePng(renderColorIcon())));
    assert.ok((await committed('outline.png')).equals(encodePng(renderOutlineIcon())));
  });

  it('the package check catches a coloured outline pixel', () => {
    const { pixels } = renderOutlineIcon();
    assert.equal(isWhiteOnTransparent(pixels), true);
    const opaque = pixels.findIndex((_, i) => i % 4 === 3 && pixels[i] === 255) - 3;
    pixels[opaque] = 0; // red channel off: cyan, not white
    assert.equal(isWhiteOnTransparent(pixels), false);
  });
});
