// Figures build their parts one task after another (InOwnTurn.svelte): a component test renders a
// figure and waits for every part before it reads it.
import { render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { turnsTaken } from '../ui/figureTurns';

/** `render`, then every part the figure builds in a later turn. */
export async function renderBuilt(
  ...args: Parameters<typeof render>
): Promise<ReturnType<typeof render>> {
  const rendered = render(...args);
  await turnsTaken();
  await tick();
  return rendered;
}
