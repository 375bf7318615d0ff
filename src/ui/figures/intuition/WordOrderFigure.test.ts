// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import WordOrderFigure from './WordOrderFigure.svelte';
import { wordTableShown } from '../../../testing/lessonData';

const captions = (container: HTMLElement) =>
  [...container.querySelectorAll('.table-caption')].map((c) => c.textContent.trim().split(':')[0]);

describe('WordOrderFigure', () => {
  it('shows a shuffled table only after a shuffle, and hides it again when put back', async () => {
    const { container } = render(WordOrderFigure);
    await wordTableShown();
    screen.getAllByRole('table');
    // Before a shuffle a "shuffled" table would only repeat the original.
    expect(captions(container)).toEqual(['Original order']);
    expect(container.textContent).not.toContain('Shuffled:');

    await fireEvent.click(screen.getByRole('button', { name: 'Shuffle the words' }));
    screen.getByText(/Every pair of words has (exactly )?the same weight/);
    expect(captions(container)).toEqual(['Original order', 'Shuffled order']);
    expect(container.textContent).toContain('Shuffled:');

    await fireEvent.click(screen.getByRole('button', { name: 'Put them back' }));
    expect(captions(container)).toEqual(['Original order']);
  });
});
