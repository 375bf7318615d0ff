// The trained model's reader refuses damaged weights where it reads them, naming the tensor, so
// the page can say so instead of failing later in the softmax (issue 12, item 2).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTinyModel } from './modelFile';

const modelDir = new URL('../../public/models/brown-tiny/', import.meta.url);
const modelJson = JSON.parse(readFileSync(new URL('model.json', modelDir), 'utf8')) as {
  tensors: { name: string; offset: number; shape: number[] }[];
};
const shipped = readFileSync(new URL('weights.bin', modelDir));

/** A copy of weights.bin as a fresh buffer, every float16 replaced by `bits` if given. */
const weightsOf = (bits?: number): ArrayBuffer => {
  const copy = new Uint8Array(shipped);
  if (bits !== undefined) {
    const view = new DataView(copy.buffer);
    for (let i = 0; i < copy.length; i += 2) view.setUint16(i, bits, true);
  }
  return copy.buffer;
};

describe('parseTinyModel checks every weight is finite', () => {
  it('reads the shipped files', () => {
    expect(parseTinyModel(modelJson, weightsOf()).parameterCount).toBe(shipped.length / 2);
  });

  it.each([
    ['0xFF bytes (NaN)', 0xffff, 'NaN'],
    ['+Infinity (0x7C00)', 0x7c00, 'Infinity'],
    ['−Infinity (0xFC00)', 0xfc00, '-Infinity'],
  ])('refuses a right-sized file of %s, naming the first tensor', (_, bits, shown) => {
    expect(() => parseTinyModel(modelJson, weightsOf(bits))).toThrow(
      `weights.bin: tensor tokenEmbedding holds ${shown} at number 0 of`,
    );
  });

  it('names the tensor and the place of a single NaN deep in the file', () => {
    const entry = modelJson.tensors.find((t) => t.name === 'layers.1.attention.wk');
    if (!entry) throw new Error('model.json has no layers.1.attention.wk');
    const weights = weightsOf();
    new DataView(weights).setUint16(entry.offset + 2 * 7, 0x7e00, true);
    expect(() => parseTinyModel(modelJson, weights)).toThrow(
      /^weights\.bin: tensor layers\.1\.attention\.wk holds NaN at number 7 of 4096;/,
    );
  });

  it('names the tensor whose offset is unusable or past the end of the file', () => {
    const withOffset = (offset: unknown) => ({
      ...modelJson,
      tensors: modelJson.tensors.map((t) => (t.name === 'lnF.gain' ? { ...t, offset } : t)),
    });
    expect(() => parseTinyModel(withOffset(-2), weightsOf())).toThrow(
      'tensor lnF.gain needs a byte offset (a whole number ≥ 0), got -2',
    );
    expect(() => parseTinyModel(withOffset(shipped.length), weightsOf())).toThrow(
      `weights.bin ends at byte ${shipped.length}, before tensor lnF.gain`,
    );
  });
});
