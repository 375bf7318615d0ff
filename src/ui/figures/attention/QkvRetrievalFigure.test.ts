// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import QkvRetrievalFigure from './QkvRetrievalFigure.svelte';

describe('QkvRetrievalFigure', () => {
  it('shows the query of “sat”, then keys, scores and the output, stage by stage', async () => {
    const { container } = render(QkvRetrievalFigure);
    await screen.findByText('Which token is asking?');
    const cells = () =>
      [...container.querySelectorAll('table.qkv-table tbody td')].map((c) => c.textContent);
    expect(cells()).toEqual([
      '0.00',
      '3.00',
      '3.00',
      '0.00',
      '0.00',
      '2.00',
      '2.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
    ]);
    expect(container.innerHTML).toMatchSnapshot();
    const next = screen.getByRole('button', { name: 'Next stage' });
    await fireEvent.click(next);
    expect(container.querySelector('.stage-now')?.textContent).toContain('Stage 2 of 4');
    expect(container.querySelectorAll('table.qkv-table tbody tr')).toHaveLength(4);
    await fireEvent.click(next);
    await fireEvent.click(next);
    expect(screen.getByRole('heading', { name: 'What “sat” attends to' })).toBeTruthy();
    expect(next.hasAttribute('disabled')).toBe(true);
  });
});
