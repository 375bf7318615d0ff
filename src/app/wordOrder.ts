// Shuffling a sentence and comparing attention before and after: the evidence behind "attention
// alone ignores word order".
import { get, type Matrix } from '../engine/matrix';

/**
 * A random order of 0 … n−1 (Fisher–Yates) that differs from the original whenever n ≥ 2.
 * `order[k]` is the original position of the word now at position k.
 */
export function shuffledOrder(n: number, random: () => number = Math.random): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  if (n < 2) return order;
  do {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? j, order[i] ?? i];
    }
  } while (order.every((value, i) => value === i));
  return order;
}

export interface OrderComparison {
  /** Largest |shuffled[k][l] − original[order[k]][order[l]]| over all pairs. */
  readonly maxDifference: number;
  /** Pairs whose weight changed by more than rounding noise. */
  readonly changedPairs: number;
  readonly pairs: number;
}

/** Compares each pair of words' weight in the shuffled sentence with the same pair's original. */
export function compareUnderShuffle(
  original: Matrix,
  shuffled: Matrix,
  order: readonly number[],
): OrderComparison {
  const n = order.length;
  if (original.rows !== n || shuffled.rows !== n) {
    throw new Error(
      `order has ${n} positions but the matrices have ${original.rows} and ${shuffled.rows} rows`,
    );
  }
  let maxDifference = 0;
  let changedPairs = 0;
  for (let k = 0; k < n; k++) {
    for (let l = 0; l < n; l++) {
      const before = get(original, order[k] ?? k, order[l] ?? l);
      const difference = Math.abs(get(shuffled, k, l) - before);
      maxDifference = Math.max(maxDifference, difference);
      if (difference > 1e-12) changedPairs++;
    }
  }
  return { maxDifference, changedPairs, pairs: n * n };
}
