// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RelationshipsFigure from './RelationshipsFigure.svelte';

describe('RelationshipsFigure', () => {
  it('lists the chosen word’s relationships and follows a new choice', async () => {
    const { container } = render(RelationshipsFigure);
    const list = () => container.querySelector('.relation-list')?.textContent ?? '';
    expect(list()).toContain('Who sat?');
    expect(container.innerHTML).toMatchSnapshot();
    await fireEvent.click(screen.getByRole('button', { name: 'The' }));
    expect(list()).toContain('Which cat?');
    expect(screen.getByRole('button', { name: 'The' }).getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(screen.getByRole('radio', { name: /on the floor/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'floor' }));
    expect(list()).toContain('On what?');
  });
});
