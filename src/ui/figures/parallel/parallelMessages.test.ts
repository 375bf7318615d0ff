import { describe, expect, it } from 'vitest';
import { attentionCost, favouredModel, rnnCost } from '../../../engine/parallelCost';
import {
  attentionDepthSentence,
  crossoverParagraph,
  depthParagraph,
  formatRatio,
  formatScientific,
  gpuParagraph,
  markLabel,
  workerMessages,
} from './parallelMessages';
import { crossovers, gpuMarks } from './processorMarks';

const D = 64;
const costsAt = (n: number) => ({
  rnn: rnnCost({ n, inputSize: D, hiddenSize: D }),
  attention: attentionCost({ n, modelSize: D, keySize: D }),
});

describe('formatRatio', () => {
  it('keeps one decimal below 10 and whole numbers from 10', () => {
    expect(formatRatio(36 / 24)).toBe('1.5');
    expect(formatRatio(4 / 3)).toBe('1.3');
    expect(formatRatio(9.7)).toBe('9.7');
    expect(formatRatio(9.96)).toBe('10');
    expect(formatRatio(4608 / 45)).toBe('102');
    expect(formatRatio(12345.6)).toBe('12,346');
  });
});

describe('attentionDepthSentence', () => {
  it('prints the ratio with the precision it needs: n = 4 and n = 512', () => {
    const short = costsAt(4);
    expect(attentionDepthSentence(short.rnn, short.attention)).toBe(
      `Attention’s depth is ${short.attention.depth}; the RNN’s is ${formatRatio(short.rnn.depth / short.attention.depth)} times as long.`,
    );
    expect(attentionDepthSentence(short.rnn, short.attention)).toContain('is 1.5 times as long');
    const long = costsAt(512);
    expect(attentionDepthSentence(long.rnn, long.attention)).toBe(
      'Attention’s depth is 45; the RNN’s is 102 times as long.',
    );
  });

  it('says "about as long" when the depths are within a twentieth of each other', () => {
    expect(attentionDepthSentence({ work: 1, depth: 26 }, { work: 1, depth: 25 })).toBe(
      'Attention’s depth is 25, about as long as the RNN’s.',
    );
  });

  it('says when attention’s depth is the longer (one or two tokens)', () => {
    const one = costsAt(1);
    expect(attentionDepthSentence(one.rnn, one.attention)).toMatch(
      /^Attention’s depth is 18, 2\.0 times as long as the RNN’s/,
    );
  });
});

describe('depthParagraph', () => {
  it('counts each RNN step as its chain of operations, tanh included', () => {
    const { rnn, attention } = costsAt(512);
    expect(depthParagraph(512, rnn, attention)).toContain(
      'each a chain of 9 operations (a dot product, then tanh): its depth is 4,608',
    );
  });
});

describe('crossoverParagraph', () => {
  it('says the RNN wins on few processors and where each bound crosses', () => {
    const { rnn, attention } = costsAt(512);
    const text = crossoverParagraph(rnn, attention, crossovers(rnn, attention));
    expect(text).toContain('9.7 times as much work');
    expect(text).toContain('so the model with less work is faster: the RNN');
    expect(text).toContain('at 8,036 processors comparing the upper bounds');
    expect(text).toContain('at 8,875 comparing the lower bounds');
  });

  it('says when no number of processors puts attention ahead', () => {
    const { rnn, attention } = costsAt(2);
    expect(crossoverParagraph(rnn, attention, crossovers(rnn, attention))).toContain(
      'no number of processors puts it ahead',
    );
  });
});

describe('gpuParagraph', () => {
  const paragraph = (n: number) => {
    const { rnn, attention } = costsAt(n);
    return gpuParagraph(n, gpuMarks, (p) => favouredModel(rnn, attention, p));
  };

  it('shows the arithmetic from the source’s numbers', () => {
    expect(paragraph(512)).toContain(
      'about 270,328 multiply-adds a clock (989.4 × 10¹² operations a second ÷ 2 operations per multiply-add ÷ 1.83 × 10⁹ clocks a second)',
    );
  });

  it('gives the same answer both ways at n = 512, and opposite answers at n = 2,048', () => {
    expect(paragraph(512)).toContain(
      'At n = 512, counting the FP32 lanes as processors, both bounds favour attention; counting the tensor cores’ multiply-adds, both bounds favour attention too.',
    );
    expect(paragraph(512)).not.toContain('depends on what one counts');
    expect(paragraph(2048)).toContain(
      'At n = 2,048, counting the FP32 lanes as processors, both bounds favour the RNN; counting the tensor cores’ multiply-adds, both bounds favour attention.',
    );
    expect(paragraph(2048)).toContain('The answer depends on what one counts as a processor.');
  });
});

describe('formatScientific and markLabel', () => {
  it('writes the source’s numbers as it quotes them', () => {
    expect(formatScientific(989.4e12)).toBe('989.4 × 10¹²');
    expect(formatScientific(1.83e9)).toBe('1.83 × 10⁹');
    expect(formatScientific(42)).toBe('42');
  });

  it('labels the crossover with both bounds’ P, or alone on a narrow plot', () => {
    expect(markLabel('crossover', { lower: 8875, upper: 8036 })).toBe('crossover 8,036–8,875');
    expect(markLabel('crossover', { lower: 8875, upper: 8036 }, true)).toBe('crossover');
    expect(markLabel('fp32', { lower: null, upper: null })).toBe('H100 FP32 lanes');
  });
});

describe('workerMessages', () => {
  it('says which parts are timed on each side, and that the RNN cannot be split across time', () => {
    expect(workerMessages.attentionItem(2, 64)).toContain(
      'from ready-made queries, keys and values',
    );
    expect(workerMessages.rnnItem(64)).toContain('from ready-made b + W·xₜ');
    expect(workerMessages.rnnItem(64)).toContain('cannot be split across time');
    expect(workerMessages.rnnItem(64)).toContain('64 hidden units could be shared out');
    expect(workerMessages.rnnRow).toBe('RNN steps, 1 thread (cannot be split across time)');
    expect(workerMessages.untimed).toContain('Neither side’s projections are timed');
  });

  it('compares the measurement with the cost model’s crossover, not with “a GPU with thousands”', () => {
    const { rnn, attention } = costsAt(512);
    const text = workerMessages.conclusion(
      { n: 512, workers: 2, oneWorkerMs: 40, allWorkersMs: 21, rnnMs: 5 },
      crossovers(rnn, attention),
    );
    expect(text).toContain('On one thread the RNN’s steps (5.0 ms) beat attention (40.0 ms)');
    expect(text).toContain('the split gave 1.90×');
    expect(text).toContain('drop below the RNN’s only from about 8,036 processors');
    expect(text).not.toMatch(/thousands/);
  });
});
