// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ruleJson from '../../../../content/self-attention/attention-rule.json';
import tableJson from '../../../data/word-classes.json';
import { parseAttentionRule } from '../../../engine/attentionRule';
import { lessonAttention } from '../../../engine/lessonAttention';
import { row } from '../../../engine/matrix';
import { parseWordTable } from '../../../engine/wordFeatures';
import RowStepThrough from './RowStepThrough.svelte';

const result = lessonAttention(
  'The cat sat down',
  parseWordTable(tableJson),
  parseAttentionRule(ruleJson),
  { causal: true },
);

describe('RowStepThrough', () => {
  it('walks the softmax of one row stage by stage, with the engine’s numbers', async () => {
    const { container } = render(RowStepThrough, {
      props: { words: result.words, attention: result.attention, head: result.head, query: 2 },
    });
    expect(container.textContent).toContain(
      `d_k = 11, so √d_k = 3.317; temperature T = 1; the scores are multiplied by ${result.attention.scale.toFixed(4)}.`,
    );
    expect(container.querySelector('.stage-now')?.textContent).toBe(
      'Stage 1 of 4: Dot products q·k.',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Next stage' }));
    const scaled = [...container.querySelectorAll('table.step-table tbody tr')].map(
      (r) => r.lastElementChild?.textContent,
    );
    expect(scaled.at(-1)).toBe('−∞ (masked)');
    await fireEvent.click(screen.getByRole('button', { name: 'Show all stages' }));
    const weights = [...container.querySelectorAll('table.step-table tbody tr')].map(
      (r) => r.lastElementChild?.textContent,
    );
    expect(weights).toEqual([...row(result.head.weights, 2)].map((w) => w.toFixed(3)));
    expect(container.textContent).toContain(
      'they are the row of “sat” in the matrix above (rounded there to two decimals).',
    );
  });
});
