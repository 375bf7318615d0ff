// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { lessonSettings, defaultSettings } from '../../state/lessonSettings.svelte';
import QkvRetrievalFigure from './QkvRetrievalFigure.svelte';
import { normalisedHtml } from '../../../testing/normalisedHtml';
import { wordTableShown } from '../../../testing/lessonData';

afterEach(() => {
  Object.assign(lessonSettings, defaultSettings());
});

describe('QkvRetrievalFigure', () => {
  it('shows the query of “sat”, then keys, scores and the output, stage by stage', async () => {
    const { container } = render(QkvRetrievalFigure);
    await wordTableShown();
    screen.getByText('Which token is asking?');
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
    expect(container.textContent).toContain(
      '“sat” looks most for a noun and a pronoun (3.00 each), then, more weakly, for an adverb and a particle (2.00 each).',
    );
    await expect(await normalisedHtml(container.innerHTML)).toMatchFileSnapshot(
      './__snapshots__/QkvRetrievalFigure.query-stage.html',
    );
    const next = screen.getByRole('button', { name: 'Next stage' });
    await fireEvent.click(next);
    expect(container.querySelector('.stage-now')?.textContent).toContain('Stage 2 of 4');
    // The keys stand beside the query, one column per token, one row per word class.
    const heads = [...container.querySelectorAll('table.qkv-table thead th')].map((th) =>
      th.textContent.trim(),
    );
    expect(heads).toEqual([
      'Word class',
      'Query of “sat”',
      'Key of “The”',
      'Key of “cat”',
      'Key of “sat”',
      'Key of “down”',
    ]);
    expect(container.querySelectorAll('table.qkv-table tbody tr')).toHaveLength(11);
    await fireEvent.click(next);
    await fireEvent.click(next);
    expect(screen.getByRole('heading', { name: 'What “sat” attends to' })).toBeTruthy();
    expect(next.hasAttribute('disabled')).toBe(true);
  });

  it('puts the query of every token into words from its numbers, not the words typed for “sat”', async () => {
    const { container } = render(QkvRetrievalFigure);
    await wordTableShown();
    screen.getByText('Which token is asking?');
    await fireEvent.click(screen.getByRole('button', { name: 'cat' }));
    const text = container.textContent;
    expect(text).toContain(
      '“cat” looks only for a determiner, a verb and an adjective (2.00 each).',
    );
    expect(text).not.toContain('looking for a noun');
    expect(text).not.toContain('mostly a');
  });

  it('names a repeated word by its position wherever it lists the keys', async () => {
    lessonSettings.sentence = 'the cat saw the dog';
    const { container } = render(QkvRetrievalFigure);
    await wordTableShown();
    screen.getByText('Which token is asking?');
    const next = screen.getByRole('button', { name: 'Next stage' });
    await fireEvent.click(next);
    const keyHeads = () =>
      [...container.querySelectorAll('thead th.key-head')].map((th) => th.textContent.trim());
    expect(keyHeads()).toEqual([
      'Key of “the (1st)”',
      'Key of “cat”',
      'Key of “saw”',
      'Key of “the (2nd)”',
      'Key of “dog”',
    ]);
    await fireEvent.click(next);
    const rowHeads = [...container.querySelectorAll('tbody th.key-head')].map((th) =>
      th.textContent.trim(),
    );
    expect(rowHeads).toEqual(['the (1st)', 'cat', 'saw', 'the (2nd)', 'dog']);
  });

  it('marks a word the word list does not have with *, and says it has the rare-word profile', async () => {
    lessonSettings.sentence = 'The cat glimmered';
    const { container } = render(QkvRetrievalFigure);
    await wordTableShown();
    screen.getByText('Which token is asking?');
    const picked = screen.getByRole('button', {
      // jsdom's accessible name drops the space a browser keeps
      name: /^glimmered ?\(not in the word list\)$/,
    });
    expect(picked.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('#qkv-query-caption')?.textContent).toContain('“glimmered”*');
    expect(container.textContent).toContain(
      '“glimmered” (marked *) is not in the corpus word list, so it gets the profile of rare words',
    );
    expect(container.textContent).not.toContain('is mostly a noun in the corpus');
    await fireEvent.click(screen.getByRole('button', { name: 'Next stage' }));
    expect(container.textContent).toContain(
      'we do not have). Tokens marked * are not in the corpus word list',
    );
    const keyHeads = [...container.querySelectorAll('table.qkv-table thead th.key-head')];
    expect(keyHeads.map((th) => th.textContent.trim())).toEqual([
      'Key of “The”',
      'Key of “cat”',
      'Key of “glimmered”* (not in the word list)',
    ]);
  });
});
