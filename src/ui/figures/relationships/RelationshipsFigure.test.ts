// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import content from '../../../../content/self-attention/relationships.json';
import { parseRelationships } from '../../../app/relationships';
import RelationshipsFigure from './RelationshipsFigure.svelte';
import { normalisedHtml } from '../../../testing/normalisedHtml';
import { withoutResizeObserver } from '../../../testing/resizeObserver';

withoutResizeObserver();

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

  it('draws one labelled, directed arc per related pair, the pair read both ways as one', async () => {
    const { container } = render(RelationshipsFigure);
    const arcs = () => [...container.querySelectorAll('g.relation-arc')];
    const pairs = (relations: { from: number; to: number }[]) =>
      new Set(relations.map((r) => `${Math.min(r.from, r.to)}-${Math.max(r.from, r.to)}`));
    for (const sentence of parseRelationships(content).sentences) {
      await fireEvent.click(
        screen.getByRole('radio', { name: new RegExp(sentence.words.join(' ')) }),
      );
      const drawn = arcs().map((g) => g.getAttribute('data-pair'));
      expect([...drawn].sort()).toEqual([...pairs([...sentence.relations])].sort());
      for (const g of arcs()) {
        expect(g.querySelectorAll('path')).toHaveLength(1);
        const path = g.querySelector('path');
        expect(path?.getAttribute('marker-end') ?? path?.getAttribute('marker-start')).toMatch(
          /arrow/,
        );
        expect(g.querySelector('text')?.textContent.trim()).not.toBe('');
        // No dashes: every arc is drawn the same way.
        expect(path?.getAttribute('stroke-dasharray')).toBeNull();
      }
    }
    // "cat" and "sat" are read both ways: one arc, an arrowhead at each end, both questions.
    await fireEvent.click(screen.getByRole('radio', { name: /sat down/ }));
    const catSat = container.querySelector('g[data-pair="1-2"]');
    expect(catSat?.querySelector('path')?.getAttribute('marker-start')).toMatch(/arrow/);
    expect(catSat?.querySelector('path')?.getAttribute('marker-end')).toMatch(/arrow/);
    expect([...(catSat?.querySelectorAll('text') ?? [])].map((t) => t.textContent)).toEqual([
      '← Who sat?',
      'What did the cat do? →',
    ]);
  });
});
