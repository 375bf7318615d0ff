// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { trainedModelMessages } from '../../../../content/self-attention/figureMessages/trainedModel';
import { parseTinyModel } from '../../../engine/modelFile';
import { encodeSentence, runTinyModel } from '../../../engine/transformer';
import TrainedModelView from './TrainedModelView.svelte';

// jsdom's URL cannot resolve file: URLs, so the path is joined by hand.
const file = (name: string) =>
  join(import.meta.dirname, '../../../../public/models/brown-tiny', name);
const bytes = readFileSync(file('weights.bin'));
const model = parseTinyModel(
  JSON.parse(readFileSync(file('model.json'), 'utf8')),
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
);
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const paragraphs = (container: HTMLElement) => [...container.querySelectorAll('p')].map(text);

// jsdom draws no canvas; the head overview then skips its thumbnails, as it is written to.
beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

const props = (sentence: string, chosen: { layer?: number; head?: number } = {}) => ({
  model,
  sentence,
  layer: chosen.layer ?? 0,
  head: chosen.head ?? 0,
  selectedQuery: 2,
  onChooseHead: vi.fn(),
  onSelectQuery: vi.fn(),
});

describe('TrainedModelView', () => {
  it('describes the model from its files: layers, heads and parameters', () => {
    const { container } = render(TrainedModelView, props('The cat sat down'));
    const { layers, heads } = model.config;
    expect(paragraphs(container)).toContain(
      trainedModelMessages.intro(layers, heads, model.parameterCount),
    );
    expect(text(container.querySelector('.table-caption'))).toContain(
      trainedModelMessages.tableCaption(1, 1, 'The cat sat down'),
    );
  });

  it('names each layer and head once, so no thumbnail carries a label that wraps on a phone', () => {
    const { container } = render(TrainedModelView, props('The cat sat down'));
    const { layers, heads } = model.config;
    const buttons = [...container.querySelectorAll('.head-grid button')];
    expect(buttons).toHaveLength(layers * heads);
    // The buttons' names say both; their visible text is none (the grid's row and column say it).
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toContain('Layer 2, head 3');
    expect(buttons.every((b) => text(b) === '')).toBe(true);
    const labels = [...container.querySelectorAll('.head-grid > span')].map(text);
    const expected = [
      'Head',
      ...Array.from({ length: heads }, (_, k) => String(k + 1)),
      ...Array.from({ length: layers }, (_, l) => `Layer ${l + 1}`),
    ];
    expect([...labels].sort()).toEqual(expected.sort());
  });

  it('steps through the chosen head with the d_k and scale the engine used', async () => {
    const chooser = props('The cat sat down');
    render(TrainedModelView, chooser);
    await fireEvent.click(screen.getByRole('button', { name: 'Layer 2, head 3' }));
    expect(chooser.onChooseHead).toHaveBeenCalledWith(1, 2);
    cleanup();
    const { container } = render(
      TrainedModelView,
      props('The cat sat down', { layer: 1, head: 2 }),
    );
    const attention = runTinyModel(model, encodeSentence(model, 'The cat sat down').ids).layers[1]
      ?.attention;
    if (!attention) throw new Error('no second layer');
    const stepThrough = text(container.querySelector('.step-through'));
    expect(stepThrough).toContain(
      `d_k = ${attention.dK}, so √d_k = ${Math.sqrt(attention.dK).toFixed(3)}; temperature T = 1`,
    );
    expect(stepThrough).toContain(`multiplied by ${attention.scale.toFixed(4)}.`);
    expect(text(container.querySelector('.table-caption'))).toContain(
      trainedModelMessages.tableCaption(2, 3, 'The cat sat down'),
    );
  });

  it('names the words outside the vocabulary and the words cut by the context', () => {
    const words = model.config.contextLength + 6;
    const long = Array.from({ length: words }, () => 'the').join(' ');
    const unknown = render(TrainedModelView, props('The zzyzx sat'));
    expect(paragraphs(unknown.container)).toContain(
      trainedModelMessages.unknownWords(model.config.vocabSize, ['zzyzx']),
    );
    unknown.unmount();
    const cut = render(TrainedModelView, props(long));
    expect(text(screen.getByRole('status'))).toBe(
      trainedModelMessages.wordsCut(
        model.config.contextLength - 1,
        words - (model.config.contextLength - 1),
      ),
    );
    cut.unmount();
  });
});
