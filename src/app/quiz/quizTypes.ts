import type { QuizShuffle } from './quizShuffle';
// The shape of the quiz, after Khan Academy's Perseus: every choice carries its text, whether it is
// correct and a rationale shown when it is chosen; hints are progressive and the last one gives
// the answer. Text may hold {placeholders}, filled at run time with numbers from the engine.

/** A hint; the last hint of a question, and only that one, has `givesAnswer: true`. */
export interface Hint {
  readonly text: string;
  readonly givesAnswer?: true;
}

export interface Choice {
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  /** Shown when the learner has chosen this choice and pressed Check. */
  readonly rationale: string;
}

interface QuestionBase {
  readonly id: string;
  /** An objective id from the lesson manifest. */
  readonly objective: string;
  readonly prompt: string;
  readonly hints: readonly Hint[];
}

/** One right choice, as radio buttons. */
export interface SingleChoiceQuestion extends QuestionBase {
  readonly kind: 'single';
  readonly choices: readonly Choice[];
}

/** Every right choice and no wrong one, as checkboxes. */
export interface MultipleChoiceQuestion extends QuestionBase {
  readonly kind: 'multiple';
  readonly choices: readonly Choice[];
}

/**
 * Choose the key a query attends to most, in the quiz's own matrix for `sentence` with the
 * learner's Step 5 settings. The choices are the cells of the query's row, so their rationales
 * are templates: {query}, {key}, {weight}, {best}, {bestWeight}.
 */
export interface MatrixQuestion extends QuestionBase {
  readonly kind: 'matrix';
  readonly sentence: string;
  readonly queryWord: string;
  readonly rationales: {
    /** A cell with the row's largest weight. */
    readonly correct: string;
    /** Any other visible cell. */
    readonly wrong: string;
    /** The query's own cell, when it is not the largest: the diagonal need not win. */
    readonly self: string;
    /** A cell hidden by the causal mask. */
    readonly masked: string;
  };
}

export interface OrderItem {
  readonly id: string;
  readonly text: string;
  /** Why the item stands where it does; shown when it is out of place. */
  readonly rationale: string;
}

/** Put the items in order; `items` is the right order. The first order shown is shuffled. */
export interface OrderQuestion extends QuestionBase {
  readonly kind: 'order';
  readonly items: readonly OrderItem[];
  readonly rationales: { readonly correct: string; readonly wrong: string };
}

/**
 * A number: the softmax weight of `scores[target]`, computed by the engine at run time and
 * accepted within ± `tolerance`. Templates may use {scores}, {expected}, {exps}, {sum},
 * {tolerance}, {given}, {linearShare}.
 */
export interface NumberQuestion extends QuestionBase {
  readonly kind: 'number';
  readonly scores: readonly number[];
  readonly target: number;
  readonly tolerance: number;
  readonly decimals: number;
  readonly inputLabel: string;
  readonly rationales: {
    readonly correct: string;
    readonly wrong: string;
    /** The score divided by the sum of the scores, without exponentials. */
    readonly linearShare: string;
    /** The weight of another score. */
    readonly otherWeight: string;
  };
}

export type Question =
  SingleChoiceQuestion | MultipleChoiceQuestion | MatrixQuestion | OrderQuestion | NumberQuestion;

export type QuestionKind = Question['kind'];

/** What the learner has answered, tagged with the kind of question it answers. */
export type QuizAnswer =
  | { readonly kind: 'single'; readonly choice: string }
  | { readonly kind: 'multiple'; readonly choices: readonly string[] }
  | { readonly kind: 'matrix'; readonly key: number }
  | { readonly kind: 'order'; readonly items: readonly string[] }
  | { readonly kind: 'number'; readonly text: string };

/** One question's saved progress. */
export interface QuestionProgress {
  readonly answer: QuizAnswer | null;
  /** Whether `answer` has been checked since it last changed: its feedback is shown. */
  readonly checked: boolean;
  /** Checks of a complete answer. */
  readonly tries: number;
  readonly hintsShown: number;
  /** Decided at the first check: right, with no hint shown before it. Null until then. */
  readonly firstTry: boolean | null;
  readonly solved: boolean;
}

export interface QuizState {
  readonly version: 2;
  /** Decides the order of every question's choices (see quizShuffle.ts). */
  readonly shuffle: QuizShuffle;
  /** Index of the question on screen. */
  readonly current: number;
  readonly finished: boolean;
  readonly questions: Readonly<Record<string, QuestionProgress>>;
}
