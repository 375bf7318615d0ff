// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ruleJson from '../../../../content/self-attention/attention-rule.json';
import tableJson from '../../../data/word-classes.json';
import { parseAttentionRule } from '../../../engine/attentionRule';
import { lessonAttention } from '../../../engine/lessonAttention';
import { WORD_CLASSES, parseWordTable } from '../../../engine/wordFeatures';
import RowReadout from './RowReadout.svelte';

const table = parseWordTable(tableJson);
const rule = parseAttentionRule(ruleJson);

function readout(sentence: string, query: number) {
  const result = lessonAttention(sentence, table, rule);
  return render(RowReadout, {
    props: { words: result.words, head: result.head, causal: false, query },
  }).container;
}

const formula = (container: HTMLElement) =>
  container.querySelector('.formula')?.textContent.replaceAll('\u00a0', ' ');

describe('RowReadout', () => {
  it('counts the word classes it leaves out of the value table', () => {
    const container = readout('The cat sat down', 2);
    const shown = container.querySelectorAll('table.value-table tbody tr').length;
    const left = WORD_CLASSES.length - shown;
    expect(left).toBeGreaterThan(1);
    expect(container.querySelector('p.hint')?.textContent).toBe(
      `${left} word classes are left out: below 0.005 in every column.`,
    );
  });

  it('says how many keys its table shows when a long sentence has more', () => {
    const container = readout('the old cat sat down on a mat while the big dog ran far away', 3);
    expect(container.querySelector('.figure-caption')?.textContent.trim()).toBe(
      'Value vectors of the keys (the 8 with the largest weights), and the output of “sat”, by word class',
    );
    // The formula keeps each term together with no-break spaces; read here as plain spaces.
    expect(formula(container)).toMatch(/^output\(sat\) = .* \+ …$/);
  });

  it('names which occurrence a repeated word is, in the heading, formula and columns', () => {
    const container = readout('the cat saw the cat', 4);
    expect(container.querySelector('h4')?.textContent).toBe('What the 2nd “cat” attends to');
    expect(formula(container)).toContain('output(cat (2nd)) = ');
    const heads = [...container.querySelectorAll('thead th')].map(
      (th) => th.firstChild?.textContent,
    );
    expect(heads).toContain('v(cat (1st))');
    expect(heads).toContain('v(cat (2nd))');
  });
});
