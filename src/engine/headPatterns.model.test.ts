// The committed heads.json against a fresh measurement of the committed model: `npm run heads`
// (scripts/heads/) writes the file, and this test fails while the file is stale, to the precision
// the file stores. It also checks the model card's section written from the file.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  headsFileOf,
  measureHeldOut,
  STORED_DECIMALS,
  type HeldOutMeasurement,
} from '../../scripts/heads/analyseHeads';
import {
  cardWithHeads,
  headsJsonText,
  MODEL_DIR,
  readShippedModel,
} from '../../scripts/heads/writeHeads';
import { PATTERNS } from './headPatterns';
import { headGrid, parseHeadsFile, type HeadsFile } from './headPatternsFile';
import type { TinyModel } from './modelFile';

const headsText = readFileSync(new URL('heads.json', MODEL_DIR), 'utf8');
const cardText = readFileSync(new URL('MODEL_CARD.md', MODEL_DIR), 'utf8');
const file: HeadsFile = parseHeadsFile(JSON.parse(headsText));

let model: TinyModel;
let measured: HeldOutMeasurement;
beforeAll(() => {
  model = readShippedModel();
  measured = measureHeldOut(model); // every held-out sentence through the model
}, 120_000);

describe('heads.json', () => {
  it('is the analysis of the model the card describes', () => {
    const card = JSON.parse(readFileSync(new URL('card.json', MODEL_DIR), 'utf8')) as {
      parameterCount: number;
      heldOut: { sentences: number };
    };
    expect(model.parameterCount).toBe(card.parameterCount);
    expect(file.parameterCount).toBe(card.parameterCount);
    expect(headGrid(file)).toEqual({
      layers: model.config.layers,
      headsPerLayer: model.config.heads,
    });
    // The same held-out sentences the trainer scored (it counts those with at least one word).
    expect(file.heldOut.sentencesRead - file.heldOut.noWords).toBe(card.heldOut.sentences);
  });

  it('holds what a fresh run on the held-out sentences measures, to its stored precision', () => {
    const { heads, ...rest } = headsFileOf(model, measured);
    const { heads: fileHeads, ...fileRest } = file;
    expect(fileRest).toEqual(rest);
    expect(heads).toHaveLength(fileHeads.length);
    // A stored number is the measured one rounded: off by at most half its last decimal.
    const halfLastDecimal = 0.5 * 10 ** -STORED_DECIMALS + 1e-12;
    measured.heads.forEach((head, i) => {
      const stored = fileHeads[i];
      expect([stored?.layer, stored?.head]).toEqual([head.layer, head.head]);
      for (const p of PATTERNS) {
        const fresh = head.metrics[p];
        const kept = stored?.metrics[p];
        expect(kept?.queries).toBe(fresh.queries);
        expect(Math.abs((kept?.share ?? NaN) - fresh.share)).toBeLessThanOrEqual(halfLastDecimal);
        expect(Math.abs((kept?.baseline ?? NaN) - fresh.baseline)).toBeLessThanOrEqual(
          halfLastDecimal,
        );
      }
    });
  });

  it('is laid out as the script writes it', () => {
    expect(headsJsonText(file)).toBe(headsText);
  });

  it('is the source of the section of MODEL_CARD.md', () => {
    expect(cardWithHeads(cardText, file)).toBe(cardText);
    // The section's table holds the measured numbers, whatever writes it.
    for (const { layer, head, metrics } of file.heads) {
      const cells = PATTERNS.map(
        (p) => `${metrics[p].share.toFixed(3)} (${metrics[p].baseline.toFixed(3)})`,
      );
      expect(cardText).toContain(`| ${layer + 1} | ${head + 1} | ${cells.join(' | ')} |`);
    }
  });

  it('skips few sentences, and measures every pattern on many queries', () => {
    const { sentencesRead, sentencesAnalysed } = measured.heldOut;
    expect(sentencesAnalysed).toBeGreaterThan(0.9 * sentencesRead);
    for (const head of measured.heads) {
      for (const p of PATTERNS) expect(head.metrics[p].queries).toBeGreaterThan(500);
    }
  });
});
