// The README states the trained model's size and quality; they must be the model card's figures,
// which tools/trainer/report.js computes from the shipped weights.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const readme = read('../../README.md').replace(/\s+/g, ' ');
const card = JSON.parse(read('../../public/models/brown-tiny/card.json')) as {
  parameterCount: number;
  vocabularySize: number;
  vocabularyMinCount: number;
  validation: { perplexity: number };
  unigramBaseline: { perplexity: number };
};

describe('the README on the trained model', () => {
  it('gives the card’s size, vocabulary and perplexities', () => {
    const n = (x: number) => x.toLocaleString('en-US');
    expect(readme).toContain(`${n(card.parameterCount)} parameters`);
    expect(readme).toContain(
      `${n(card.vocabularySize - 2)} words used at least ${String(card.vocabularyMinCount)} times`,
    );
    expect(readme).toContain(`Validation perplexity ${card.validation.perplexity.toFixed(1)}`);
    expect(readme).toContain(`against ${card.unigramBaseline.perplexity.toFixed(1)} for a unigram`);
  });
});

describe('the training loss', () => {
  it('is one figure under one name in model.json, card.json and the model card', () => {
    const model = JSON.parse(read('../../public/models/brown-tiny/model.json')) as {
      training: Record<string, unknown>;
    };
    const cardJson = JSON.parse(read('../../public/models/brown-tiny/card.json')) as Record<
      string,
      unknown
    >;
    const markdown = read('../../public/models/brown-tiny/MODEL_CARD.md');
    const fromModel = model.training.trainingLossLast100Steps;
    if (typeof fromModel !== 'number') throw new Error('model.json lacks trainingLossLast100Steps');
    expect(cardJson.trainingLossLast100Steps).toBe(Math.round(fromModel * 1e4) / 1e4);
    expect(markdown).toContain(`\`trainingLossLast100Steps\``);
    expect(markdown).toContain(`: ${fromModel.toFixed(4)}.`);
    // No second, differently computed figure under another name.
    expect(model.training).not.toHaveProperty('finalTrainingLoss');
    expect(cardJson).not.toHaveProperty('finalTrainingLoss');
  });
});
