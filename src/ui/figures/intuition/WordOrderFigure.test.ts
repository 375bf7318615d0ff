// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import WordOrderFigure from './WordOrderFigure.svelte';
import { colourLegendMessages } from '../../../../content/self-attention/figureMessages/widgets';
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

  it("explains its tables' colours with the lesson's one legend: relative to each row", async () => {
    const { container } = render(WordOrderFigure);
    await wordTableShown();
    const legend = container.querySelector('.colour-legend');
    expect(legend?.textContent).toContain(colourLegendMessages.scale);
    const bar = screen.getByRole('img', { name: colourLegendMessages.scale });
    expect(bar.textContent).toContain(colourLegendMessages.smallest);
    expect(bar.textContent).toContain(colourLegendMessages.largest);
  });
});
