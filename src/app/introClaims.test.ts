// What the overview and Steps 1 and 2 claim, checked against the engine, the repository and
// grammar, so a claim that is not true cannot come back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RNN_DEFAULTS } from '../engine/rnn';
import { lesson, steps } from './lesson';
import { proseHtml, type ProsePart } from './lessonSteps';

/** A step's prose as plain text (all of it, or one part): tags dropped, entities decoded. */
const proseText = (n: number, part: ProsePart = 'all') =>
  proseHtml(steps[n - 1]?.blocks ?? [], part)
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const repositoryFile = (path: string) =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** "every number … computed live" with no exception in the same sentence. */
const EVERY_NUMBER_LIVE = /every number[^.]*computed live(?![^.]*except)/i;

describe('the overview', () => {
  const introduction = lesson.introduction.join(' ');

  it('does not claim every number is computed live', () => {
    expect(introduction).not.toMatch(EVERY_NUMBER_LIVE);
    expect(introduction).toMatch(/Most numbers on these pages are computed live in your browser/);
  });

  it('names what was prepared in advance: the word table, the weights, Step 6’s head table', () => {
    expect(introduction).toMatch(/prepared in advance, by scripts .* listed in its README/);
    expect(introduction).toMatch(/word-class table drawn from the Brown corpus/);
    expect(introduction).toMatch(/weights of a small transformer trained for this lesson/);
    expect(introduction).toMatch(/Step 6’s measurements of that transformer’s heads/);
  });

  it('says the same in the README, with the command that rebuilds each', () => {
    const readme = repositoryFile('README.md');
    const firstParagraph = readme.split('\n\n')[1] ?? '';
    expect(firstParagraph.replace(/\s+/g, ' ')).not.toMatch(EVERY_NUMBER_LIVE);
    expect(firstParagraph).toMatch(/prepared in advance/);
    // Commands package.json really defines, not ones copied by hand that can go stale.
    const { scripts } = JSON.parse(repositoryFile('package.json')) as {
      scripts: Record<string, string>;
    };
    for (const name of ['words', 'train', 'heads']) {
      expect(scripts).toHaveProperty(name);
      expect(readme).toContain(`\`npm run ${name}\``);
    }
  });
});

describe('Step 1', () => {
  it('says “cat” is the subject of “sat”, not that the subject governs the verb', () => {
    const text = proseText(1);
    expect(proseText(1, 'visible')).toContain('“cat” is its subject, the one doing the sitting');
    // In grammar the verb governs its subject, not the other way round.
    expect(text).not.toMatch(/governs/);
  });
});

describe('Step 2', () => {
  const text = proseText(2);
  const visible = proseText(2, 'visible');
  const deeper = proseText(2, 'deeper');

  it('gives the figure’s default hidden size and real models’ sizes, always visible', () => {
    expect(visible).toContain(`(${RNN_DEFAULTS.hiddenSize} numbers in the figure by default;`);
    expect(visible).toContain('commonly 512 to 1,000 or more in real models');
    expect(text).not.toMatch(/a few hundred/);
  });

  it('is right that the figure’s default gain is below 1, where the RNN’s curve must fall', () => {
    expect(visible).toContain('With the gain g below 1, as by default, it must fall exponentially');
    expect(RNN_DEFAULTS.gain).toBeLessThan(1);
  });

  it('says what LSTMs and GRUs fixed and what they did not', () => {
    expect(visible).toMatch(/Gated RNNs \(the LSTM, the GRU\) ease problem 3, not the other two\./);
    expect(deeper).toMatch(/LSTM \(Hochreiter & Schmidhuber, 1997\)/);
    expect(deeper).toMatch(/GRU \(Cho et al\., 2014\)/);
    expect(deeper).toMatch(/still reads one word at a time/);
    expect(deeper).toMatch(/in a state of fixed size/);
  });

  it('says which move fixed which problem, always visible', () => {
    expect(visible).toMatch(/What fixed which\./);
    expect(visible).toMatch(/Bahdanau et al\., 2014\)[^.]*\. That eased the bottleneck\./);
    expect(visible).toMatch(
      /Vaswani et al\., 2017\)[^.]*one step long, which eases the gradient problem/,
    );
  });
});

describe('the steps’ citations', () => {
  it('are all in Step 7’s references', () => {
    const references = proseText(7).split('References')[1] ?? '';
    const cited = steps.flatMap((_, i) =>
      [
        ...proseText(i + 1).matchAll(
          /([A-Z]\p{L}+)(?: et al\.| & [A-Z]\p{L}+)?, (\d{4})(?=[),;])/gu,
        ),
      ].map(([, author, year]) => ({ author: author ?? '', year: year ?? '' })),
    );
    expect(cited.length).toBeGreaterThan(0);
    for (const { author, year } of cited) {
      expect(references, `${author} (${year})`).toMatch(new RegExp(`${author}, [^(]*\\(${year}`));
    }
  });
});
