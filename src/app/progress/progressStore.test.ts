import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY, createProgressStore, emptyProgress, parseProgress } from './progressStore';

/** A Storage backed by a Map, with an optional fault on writes. */
function memoryStorage(initial: Record<string, string> = {}, failWrite?: () => never): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (failWrite) failWrite();
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
    clear: () => {
      items.clear();
    },
  };
}

describe('createProgressStore', () => {
  it('saves and loads progress under the versioned key', () => {
    const storage = memoryStorage();
    const store = createProgressStore(() => storage, 7);
    store.save({ visited: [1, 2], quiz: { answered: 3 } });
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '')).toEqual({
      version: 1,
      visited: [1, 2],
      quiz: { answered: 3 },
    });
    expect(createProgressStore(() => storage, 7).load()).toEqual({
      visited: [1, 2],
      quiz: { answered: 3 },
    });
    expect(store.problems).toEqual([]);
  });

  it('starts empty when nothing is saved, without a problem', () => {
    const store = createProgressStore(() => memoryStorage(), 7);
    expect(store.load()).toEqual(emptyProgress);
    expect(store.problems).toEqual([]);
  });

  it('starts afresh on garbage and reports it', () => {
    for (const garbage of [
      '{not json',
      'null',
      '42',
      '{"version":2,"visited":[]}',
      '{"version":1,"completed":[1]}',
    ]) {
      const store = createProgressStore(() => memoryStorage({ [PROGRESS_KEY]: garbage }), 7);
      expect(store.load()).toEqual(emptyProgress);
      expect(store.problems).toEqual(['unreadable']);
    }
  });

  it('keeps working in memory when storage throws, and reports it once', () => {
    const store = createProgressStore(() => {
      throw new DOMException('blocked', 'SecurityError');
    }, 7);
    expect(store.load()).toEqual(emptyProgress);
    expect(() => {
      store.save({ visited: [1], quiz: null });
    }).not.toThrow();
    expect(() => {
      store.reset();
    }).not.toThrow();
    expect(store.problems).toEqual(['unavailable']);
  });

  it('reports full storage on a quota error, then each new kind of problem once', () => {
    const storage = memoryStorage({}, () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = createProgressStore(() => storage, 7);
    store.save({ visited: [1], quiz: null });
    store.save({ visited: [1, 2], quiz: null });
    expect(store.problems).toEqual(['full']);
    storage.getItem = () => {
      throw new Error('now blocked too');
    };
    store.load();
    store.load();
    expect(store.problems).toEqual(['full', 'unavailable']);
  });

  it('loads progress saved with the old `completed` list, without a problem, and drops the list', () => {
    const old = JSON.stringify({
      version: 1,
      visited: [1, 2, 7],
      completed: [1, 2, 7],
      quiz: null,
    });
    const storage = memoryStorage({ [PROGRESS_KEY]: old });
    const store = createProgressStore(() => storage, 7);
    expect(store.load()).toEqual({ visited: [1, 2, 7], quiz: null });
    expect(store.problems).toEqual([]);
    store.save(store.load());
    expect(storage.getItem(PROGRESS_KEY)).not.toContain('completed');
  });

  it('reset forgets the saved progress', () => {
    const storage = memoryStorage();
    const store = createProgressStore(() => storage, 7);
    store.save({ visited: [3], quiz: null });
    store.reset();
    expect(store.load()).toEqual(emptyProgress);
  });
});

describe('parseProgress', () => {
  it('refuses steps that are not whole numbers in range', () => {
    const saved = (visited: unknown) => JSON.stringify({ version: 1, visited });
    expect(parseProgress(saved([1, 8]), 7)).toBeNull();
    expect(parseProgress(saved(['1']), 7)).toBeNull();
    expect(parseProgress(saved('1,2'), 7)).toBeNull();
    expect(parseProgress(saved([3, 1, 3]), 7)?.visited).toEqual([1, 3]);
  });
});
