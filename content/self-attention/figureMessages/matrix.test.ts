import { describe, expect, it } from 'vitest';
import tableJson from '../../../src/data/word-classes.json';
import { dominantClass, parseWordTable, WORD_CLASSES } from '../../../src/engine/wordFeatures';
import { matrixFigureMessages, rowReadoutMessages, stepThroughMessages } from './matrix';

describe('the row read-out’s messages', () => {
  it('counts the classes left out in the singular and the plural, with the threshold used', () => {
    expect(rowReadoutMessages.classesLeftOut(1, 0.005)).toBe(
      '1 word class is left out: below 0.005 in every column.',
    );
    expect(rowReadoutMessages.classesLeftOut(6, 0.005)).toBe(
      '6 word classes are left out: below 0.005 in every column.',
    );
    expect(rowReadoutMessages.classesLeftOut(2, 0.05)).toContain('below 0.05 in');
  });

  it('says how many keys the value table shows only when it leaves some out', () => {
    expect(rowReadoutMessages.valuesCaption('“sat”', 4, 4)).toBe(
      'Value vectors of the keys, and the output of “sat”, by word class',
    );
    expect(rowReadoutMessages.valuesCaption('“sat”', 8, 14)).toBe(
      'Value vectors of the keys (the 8 with the largest weights), and the output of “sat”, by word class',
    );
  });

  it('writes the formula with the page’s weights, and marks the terms it leaves out', () => {
    const terms = [
      { word: 'The', weight: 0.1649 },
      { word: 'cat', weight: 0.4071 },
    ];
    expect(rowReadoutMessages.outputFormula('sat', terms, false)).toBe(
      'output(sat)\u00a0= 0.16\u00a0×\u00a0v(The) + 0.41\u00a0×\u00a0v(cat)',
    );
    expect(rowReadoutMessages.outputFormula('sat', terms, true)).toBe(
      'output(sat)\u00a0= 0.16\u00a0×\u00a0v(The) + 0.41\u00a0×\u00a0v(cat) +\u00a0…',
    );
    expect(rowReadoutMessages.weightNote(0.2637)).toBe('weight 0.26');
  });
});

describe('the step-through’s messages', () => {
  it('writes d_k, √d_k, T and the scale from the numbers', () => {
    expect(stepThroughMessages.scaling(11, 0.5, 2 / Math.sqrt(11))).toBe(
      'd_k = 11, so √d_k = 3.317; temperature T = 0.5; the scores are multiplied by 0.6030.',
    );
    expect(stepThroughMessages.scaling(4, 2, 0.25)).toBe(
      'd_k = 4, so √d_k = 2.000; temperature T = 2; the scores are multiplied by 0.2500.',
    );
  });

  it('names the softmax’s largest score and sum in its column headers', () => {
    expect(stepThroughMessages.expColumn(1.80904)).toBe('exp(s − 1.809)');
    expect(stepThroughMessages.weightColumn(1.32786)).toBe('÷ 1.328 = weight');
  });

  it('counts the stages from 1 in the caption', () => {
    expect(stepThroughMessages.caption('“sat”', 1, 4)).toBe('Query “sat”, stage 1 of 4');
  });

  it('gives the decimals the matrix shows, in words', () => {
    expect(stepThroughMessages.done('“sat”', 2)).toContain(
      'the row of “sat” in the matrix above (rounded there to two decimals).',
    );
    expect(stepThroughMessages.done('sat', 1)).toContain('(rounded there to one decimal)');
    expect(stepThroughMessages.done('sat', 12)).toContain('(rounded there to 12 decimals)');
  });
});

describe('the matrix figure’s messages', () => {
  it('are right that the rare-word profile given to words marked * is mostly nouns', () => {
    expect(matrixFigureMessages.unknownWords).toContain('(mostly nouns)');
    const profile = parseWordTable(tableJson).unknownProfile;
    expect(dominantClass(profile)).toBe('noun');
    expect(profile[WORD_CLASSES.indexOf('noun')]).toBeGreaterThan(0.5);
  });

  it('says why the trained model did not load, what is kept and what to do', () => {
    expect(matrixFigureMessages.modelFailed('nothing arrived within 30 seconds')).toBe(
      'The trained model could not load: nothing arrived within 30 seconds. Your sentence and settings are kept. Try again, or use the teaching rule.',
    );
  });

  it('gives the weights’ size while loading in megabytes, from the byte count', () => {
    expect(matrixFigureMessages.loadingModel(821_888)).toBe('Loading the trained model (0.8 MB)…');
    expect(matrixFigureMessages.loadingModel(1_260_000)).toBe(
      'Loading the trained model (1.3 MB)…',
    );
  });
});
