// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import StageStepper from './StageStepper.svelte';

const stages = ['First', 'Second', 'Third'];

const current = (container: HTMLElement) =>
  [...container.querySelectorAll('li')].map((li) => li.getAttribute('aria-current'));

describe('StageStepper', () => {
  it('marks the current stage, announces it, and asks for the next and previous one', async () => {
    const onStageChange = vi.fn();
    const { container, rerender } = render(StageStepper, {
      props: { stages, stage: 0, onStageChange },
    });
    expect(current(container)).toEqual(['step', null, null]);
    expect(container.querySelector('.stage-now')?.textContent).toBe('Stage 1 of 3: First.');
    const previous = screen.getByRole('button', { name: 'Previous stage' });
    const next = screen.getByRole('button', { name: 'Next stage' });
    expect(previous.hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Show all stages' })).toBeNull();
    await fireEvent.click(next);
    expect(onStageChange).toHaveBeenLastCalledWith(1);

    await rerender({ stages, stage: 1, onStageChange });
    expect(current(container)).toEqual([null, 'step', null]);
    expect([...container.querySelectorAll('li.done')].map((li) => li.textContent)).toEqual([
      'First',
      'Second',
    ]);
    expect(container.querySelector('.stage-now')?.textContent).toBe('Stage 2 of 3: Second.');
    await fireEvent.click(previous);
    expect(onStageChange).toHaveBeenLastCalledWith(0);

    await rerender({ stages, stage: 2, onStageChange });
    expect(next.hasAttribute('disabled')).toBe(true);
    expect(previous.hasAttribute('disabled')).toBe(false);
  });

  it('offers a jump to the last stage when asked to', async () => {
    const onStageChange = vi.fn();
    const { rerender } = render(StageStepper, {
      props: { stages, stage: 0, onStageChange, showAll: true },
    });
    const all = screen.getByRole('button', { name: 'Show all stages' });
    await fireEvent.click(all);
    expect(onStageChange).toHaveBeenLastCalledWith(2);
    await rerender({ stages, stage: 2, onStageChange, showAll: true });
    expect(all.hasAttribute('disabled')).toBe(true);
  });

  it('shows the current stage’s content, new for each stage, when given it', async () => {
    const children = createRawSnippet((shown: () => number) => ({
      render: () => `<p class="content">Content of stage ${String(shown() + 1)}</p>`,
    }));
    const onStageChange = vi.fn();
    const { container, rerender } = render(StageStepper, {
      props: { stages, stage: 0, onStageChange, children },
    });
    const panel = () => container.querySelector('.stage-panel');
    expect(panel()?.getAttribute('data-stage')).toBe('0');
    expect(panel()?.textContent).toBe('Content of stage 1');
    const first = panel();
    await rerender({ stages, stage: 1, onStageChange, children });
    expect(panel()?.textContent).toBe('Content of stage 2');
    // A new element, so its entrance plays again.
    expect(panel()).not.toBe(first);
  });
});
