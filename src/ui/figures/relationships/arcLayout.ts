// Step 1's arcs laid out in pixels: one arc per related pair of words (a pair read both ways is
// one arc with two arrowheads), each with its question as a label, stacked so no two labels
// overlap and an arc passes above the labels of the arcs inside it.
import type { Relation } from '../../../app/relationships';

export interface PairArc {
  /** The left and right word of the pair. */
  readonly left: number;
  readonly right: number;
  /** The relations between them: one, or two when the pair is read both ways. */
  readonly relations: readonly Relation[];
  /** An arrowhead at the left word, at the right word. */
  readonly towardsLeft: boolean;
  readonly towardsRight: boolean;
  /** The label's lines, bottom first. */
  readonly lines: readonly string[];
  /** The lowest label slot it takes (from 0, just above the words). */
  readonly slot: number;
  /** The label's centre in pixels, kept inside the figure. */
  readonly labelX: number;
}

/** Roughly the width of a label at 13 px: generous, so labels never touch. */
export const labelWidth = (text: string) => text.length * 7.2 + 10;

/** One arc per unordered pair, in the order the pairs first appear. */
export function pairArcs(relations: readonly Relation[]): Omit<PairArc, 'slot' | 'labelX'>[] {
  const pairs = new Map<string, Relation[]>();
  for (const relation of relations) {
    const key = `${Math.min(relation.from, relation.to)}-${Math.max(relation.from, relation.to)}`;
    pairs.set(key, [...(pairs.get(key) ?? []), relation]);
  }
  return [...pairs.values()].map((group) => {
    const first = group[0] as Relation;
    const left = Math.min(first.from, first.to);
    const right = Math.max(first.from, first.to);
    const towardsLeft = group.some((r) => r.to === left);
    const towardsRight = group.some((r) => r.to === right);
    // Read both ways: each question with the direction it goes, so the two never swap.
    const lines =
      group.length === 1
        ? [first.question]
        : group.map((r) => (r.to === right ? `${r.question} →` : `← ${r.question}`));
    return { left, right, relations: group, towardsLeft, towardsRight, lines };
  });
}

/**
 * Gives each arc the lowest label slot where its label fits beside the labels already placed
 * and above every arc it spans. `x` is a word's centre in pixels; `width` clamps the labels.
 */
export function stackArcs(
  arcs: readonly Omit<PairArc, 'slot' | 'labelX'>[],
  x: (word: number) => number,
  width: number,
): PairArc[] {
  const placed: { arc: PairArc; from: number; to: number }[] = [];
  const order = [...arcs].sort((a, b) => a.right - a.left - (b.right - b.left) || a.left - b.left);
  for (const arc of order) {
    const centre = (x(arc.left) + x(arc.right)) / 2;
    const half = Math.max(...arc.lines.map(labelWidth)) / 2;
    const from = Math.max(0, Math.min(width - 2 * half, centre - half));
    const to = from + 2 * half;
    const inside = placed.filter((p) => p.arc.left >= arc.left && p.arc.right <= arc.right);
    let slot = Math.max(0, ...inside.map((p) => p.arc.slot + p.arc.lines.length));
    const clashes = (s: number) =>
      placed.some(
        (p) =>
          p.from < to &&
          from < p.to &&
          s < p.arc.slot + p.arc.lines.length &&
          p.arc.slot < s + arc.lines.length,
      );
    while (clashes(slot)) slot += 1;
    placed.push({ arc: { ...arc, slot, labelX: from + half }, from, to });
  }
  return arcs.map((arc) => {
    const found = placed.find((p) => p.arc.left === arc.left && p.arc.right === arc.right);
    return found ? found.arc : { ...arc, slot: 0, labelX: 0 };
  });
}
