// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RelationshipsFigure from './RelationshipsFigure.svelte';
import { normalisedHtml } from '../../../testing/normalisedHtml';

describe('RelationshipsFigure', () => {
  it('lists the chosen word’s relationships and follows a new choice', async () => {
    const { container } = render(RelationshipsFigure);
    const list = () => container.querySelector('.relation-list')?.textContent ?? '';
    expect(list()).toContain('Who sat?');
    await expect(await normalisedHtml(container.innerHTML)).toMatchFileSnapshot(
      './__snapshots__/RelationshipsFigure.sat-chosen.html',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'The' }));
    expect(list()).toContain('Which cat?');
    expect(screen.getByRole('button', { name: 'The' }).getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(screen.getByRole('radio', { name: /on the floor/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'floor' }));
    expect(list()).toContain('On what?');
  });
});
