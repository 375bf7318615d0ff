// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import PathChain from './PathChain.svelte';
import { normalisedHtml } from '../../../testing/normalisedHtml';

const words = ['The', 'cat', 'sat', 'down'];

describe('PathChain', () => {
  it('highlights the j − i links of the RNN path and draws attention’s single arc', async () => {
    const { container } = render(PathChain, {
      props: { words, from: 0, to: 3, causal: false, idPrefix: 'test' },
    });
    expect(container.querySelectorAll('line.on-path')).toHaveLength(3);
    expect(container.querySelectorAll('path.attention-arc')).toHaveLength(1);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'The sentence as a chain: the RNN path from The to down takes 3 steps; attention takes 1 step.',
    );
    await expect(await normalisedHtml(container.innerHTML)).toMatchFileSnapshot(
      './__snapshots__/PathChain.rnn-path.html',
    );
  });

  it('has no path backwards through the RNN, nor through causal attention', () => {
    const { container } = render(PathChain, {
      props: { words, from: 3, to: 0, causal: true, idPrefix: 'test' },
    });
    expect(container.querySelectorAll('line.on-path')).toHaveLength(0);
    expect(container.querySelectorAll('path.attention-arc')).toHaveLength(0);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('takes no steps');
  });
});
