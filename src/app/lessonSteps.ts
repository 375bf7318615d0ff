// Turns the rendered step files into the lesson's steps, refusing content that would break the
// lesson: a missing or repeated step, a repeated slug, a missing title, an unknown figure.
import { isFigureId, type FigureId } from '../ui/figures/registry';

export type StepBlock = { kind: 'prose'; html: string } | { kind: 'figure'; id: FigureId };

export interface LessonStep {
  readonly number: number;
  readonly slug: string;
  readonly title: string;
  readonly blocks: readonly StepBlock[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Validates rendered step modules, keyed by file path, and returns them in order. */
export function validateSteps(modules: Record<string, unknown>, stepCount: number): LessonStep[] {
  const steps = Object.entries(modules).map(([path, module]) => toStep(path, module));
  const byNumber = new Map<number, LessonStep>();
  const slugs = new Set<string>();
  for (const step of steps) {
    if (byNumber.has(step.number)) throw new Error(`Step ${step.number} is defined twice.`);
    if (slugs.has(step.slug)) throw new Error(`The slug "${step.slug}" is used twice.`);
    byNumber.set(step.number, step);
    slugs.add(step.slug);
  }
  const ordered: LessonStep[] = [];
  for (let number = 1; number <= stepCount; number++) {
    const step = byNumber.get(number);
    if (!step) throw new Error(`Step ${number} is missing: no step file has "step: ${number}".`);
    ordered.push(step);
  }
  if (steps.length !== stepCount) {
    throw new Error(`Expected ${stepCount} steps, found ${steps.length}.`);
  }
  return ordered;
}

function toStep(path: string, module: unknown): LessonStep {
  if (
    typeof module !== 'object' ||
    module === null ||
    !('meta' in module) ||
    !('blocks' in module)
  ) {
    throw new Error(`${path}: not a rendered step file.`);
  }
  const meta = module.meta as Record<string, unknown>;
  const { step, slug, title } = meta;
  if (typeof step !== 'number' || !Number.isInteger(step)) {
    throw new Error(`${path}: front matter needs "step" (a whole number).`);
  }
  if (typeof slug !== 'string' || !SLUG.test(slug)) {
    throw new Error(`${path}: front matter needs "slug" (lower-case words joined by hyphens).`);
  }
  if (typeof title !== 'string' || title.trim() === '') {
    throw new Error(`${path}: front matter needs a "title".`);
  }
  const blocks = (module.blocks as { kind: string; id?: string; html?: string }[]).map(
    (block): StepBlock => {
      if (block.kind === 'figure') {
        const id = block.id ?? '';
        if (!isFigureId(id)) throw new Error(`${path}: unknown figure "${id}".`);
        return { kind: 'figure', id };
      }
      return { kind: 'prose', html: block.html ?? '' };
    },
  );
  return { number: step, slug, title, blocks };
}

/** A `<details class="go-deeper">` disclosure, its summary captured: the plugin refuses nesting. */
const GO_DEEPER =
  /<details class="go-deeper">\s*(<summary>[\s\S]*?<\/summary>)[\s\S]*?<\/details>/g;

/**
 * Which of a step's prose: what a reader sees without opening anything (a closed disclosure shows
 * its summary), only what the "Go deeper" disclosures hold, or all of it.
 */
export type ProsePart = 'visible' | 'deeper' | 'all';

/** The HTML of one part of the prose of `blocks`, in page order. */
export function proseHtml(blocks: readonly StepBlock[], part: ProsePart = 'all'): string {
  return blocks
    .map((block) => {
      if (block.kind !== 'prose') return '';
      if (part === 'visible') return block.html.replace(GO_DEEPER, ' $1 ');
      if (part === 'deeper') return [...block.html.matchAll(GO_DEEPER)].map((m) => m[0]).join('');
      return block.html;
    })
    .join('');
}

/** Prose HTML as the words a reader sees: tags dropped, entities decoded, split on white space. */
export function countWords(html: string): number {
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:quot|#39|amp|lt|gt|nbsp);/g, (entity) => (entity === '&amp;' ? '&' : "'"));
  // A word has a letter or a digit: "→" and "–" standing alone are not read as words.
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * How many words of a step's prose a reader sees at once (outside "Go deeper" disclosures, their
 * summaries included), and how many in all. Figures are blocks of their own, so their labels are
 * not counted.
 */
export function stepWordCounts(step: Pick<LessonStep, 'blocks'>): {
  visible: number;
  total: number;
} {
  return {
    visible: countWords(proseHtml(step.blocks, 'visible')),
    total: countWords(proseHtml(step.blocks, 'all')),
  };
}
