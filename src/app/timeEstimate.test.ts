import { describe, expect, it } from 'vitest';
import { lesson } from '../../content/self-attention/lesson';
import { steps } from './lesson';
import type { LessonStep } from './lessonSteps';
import { countWords, describeEstimate, estimateTime, splitProse } from './timeEstimate';

const allowances = { wordsPerMinute: 100, minutesPerFigure: 2, quizMinutes: 5 };
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const stepOf = (html: string, figures: string[] = []): LessonStep => ({
  number: 1,
  slug: 'one',
  title: 'One',
  blocks: [
    { kind: 'prose', html },
    ...figures.map((id) => ({ kind: 'figure' as const, id: id as 'quiz' })),
  ],
});

describe('the time estimate', () => {
  it('counts words in HTML, not tags, entities or lone punctuation', () => {
    expect(countWords('<p>The <strong>cat</strong> sat &mdash; down.</p>')).toBe(4);
    expect(countWords('<p>the learner&rsquo;s turn</p>')).toBe(3);
    expect(countWords('<ul><li>0.41</li><li>“cat”</li></ul>')).toBe(2);
  });

  it('keeps what "Go deeper" hides apart, but counts its summary line as in view', () => {
    const html = `<p>${words(10)}</p><details class="go-deeper"><summary>Go deeper: why</summary><p>${words(30)}</p></details><p>${words(5)}</p>`;
    const { visible, deeper } = splitProse(html);
    expect(countWords(visible)).toBe(10 + 3 + 5);
    expect(countWords(deeper)).toBe(30);
  });

  it('changes when the word count changes', () => {
    const short = estimateTime([stepOf(`<p>${words(300)}</p>`, ['a', 'b', 'quiz'])], allowances);
    const long = estimateTime([stepOf(`<p>${words(900)}</p>`, ['a', 'b', 'quiz'])], allowances);
    expect(short).toMatchObject({
      readingWords: 300,
      readingMinutes: 3,
      figures: 2,
      figureMinutes: 4,
      quizMinutes: 5,
      totalMinutes: 12,
    });
    expect(long.readingMinutes).toBe(9);
    expect(long.totalMinutes).toBe(18);
  });

  it('says what it counts, and adds up', () => {
    const html = `<p>${words(1200)}</p><details class="go-deeper"><summary>Go deeper: more</summary><p>${words(400)}</p></details>`;
    const estimate = estimateTime([stepOf(html, ['a', 'quiz'])], allowances);
    // A short line for the total, and its parts as a smaller second line.
    expect(describeEstimate(estimate)).toEqual({
      total: 'About 19 minutes',
      breakdown:
        '12 min reading, 2 with the figure, 5 for the quiz; 4 more with every “Go deeper” open.',
    });
  });

  it('counts the lesson’s own steps, at the manifest’s rates', () => {
    const estimate = estimateTime(steps, lesson.timeAllowances);
    expect(estimate.readingWords).toBeGreaterThan(500);
    expect(estimate.quizMinutes).toBe(lesson.timeAllowances.quizMinutes);
    expect(estimate.figures).toBe(
      steps.flatMap((s) => s.blocks).filter((b) => b.kind === 'figure' && b.id !== 'quiz').length,
    );
  });
});
