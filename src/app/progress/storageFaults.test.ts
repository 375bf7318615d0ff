// Every hostile storage case in one place: storage that throws, is full, is null, or holds garbage
// or deeply nested JSON, for the learner's progress (with the quiz's state) and settings. Whatever
// happens, the lesson goes on and each save that does not happen is reported, once per kind.
import { describe, expect, it } from 'vitest';
import ruleJson from '../../../content/self-attention/attention-rule.json';
import { quizQuestions } from '../../../content/self-attention/quiz';
import { parseAttentionRule, withStrength } from '../../engine/attentionRule';
import { parseQuizState } from '../quiz/quizState';
import type { QuestionProgress, QuizAnswer } from '../quiz/quizTypes';
import { MAX_ANSWER_LENGTH } from '../quiz/quizState';
import { STEP_COUNT } from '../lesson';
import {
  MAX_PROGRESS_LENGTH,
  PROGRESS_KEY,
  createProgressStore,
  emptyProgress,
} from './progressStore';
import { MAX_SAVED_DEPTH, MAX_SAVED_SENTENCE, nestingDepth } from './savedJson';
import {
  MAX_SETTINGS_LENGTH,
  SETTINGS_KEY,
  createSettingsStore,
  type SavedSettings,
} from './settingsStore';

type Fault = 'none' | 'throws' | 'full';

/** A Storage backed by a Map; `fault` decides what setItem does, and can change mid-test. */
function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const control = { fault: 'none' as Fault, getItemThrows: false };
  const storage: Storage = {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => {
      if (control.getItemThrows) throw new DOMException('blocked', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key, value) => {
      if (control.fault === 'full') throw new DOMException('full', 'QuotaExceededError');
      if (control.fault === 'throws') throw new DOMException('blocked', 'SecurityError');
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
    clear: () => {
      items.clear();
    },
  };
  return { storage, control, items };
}

const blocked = (): Storage => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};
// What `window.localStorage` gives in some embedded browsers: no exception, just null.
const missing = (): Storage => null as unknown as Storage;
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('progress storage faults', () => {
  const progressStore = (getStorage: () => Storage) => createProgressStore(getStorage, STEP_COUNT);

  it('storage that throws: works in memory and reports "unavailable" once', () => {
    const store = progressStore(blocked);
    expect(store.load()).toEqual(emptyProgress);
    store.save({ visited: [1], quiz: null });
    store.reset();
    expect(store.problems).toEqual(['unavailable']);
  });

  it('storage that is null: the same, not silence', () => {
    const store = progressStore(missing);
    expect(store.load()).toEqual(emptyProgress);
    store.save({ visited: [1], quiz: null });
    expect(store.problems).toEqual(['unavailable']);
  });

  it('a full quota: reports "full" once, however many saves it refuses', () => {
    const { storage, control } = fakeStorage();
    control.fault = 'full';
    const store = progressStore(() => storage);
    store.save({ visited: [1], quiz: null });
    store.save({ visited: [1, 2], quiz: null });
    expect(store.problems).toEqual(['full']);
  });

  it('garbage: starts afresh and reports "unreadable"', () => {
    for (const garbage of ['', '{', 'null', '[]', '"x"', '{"version":1,"visited":"💥"}']) {
      const { storage } = fakeStorage({ [PROGRESS_KEY]: garbage });
      const store = progressStore(() => storage);
      expect(store.load()).toEqual(emptyProgress);
      expect(store.problems).toEqual(['unreadable']);
    }
  });

  it('10,000 nested arrays in the quiz state: unreadable, and saving works again', () => {
    const raw = `{"version":1,"visited":[1],"quiz":${nested(10_000)}}`;
    const { storage } = fakeStorage({ [PROGRESS_KEY]: raw });
    const store = progressStore(() => storage);
    const progress = store.load();
    expect(progress).toEqual(emptyProgress);
    expect(store.problems).toEqual(['unreadable']);
    store.save({ ...progress, visited: [2] });
    expect(storage.getItem(PROGRESS_KEY)).toBe('{"version":1,"visited":[2],"quiz":null}');
    expect(store.problems).toEqual(['unreadable']);
  });

  it('nesting just past the bound is unreadable; at the bound it is read', () => {
    const at = (depth: number) => `{"version":1,"visited":[],"quiz":${nested(depth - 1)}}`;
    expect(nestingDepth(at(MAX_SAVED_DEPTH))).toBe(MAX_SAVED_DEPTH);
    expect(nestingDepth(String.raw`{"note":"[[{\"[[{"}`)).toBe(1);
    const read = (raw: string) => {
      const store = progressStore(() => fakeStorage({ [PROGRESS_KEY]: raw }).storage);
      store.load();
      return store.problems;
    };
    expect(read(at(MAX_SAVED_DEPTH))).toEqual([]);
    expect(read(at(MAX_SAVED_DEPTH + 1))).toEqual(['unreadable']);
  });

  it('progress longer than the bound is unreadable', () => {
    const padding = ' '.repeat(MAX_PROGRESS_LENGTH);
    const { storage } = fakeStorage({ [PROGRESS_KEY]: `{"version":1,"visited":[1]}${padding}` });
    const store = progressStore(() => storage);
    expect(store.load()).toEqual(emptyProgress);
    expect(store.problems).toEqual(['unreadable']);
  });

  it('the largest quiz state the quiz can write is read back whole', () => {
    const answerOf = (q: (typeof quizQuestions)[number]): QuizAnswer => {
      switch (q.kind) {
        case 'single':
          return { kind: 'single', choice: q.choices[0]?.id ?? '' };
        case 'multiple':
          return { kind: 'multiple', choices: q.choices.map((c) => c.id) };
        case 'matrix':
          return { kind: 'matrix', key: 9_999 };
        case 'order':
          return { kind: 'order', items: q.items.map((i) => i.id) };
        case 'number':
          return { kind: 'number', text: '9'.repeat(MAX_ANSWER_LENGTH) };
      }
    };
    const questions: Record<string, QuestionProgress> = {};
    for (const q of quizQuestions) {
      questions[q.id] = {
        answer: answerOf(q),
        checked: true,
        tries: Number.MAX_SAFE_INTEGER,
        hintsShown: q.hints.length,
        firstTry: false,
        solved: true,
      };
    }
    const quiz = {
      version: 2,
      shuffle: { seed: 0xffffffff, attempt: Number.MAX_SAFE_INTEGER },
      current: quizQuestions.length - 1,
      finished: true,
      questions,
    };
    expect(parseQuizState(quiz, quizQuestions)).toEqual(quiz);
    const { storage } = fakeStorage();
    const visited = Array.from({ length: STEP_COUNT }, (_, i) => i + 1);
    progressStore(() => storage).save({ visited, quiz });
    // Far inside the bound, so a longer quiz still fits.
    expect((storage.getItem(PROGRESS_KEY) ?? '').length).toBeLessThan(MAX_PROGRESS_LENGTH / 4);
    const store = progressStore(() => storage);
    expect(store.load()).toEqual({ visited, quiz });
    expect(store.problems).toEqual([]);
  });
});

describe('quiz state read back', () => {
  it('refuses deeply nested or overlong answers without throwing', () => {
    const multiple = quizQuestions.find((q) => q.kind === 'multiple');
    if (!multiple) throw new Error('the quiz has no multiple-choice question');
    const state = (answer: unknown) => ({
      version: 2,
      shuffle: { seed: 1, attempt: 0 },
      current: 0,
      finished: false,
      questions: {
        [multiple.id]: {
          answer,
          checked: false,
          tries: 0,
          hintsShown: 0,
          firstTry: null,
          solved: false,
        },
      },
    });
    const deep = JSON.parse(nested(10_000)) as unknown;
    const ids = multiple.choices.map((c) => c.id);
    for (const answer of [
      deep,
      { kind: 'multiple', choices: deep },
      { kind: 'multiple', choices: [...ids, ...ids] },
      { kind: 'multiple', choices: Array.from({ length: 100_000 }, () => ids[0]) },
    ]) {
      expect(parseQuizState(state(answer), quizQuestions)).toBeNull();
    }
  });
});

describe('settings storage faults', () => {
  const defaults: SavedSettings = {
    sentence: 'The cat sat down',
    sharpnessStep: 2,
    causal: false,
    rule: null,
  };
  const settingsStore = (getStorage: () => Storage) => createSettingsStore(getStorage, defaults, 6);
  const edited = { ...defaults, sentence: 'A dog ran away', causal: true };

  it('a full quota: the sentence stays for this visit and "full" is reported once', () => {
    const { storage, control } = fakeStorage();
    const store = settingsStore(() => storage);
    store.load();
    control.fault = 'full';
    store.save(edited);
    store.save({ ...edited, sentence: 'A dog ran off' });
    expect(store.problems).toEqual(['full']);
    expect(storage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it('storage that throws or is null: defaults, and "unavailable" once', () => {
    for (const getStorage of [blocked, missing]) {
      const store = settingsStore(getStorage);
      expect(store.load()).toEqual(defaults);
      store.save(edited);
      expect(store.problems).toEqual(['unavailable']);
    }
    const { storage, control } = fakeStorage();
    control.getItemThrows = true;
    const store = settingsStore(() => storage);
    expect(store.load()).toEqual(defaults);
    expect(store.problems).toEqual(['unavailable']);
  });

  it('a sentence too long to save: reported once, the sentence saved before is kept', () => {
    const { storage } = fakeStorage();
    const store = settingsStore(() => storage);
    store.load();
    store.save(edited);
    const long = 'cat '.repeat(MAX_SAVED_SENTENCE / 4) + 'x';
    store.save({ ...edited, sentence: long, causal: false });
    store.save({ ...edited, sentence: `${long}y`, causal: false });
    expect(store.problems).toEqual(['sentenceTooLong']);
    const reread = settingsStore(() => storage);
    expect(reread.load()).toEqual({ ...edited, causal: false });
    expect(reread.problems).toEqual([]);
  });

  it('garbage, too deep or too long: unreadable, falling back field by field', () => {
    const padding = ' '.repeat(MAX_SETTINGS_LENGTH);
    for (const garbage of [
      '{',
      'null',
      '7',
      '{"sentence": 3, "rule": []',
      JSON.stringify({ sentence: 42, causal: true }),
      JSON.stringify({ sharpnessStep: 9 }),
      JSON.stringify({ rule: { x: 1 } }),
      `{"sentence":"Hi","rule":${nested(10_000)}}`,
      `{"sentence":"Hi"}${padding}`,
    ]) {
      const { storage } = fakeStorage({ [SETTINGS_KEY]: garbage });
      const store = settingsStore(() => storage);
      const loaded = store.load();
      expect(loaded.sentence).toBe(defaults.sentence);
      expect(store.problems).toEqual(['unreadable']);
    }
    // A field that is readable is kept beside one that is not.
    const { storage } = fakeStorage({
      [SETTINGS_KEY]: JSON.stringify({ sentence: 42, causal: true }),
    });
    expect(settingsStore(() => storage).load()).toEqual({ ...defaults, causal: true });
  });

  it('the longest settings the lesson saves are read back whole', () => {
    // Control characters are written as \u0000, six characters each: the worst case.
    const sentence = '\u0000'.repeat(MAX_SAVED_SENTENCE);
    const rule = withStrength(parseAttentionRule(ruleJson), 'verb', 'noun', -19.123456789012);
    const longest = { sentence, sharpnessStep: 5, causal: true, rule };
    const { storage } = fakeStorage();
    settingsStore(() => storage).save(longest);
    expect((storage.getItem(SETTINGS_KEY) ?? '').length).toBeLessThanOrEqual(MAX_SETTINGS_LENGTH);
    const store = settingsStore(() => storage);
    expect(store.load()).toEqual(longest);
    expect(store.problems).toEqual([]);
  });
});
