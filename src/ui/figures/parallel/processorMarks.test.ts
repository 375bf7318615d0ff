import { describe, expect, it } from 'vitest';
import { h100 } from '../../../../content/self-attention/gpuReference';
import { attentionCost, favouredModel, rnnCost } from '../../../engine/parallelCost';
import {
  crossovers,
  gpuMarks,
  multiplyAddsPerClock,
  plotMaxProcessors,
  timeRows,
} from './processorMarks';

const D = 64;
const costsAt = (n: number) => ({
  rnn: rnnCost({ n, inputSize: D, hiddenSize: D }),
  attention: attentionCost({ n, modelSize: D, keySize: D }),
});
const mark = (id: 'fp32' | 'tensor') => gpuMarks.find((m) => m.id === id)?.processors ?? NaN;

describe('gpuMarks', () => {
  it('counts one H100 by its FP32 lanes and by its tensor cores’ multiply-adds a clock', () => {
    expect(mark('fp32')).toBe(h100.fp32Lanes);
    expect(mark('tensor')).toBe(Math.round(h100.denseTensorFlops / 2 / h100.boostClockHz));
    expect(multiplyAddsPerClock(2e9, 1e9)).toBe(1);
  });

  it('puts the crossover between the two counts at n = 2,048, below both at n = 512', () => {
    const at2048 = costsAt(2048);
    const c2048 = crossovers(at2048.rnn, at2048.attention);
    for (const p of [c2048.lower, c2048.upper]) {
      expect(p).toBeGreaterThan(mark('fp32'));
      expect(p).toBeLessThan(mark('tensor'));
    }
    const at512 = costsAt(512);
    const c512 = crossovers(at512.rnn, at512.attention);
    for (const p of [c512.lower, c512.upper]) expect(p).toBeLessThan(mark('fp32'));
  });
});

describe('timeRows', () => {
  it('lists 1, 64, 4,096, both crossovers, both GPU counts and the end of the axis, in order', () => {
    const { rnn, attention } = costsAt(512);
    const c = crossovers(rnn, attention);
    const rows = timeRows(rnn, attention, { maxProcessors: 1e6 });
    expect(rows.map((r) => r.processors)).toEqual([
      1,
      64,
      4096,
      c.upper,
      c.lower,
      mark('fp32'),
      mark('tensor'),
      1e6,
    ]);
    expect(rows.map((r) => r.kind)).toEqual([
      'plain',
      'plain',
      'plain',
      'crossover-upper',
      'crossover-lower',
      'fp32',
      'tensor',
      'plain',
    ]);
    for (const row of rows) {
      expect(row.favoured).toBe(favouredModel(rnn, attention, row.processors));
    }
  });

  it('leaves out crossovers that never come', () => {
    const { rnn, attention } = costsAt(1);
    const rows = timeRows(rnn, attention, { maxProcessors: 1e6 });
    expect(rows.some((r) => r.kind.startsWith('crossover'))).toBe(false);
    expect(rows.every((r) => r.favoured === 'rnn')).toBe(true);
  });
});

describe('plotMaxProcessors', () => {
  it('reaches 10⁶, and further when a mark needs it', () => {
    expect(plotMaxProcessors([mark('fp32'), mark('tensor'), null])).toBe(1e6);
    expect(plotMaxProcessors([3e6])).toBe(1e7);
  });
});
