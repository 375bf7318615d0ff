// Each block of the tiny transformer as the runner returns it: the layer's whole attention result
// (so no figure rebuilds d_k or the scale), and the block's two residual sums, recomputed here
// from the pieces it reports.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { add, layerNorm, linear, relu } from './layers';
import { parseTinyModel, type TinyModel } from './modelFile';
import { encodeSentence, runTinyModel, type TinyModelRun } from './transformer';

const modelDir = new URL('../../public/models/brown-tiny/', import.meta.url);

let model: TinyModel;
let run: TinyModelRun;
beforeAll(() => {
  const bytes = readFileSync(new URL('weights.bin', modelDir));
  model = parseTinyModel(
    JSON.parse(readFileSync(new URL('model.json', modelDir), 'utf8')),
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  run = runTinyModel(model, encodeSentence(model, 'The cat sat down').ids);
});

describe('runTinyModel, block by block', () => {
  it('returns each layer’s attention whole: every head, d_k, the scale, the mask, T', () => {
    const { dModel, heads } = model.config;
    const dK = dModel / heads;
    for (const layer of run.layers) {
      const { attention } = layer;
      expect(attention.heads).toBe(layer.heads);
      expect(attention.heads).toHaveLength(heads);
      expect(attention.dK).toBe(dK);
      expect(attention.scale).toBe(1 / Math.sqrt(dK));
      expect(attention.causal).toBe(true);
      expect(attention.temperature).toBe(1);
      expect([attention.output.rows, attention.output.cols]).toEqual([5, dModel]);
    }
  });

  it('is x + attn(ln1(x)), then x + mlp(ln2(x)), with the numbers it reports', () => {
    const epsilon = model.config.layerNormEpsilon;
    run.layers.forEach((layer, l) => {
      const w = model.layers[l];
      if (!w) throw new Error(`no weights for layer ${l}`);
      expect(layer.input.data).toEqual((run.layers[l - 1]?.output ?? run.embeddings).data);
      expect(layer.normalized.data).toEqual(
        layerNorm(layer.input, w.ln1.gain, w.ln1.bias, epsilon).data,
      );
      expect(layer.attentionOutput.data).toEqual(
        linear(layer.attention.output, w.attention.wo, w.attention.bo).data,
      );
      const afterAttention = add(layer.input, layer.attentionOutput);
      const h = layerNorm(afterAttention, w.ln2.gain, w.ln2.bias, epsilon);
      expect(layer.mlpHidden.data).toEqual(relu(linear(h, w.mlp.w1, w.mlp.b1)).data);
      expect(layer.output.data).toEqual(
        add(afterAttention, linear(layer.mlpHidden, w.mlp.w2, w.mlp.b2)).data,
      );
    });
  });
});
