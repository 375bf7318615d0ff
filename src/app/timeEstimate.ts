// The overview's time estimate, counted from the steps as they are rendered, so it follows the
// prose when the prose changes: words always in view and words inside "Go deeper" separately, at
// the manifest's reading rate, plus its allowance for each figure and for the quiz.
import type { TimeAllowances } from '../../content/self-attention/lesson';
import type { LessonStep } from './lessonSteps';

export interface TimeEstimate {
  /** Words always in view (a "Go deeper" summary line counts; what it hides does not). */
  readonly readingWords: number;
  /** Words inside the "Go deeper" disclosures. */
  readonly deeperWords: number;
  /** Figures other than the quiz. */
  readonly figures: number;
  readonly readingMinutes: number;
  readonly figureMinutes: number;
  readonly quizMinutes: number;
  /** The sum of the three parts above, as they are shown. */
  readonly totalMinutes: number;
  readonly deeperMinutes: number;
}

const GO_DEEPER = /<details\b[^>]*\bclass="[^"]*\bgo-deeper\b[^"]*"[^>]*>([\s\S]*?)<\/details>/g;
const SUMMARY = /<summary\b[^>]*>([\s\S]*?)<\/summary>/;

/** Words in a piece of rendered HTML: runs of non-space text with a letter or digit in them. */
export function countWords(html: string): number {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    // An entity (&rsquo;) joins the word it sits in, and alone is no word.
    .replace(/&[#a-z0-9]+;/gi, '’');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Splits rendered prose into what is always in view and what "Go deeper" hides. */
export function splitProse(html: string): { visible: string; deeper: string } {
  const deeper: string[] = [];
  const visible = html.replace(GO_DEEPER, (_, inner: string) => {
    const summary = SUMMARY.exec(inner);
    deeper.push(summary ? inner.replace(summary[0], ' ') : inner);
    return ` ${summary?.[1] ?? ''} `;
  });
  return { visible, deeper: deeper.join(' ') };
}

export function estimateTime(
  steps: readonly LessonStep[],
  allowances: TimeAllowances,
  quizFigure = 'quiz',
): TimeEstimate {
  let readingWords = 0;
  let deeperWords = 0;
  let figures = 0;
  let hasQuiz = false;
  for (const step of steps) {
    for (const block of step.blocks) {
      if (block.kind === 'prose') {
        const { visible, deeper } = splitProse(block.html);
        readingWords += countWords(visible);
        deeperWords += countWords(deeper);
      } else if (block.id === quizFigure) {
        hasQuiz = true;
      } else {
        figures += 1;
      }
    }
  }
  const minutes = (words: number) => Math.round(words / allowances.wordsPerMinute);
  const readingMinutes = minutes(readingWords);
  const figureMinutes = Math.round(figures * allowances.minutesPerFigure);
  const quizMinutes = hasQuiz ? allowances.quizMinutes : 0;
  return {
    readingWords,
    deeperWords,
    figures,
    readingMinutes,
    figureMinutes,
    quizMinutes,
    totalMinutes: readingMinutes + figureMinutes + quizMinutes,
    deeperMinutes: minutes(deeperWords),
  };
}

/** The estimate as a short line (the total) and a smaller second line (its parts). */
export interface EstimateWords {
  /** "About 33 minutes". */
  readonly total: string;
  /** The parts it adds up, and what "Go deeper" adds on top. */
  readonly breakdown: string;
}

/** The estimate in words: the total first, then what it counts, so a learner can judge it. */
export function describeEstimate(estimate: TimeEstimate): EstimateWords {
  const { readingMinutes, figureMinutes, quizMinutes, totalMinutes, deeperMinutes } = estimate;
  const parts = [
    `${readingMinutes} min reading`,
    `${figureMinutes} with the ${estimate.figures === 1 ? 'figure' : `${estimate.figures} figures`}`,
    ...(quizMinutes > 0 ? [`${quizMinutes} for the quiz`] : []),
  ];
  const deeper = deeperMinutes > 0 ? `; ${deeperMinutes} more with every “Go deeper” open` : '';
  return {
    total: `About ${totalMinutes} minutes`,
    breakdown: `${parts.join(', ')}${deeper}.`,
  };
}
