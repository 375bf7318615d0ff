// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quizQuestions } from '../../../../content/self-attention/quiz';
import ruleJson from '../../../../content/self-attention/attention-rule.json';
import tableJson from '../../../data/word-classes.json';
import { matrixView } from '../../../app/quiz/quizFacts';
import { parseAttentionRule } from '../../../engine/attentionRule';
import { parseWordTable } from '../../../engine/wordFeatures';
import { lessonSettings } from '../../state/lessonSettings.svelte';
import MatrixQuestion from './MatrixQuestion.svelte';
import { openQuizAt, resetQuizTest, statusText } from './quizFigureTesting';
import { normalisedHtml } from '../../../testing/normalisedHtml';

afterEach(resetQuizTest);

const table = parseWordTable(tableJson);
const rule = parseAttentionRule(ruleJson);
const question = quizQuestions.find((q) => q.id === 'matrix-argmax');
if (question?.kind !== 'matrix') throw new Error('no matrix question');
const view = (causal: boolean, temperature: number) =>
  matrixView('The cat sat down', 'sat', table, rule, { causal, temperature });

describe('MatrixQuestion', () => {
  it('offers the row of “sat” as a radio group, a number in every cell', async () => {
    const onAnswer = vi.fn();
    const { container } = render(MatrixQuestion, {
      props: {
        question,
        view: view(false, 1),
        values: { sentence: 'The cat sat down', query: '“sat”' },
        settingsNote: 'Your Step 5 settings: the defaults.',
        answer: null,
        onAnswer,
      },
    });
    const group = screen.getByRole('group', { name: /which key does “sat” attend to most/ });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['0', '1', '2', '3']);
    const cat = within(group).getByRole('radio', { name: '“sat” to “cat”: 0.41' });
    await fireEvent.click(cat);
    expect(onAnswer).toHaveBeenCalledWith({ kind: 'matrix', key: 1 });
    expect(container.querySelectorAll('tbody td')).toHaveLength(16);
    await expect(await normalisedHtml(container.innerHTML)).toMatchFileSnapshot(
      './__snapshots__/MatrixQuestion.sat-row.html',
    );
  });

  it('follows the learner’s Step 5 settings, and the right cell is the engine’s argmax', async () => {
    lessonSettings.causal = true;
    lessonSettings.sharpnessStep = 4;
    await openQuizAt('matrix-argmax');
    expect(screen.getByText(/causal mask on/).textContent).toContain('sharpness ×4');
    const expected = view(true, 0.25);
    const best = expected.best[0] ?? -1;
    const masked = screen.getByRole('radio', { name: /“sat” to “down”: 0\.00 \(masked\)/ });
    await fireEvent.click(masked);
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(statusText()).toContain('the causal mask hides it: its weight is exactly 0');
    await fireEvent.click(screen.getByRole('radio', { name: /^“sat” to “sat”/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(statusText()).toContain('The diagonal does not always win');
    const weight = expected.weights[2]?.[best]?.toFixed(2) ?? '';
    const word = expected.words[best] ?? '';
    await fireEvent.click(screen.getByRole('radio', { name: `“sat” to “${word}”: ${weight}` }));
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(statusText()).toContain(
      `Right: “sat” gives “${word}” ${weight}, the largest weight in its row.`,
    );
  });
});
