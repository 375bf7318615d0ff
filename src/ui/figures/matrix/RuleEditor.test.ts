// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ruleJson from '../../../../content/self-attention/attention-rule.json';
import { parseAttentionRule, ruleStrength, withStrength } from '../../../engine/attentionRule';
import RuleEditor from './RuleEditor.svelte';

const rule = parseAttentionRule(ruleJson);
const kept = ruleStrength(rule, 'verb', 'noun');

const cellName = 'How strongly a verb looks for a noun';

function openRule(): Promise<boolean> {
  const details = document.querySelector<HTMLDetailsElement>('details.rule-editor');
  if (!details) throw new Error('no rule editor');
  details.open = true;
  return fireEvent(details, new Event('toggle'));
}

async function renderEditor() {
  const onRuleChange = vi.fn();
  render(RuleEditor, { props: { rule, edited: false, onRuleChange, onReset: vi.fn() } });
  await openRule();
  const cell = await screen.findByRole('spinbutton', { name: cellName });
  const notes = () => document.querySelector('.rule-editor .input-notes')?.textContent ?? '';
  return { onRuleChange, cell, notes };
}

afterEach(cleanup);

describe('RuleEditor', () => {
  it('builds its 121 number boxes when first opened, and keeps them once built', async () => {
    render(RuleEditor, { props: { rule, edited: false, onRuleChange: vi.fn(), onReset: vi.fn() } });
    expect(screen.queryAllByRole('spinbutton')).toHaveLength(0);
    expect(document.querySelector('.rule-editor')?.textContent).toContain(rule.note);
    await openRule();
    expect(await screen.findAllByRole('spinbutton')).toHaveLength(121);
    const details = document.querySelector<HTMLDetailsElement>('details.rule-editor');
    if (details) details.open = false;
    if (details) await fireEvent(details, new Event('toggle'));
    expect(screen.queryAllByRole('spinbutton')).toHaveLength(121);
  });

  it('builds them for print, before the page is laid out for paper', () => {
    render(RuleEditor, { props: { rule, edited: false, onRuleChange: vi.fn(), onReset: vi.fn() } });
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.queryAllByRole('spinbutton', { hidden: true })).toHaveLength(121);
  });

  it('changes the rule when a cell gets a number in range', async () => {
    const { onRuleChange, cell, notes } = await renderEditor();
    await fireEvent.change(cell, { target: { value: '-2.5' } });
    expect(onRuleChange).toHaveBeenCalledWith(withStrength(rule, 'verb', 'noun', -2.5));
    expect(notes()).toBe('');
  });

  it('colours each cell by its strength, 0 apart from the strongest, the number kept', async () => {
    const { cell } = await renderEditor();
    const zero = screen.getByRole('spinbutton', {
      name: 'How strongly a verb looks for a determiner',
    });
    const strong = cell.closest('td')?.style.backgroundColor;
    expect(strong).toBeTruthy();
    expect(zero.closest('td')?.style.backgroundColor).not.toBe(strong);
    expect(cell).toHaveProperty('value', String(kept));
    expect(document.querySelector('.rule-legend')?.textContent).toContain(`up to ${String(kept)}`);
  });

  // Hostile input of issue 12, item 7. jsdom, like the browser, reports "" for a number box
  // holding text it cannot read, which the old editor took as 0.
  describe('hostile rule cells', () => {
    for (const text of ['1e', '-', '--5', '<b>5</b>', '<img src=x onerror=alert(1)>', '', '999']) {
      it(`refuses “${text}”, keeps the cell’s value and says what it needs`, async () => {
        const { onRuleChange, cell, notes } = await renderEditor();
        await fireEvent.change(cell, { target: { value: text } });
        expect(onRuleChange).not.toHaveBeenCalled();
        expect(cell).toHaveProperty('value', String(kept));
        expect(notes()).toBe(
          `“A verb looks for a noun” needs a number from −20 to 20; it stays at ${String(kept)}.`,
        );
        expect(screen.queryByText('You have edited the rule.')).toBeNull();
      });
    }
  });
});
