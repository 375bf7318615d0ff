// The order the quiz shows its choices in. Authored quiz data lists the right choices first (easy
// to write and review); a learner must never be able to lean on that. Each learner gets a random
// seed, each retake a new attempt number, and every question's order follows from
// (seed, attempt, question id) alone, so a reload shows the same order and a retake a new one.
import { mulberry32 } from '../../engine/seededRandom';
import type { MultipleChoiceQuestion, OrderQuestion, SingleChoiceQuestion } from './quizTypes';

/** What decides the orders: saved with the quiz's progress. */
export interface QuizShuffle {
  /** A learner's random 32-bit seed, drawn once when the quiz first opens. */
  readonly seed: number;
  /** 0 for the first attempt, one more at each retake. */
  readonly attempt: number;
}

/** A fresh seed for a new learner; `crypto` is in every browser the lesson supports and in Node. */
export const randomSeed = (): number => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;

/** FNV-1a, so that each question's order is independent of the others'. */
function hashText(text: string, start: number): number {
  let hash = (start ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
}

/** Fisher–Yates with a seeded generator: every order equally likely. */
export function shuffledIds(
  ids: readonly string[],
  shuffle: QuizShuffle,
  questionId: string,
): string[] {
  const random = mulberry32(hashText(`${String(shuffle.attempt)}:${questionId}`, shuffle.seed));
  const order = [...ids];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? '', order[i] ?? ''];
  }
  return order;
}

/** The choices' ids in the order shown. */
export const choiceOrder = (
  question: SingleChoiceQuestion | MultipleChoiceQuestion,
  shuffle: QuizShuffle,
): string[] =>
  shuffledIds(
    question.choices.map((c) => c.id),
    shuffle,
    question.id,
  );

/**
 * The order an ordering question starts in: shuffled, and never already right. A shuffle that
 * lands on the right order is turned one place, which for distinct items is never right again.
 */
export function startOrder(question: OrderQuestion, shuffle: QuizShuffle): string[] {
  const right = question.items.map((item) => item.id);
  const order = shuffledIds(right, shuffle, question.id);
  const alreadyRight = order.every((id, i) => id === right[i]);
  return alreadyRight ? [...order.slice(1), ...order.slice(0, 1)] : order;
}
