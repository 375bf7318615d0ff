import { describe, expect, it, vi } from 'vitest';
import {
  afterFirstPaint,
  afterPageSettles,
  loadInTurn,
  ownTurn,
  SETTLE_MS,
  turnsTaken,
} from './figureTurns';

/** Resolves after every task queued before it (and the microtasks they queue). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

describe('figureTurns', () => {
  it('resolves the first paint once, and at once afterwards', async () => {
    const first = afterFirstPaint();
    expect(afterFirstPaint()).toBe(first);
    await first;
    let later = false;
    void afterFirstPaint().then(() => {
      later = true;
    });
    await Promise.resolve();
    expect(later).toBe(true);
  });

  it('gives each turn a task of its own, in the order asked', async () => {
    const seen: string[] = [];
    const turns = ['a', 'b', 'c'].map((name) =>
      ownTurn().then(() => {
        seen.push(name);
      }),
    );
    // No turn is taken in the task that asked for it.
    await Promise.resolve();
    expect(seen).toEqual([]);
    // Each later task sees exactly one more turn taken.
    await nextTask();
    expect(seen).toEqual(['a']);
    await nextTask();
    expect(seen).toEqual(['a', 'b']);
    await Promise.all(turns);
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('waits for every turn, including turns asked for by a turn (a part built in a part)', async () => {
    const seen: string[] = [];
    void ownTurn().then(() => {
      seen.push('outer');
      // Asked for only once the first turn is taken, as a part inside a part asks for its own.
      void nextTask().then(() =>
        ownTurn().then(() => {
          seen.push('inner');
        }),
      );
    });
    await turnsTaken();
    expect(seen).toEqual(['outer', 'inner']);
  });

  it('hands a module over after the paint, in a later task than it arrived in', async () => {
    let arrived = false;
    const module = loadInTurn(() => {
      arrived = true;
      return Promise.resolve({ default: 'figure' });
    });
    await expect(module).resolves.toEqual({ default: 'figure' });
    expect(arrived).toBe(true);
  });

  it('passes a failed load on to the figure', async () => {
    await expect(loadInTurn(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
  });

  it('settles the page SETTLE_MS after the first paint, after the turns asked for by then', async () => {
    await afterFirstPaint();
    vi.useFakeTimers();
    try {
      const seen: string[] = [];
      void afterPageSettles().then(() => {
        seen.push('settled');
      });
      await vi.advanceTimersByTimeAsync(1000);
      // A figure's part asks for its turn while the page settles: it is built first.
      void ownTurn().then(() => {
        seen.push('figure part');
      });
      await vi.advanceTimersByTimeAsync(SETTLE_MS - 1000 - 1);
      expect(seen).toEqual(['figure part']);
      await vi.advanceTimersByTimeAsync(10);
      expect(seen).toEqual(['figure part', 'settled']);
    } finally {
      vi.useRealTimers();
    }
  });
});
